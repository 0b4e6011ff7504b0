// The mapper is safe to split anywhere: cut a JSONL archive at random line boundaries, run each
// part through its own CLI process, join the outputs: byte-identical to one run over the whole
// file, with empty parts and bad lines. The same through GNU parallel --pipepart (what a
// cluster does: byte-range blocks cut at line ends). Each case starts processes, so few cases.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rng } from '../../scripts/bench-inputs.js';
import { ROOT, spawnCli, tempFiles } from '../cli-helpers.js';
import { archiveRecords, toJsonl } from '../support/archive.js';

// 120 articles with bad lines in between (invalid JSON, a blank line, a wrong field, CRLF, a tab).
function archiveWithBadLines(): string {
  const lines = toJsonl(archiveRecords(120)).trimEnd().split('\n');
  lines.splice(10, 0, '{"id": "broken", "text": ');
  lines.splice(40, 0, '');
  lines.splice(70, 0, '{"id": "no-text", "body": "x"}');
  lines[80] = `${lines[80]}\r`;
  lines[90] = `${lines[90]}\t`;
  return lines.join('\n') + '\n';
}

/** Cuts `lines` at `cuts` random line boundaries (repeats allowed, so some parts are empty). */
function splitAt(lines: readonly string[], cuts: number, seed: number): string[][] {
  const r = rng(seed);
  const points = Array.from({ length: cuts }, () => Math.floor(r() * (lines.length + 1))).sort((a, b) => a - b);
  points.push(points[0]!); // a second cut at the same place: an empty part
  points.sort((a, b) => a - b);
  const parts: string[][] = [];
  let from = 0;
  for (const p of [...points, lines.length]) {
    parts.push(lines.slice(from, p));
    from = p;
  }
  return parts;
}

const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
// eslint-disable-next-line no-console -- the printed reason for the skip
if (!hasParallel) console.log('mapper-split: GNU parallel not found: skipping the --pipepart run (CI installs it)');

describe('extract --mapper, split anywhere', () => {
  const archive = archiveWithBadLines();
  const lines = archive.trimEnd().split('\n');

  test('the joined outputs of random parts equal one run over the whole file (byte-identical)', async () => {
    const whole = await spawnCli(['extract', '--mapper'], { stdin: archive });
    expect(whole.code).toBe(0);
    expect(whole.stderr).toBe('');
    expect(whole.stdout.split('\n').length - 1).toBe(lines.length);
    const parts = splitAt(lines, 4, 15);
    expect(parts.some((p) => p.length === 0)).toBe(true);
    const outs = [];
    for (const part of parts) {
      const r = await spawnCli(['extract', '--mapper'], { stdin: part.map((l) => l + '\n').join('') });
      expect(r.code).toBe(0);
      outs.push(r.stdout);
    }
    expect(outs.join('')).toBe(whole.stdout);
    const errors = whole.stdout.split('\n').filter((l) => l.includes('"error":{'));
    expect(errors).toHaveLength(3);
  });

  test.skipIf(!hasParallel)('GNU parallel --pipepart -k over the file equals one run (byte-identical)', async () => {
    const dir = tempFiles({ 'archive.jsonl': archive });
    writeFileSync(join(dir, 'empty.jsonl'), '');
    const whole = await spawnCli(['extract', '--mapper', join(dir, 'archive.jsonl')]);
    const run = (file: string): Promise<{ code: number | null; stdout: string; stderr: string }> =>
      new Promise((resolve, reject) => {
        // Blocks of 40 kB: the archive (~170 kB) is cut into several parts at line ends; 2 jobs at a time.
        const child = spawn(
          'parallel',
          ['--will-cite', '--pipepart', '-a', file, '--block', '40k', '-k', '-j', '2', process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'extract', '--mapper'],
          { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
        child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const r = await run(join(dir, 'archive.jsonl'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(whole.stdout);
    const empty = await run(join(dir, 'empty.jsonl'));
    expect(empty).toMatchObject({ code: 0, stdout: '' });
  });

  test('--record-timeout: a record past the limit gives a timeout line, the next record still runs', async () => {
    // About 4 MB of sentences: seconds of extraction anywhere, far past a 1 s limit.
    const huge = 'Ann Lee said the bridge would open in May, and the council agreed. '.repeat(60_000);
    const input = toJsonl([{ id: 'huge', text: huge }, { id: 'small', text: '“We are ready,” said Ann Lee.' }]);
    const r = await spawnCli(['extract', '--mapper', '--record-timeout', '1'], { stdin: input });
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error?: { code: string }; quotes?: unknown[] });
    expect(out[0]).toEqual({ id: 'huge', error: { code: 'timeout', message: 'extraction took longer than 1 s' } });
    expect(out[1]!.id).toBe('small');
    expect(out[1]!.quotes).toHaveLength(1);
  });
});
