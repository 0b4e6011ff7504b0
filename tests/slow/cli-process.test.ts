// The real executable (TypeScript source through tsx): exit codes, Ctrl-C, a closed pipe,
// worker threads, and inputs left untouched. Few cases: each one starts a process.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FERRY, PAGE, ROOT, SEED, spawnCli, tempFiles } from '../cli-helpers.js';

const ferryText = readFileSync(join(ROOT, FERRY), 'utf8');
const archive = (n: number): string =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `doc${i}`, text: i % 2 ? ferryText : `“Item ${i} is done,” said Ann Lee.` })).join('\n') + '\n';
const fingerprint = (path: string): string => {
  const s = statSync(path);
  return `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${s.size} ${s.mtimeMs}`;
};

describe('quotewise as a process', () => {
  test('extract: JSONL when piped, exit 0; inputs are left exactly as they were', async () => {
    const dir = tempFiles({ 'a.jsonl': archive(6) });
    const inputs = [join(dir, 'a.jsonl'), join(ROOT, SEED), join(ROOT, PAGE)];
    const before = inputs.map(fingerprint);
    const r = await spawnCli(['extract', ...inputs]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    expect(inputs.map(fingerprint)).toEqual(before);
  });

  test('--workers 2 gives byte-identical output to one thread', async () => {
    const dir = tempFiles({ 'a.jsonl': archive(20) });
    // Started together, so that both read the same source files.
    const [one, two] = await Promise.all([
      spawnCli(['extract', join(dir, 'a.jsonl'), SEED]),
      spawnCli(['extract', '--workers', '2', join(dir, 'a.jsonl'), SEED]),
    ]);
    expect(two.code).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });

  test('exit codes: 2 for a usage error (with help), 1 for a bad input', async () => {
    const usage = await spawnCli(['extract', '--format', 'yaml', SEED]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: quotewise extract');
    const bad = await spawnCli(['extract', '--input', 'jsonl', '-'], { stdin: '{"id": 1, "text": "Hi."}\nnot json\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^-:2: invalid JSON/);
    expect(bad.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  test.each([[[]], [['--workers', '2']]])('Ctrl-C %j: exit 130, every line written so far is whole JSON', async (flags) => {
    const dir = tempFiles({ 'big.jsonl': archive(3000) });
    let sent = false;
    const r = await spawnCli(['extract', ...flags, join(dir, 'big.jsonl')], {
      onStdout: (_chunk, child) => {
        if (!sent) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(r.code).toBe(130);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(3000);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  test('a closed pipe (`| head -1`) ends the run quietly', async () => {
    const dir = tempFiles({ 'big.jsonl': archive(3000) });
    const r = await spawnCli(['extract', join(dir, 'big.jsonl')], {
      onStdout: (_chunk, child) => child.stdout?.destroy(),
    });
    expect(r.stderr).toBe('');
    expect(r.signal).toBe(null);
  });
});
