// Runs the CLI in-process with captured streams (fast), or as a real process through tsx.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/run.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED = 'fixtures/000_4deb51c0f7f3ecc6.txt';
export const PAGE = 'fixtures/html/council-vote.html';
export const FERRY = 'fixtures/claims/ferry-terminal.txt';

export class Capture extends Writable {
  chunks: string[] = [];
  constructor(
    readonly isTTY: boolean,
    readonly columns?: number,
  ) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Each write to stdout, as written. */
  writes: string[];
}

export interface RunOptions {
  stdin?: string;
  stdinTTY?: boolean;
  tty?: boolean;
  stderrTTY?: boolean;
  signal?: AbortSignal;
}

/** `quotewise ...argv` in-process, relative paths read from the repository root. */
export async function cli(argv: string[], o: RunOptions = {}): Promise<RunResult> {
  const stdin = Object.assign(Readable.from(o.stdin === undefined ? [] : [Buffer.from(o.stdin)]), { isTTY: o.stdinTTY ?? false });
  const stdout = new Capture(o.tty ?? false, o.tty ? 100 : undefined);
  const stderr = new Capture(o.stderrTTY ?? o.tty ?? false, 100);
  const code = await run(argv, { stdin, stdout, stderr, cwd: ROOT }, o.signal);
  return { code, stdout: stdout.text, stderr: stderr.text, writes: stdout.chunks };
}

/** A fresh temporary folder with these files. */
export function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotewise-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** `quotewise ...argv` as a real process (the TypeScript source through tsx). */
export function spawnCli(
  argv: string[],
  o: { stdin?: string; onStdout?: (chunk: string, child: ReturnType<typeof spawn>) => void } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], { cwd: ROOT, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      o.onStdout?.(c, child);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(o.stdin ?? '');
  });
}
