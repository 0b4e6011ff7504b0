// Issue 10, the real executable: a full disk, a folder of bad inputs, Ctrl-C in the middle of
// a long document with one worker. Each case starts a process; inputs are made here.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FERRY, ROOT, spawnCli, tempFiles } from '../cli-helpers.js';

const QUOTE = '“We will reopen the ferry terminal in May,” said Mayor Ana Ruiz.';

/** The CLI with stdout going to `path` (e.g. /dev/full). */
function spawnTo(path: string, argv: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const fd = openSync(path, 'w');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('quotewise as a process: robustness (issue 10)', () => {
  test.skipIf(!existsSync('/dev/full'))('writing to /dev/full exits 74 with a clear message (extract and audit)', async () => {
    const a = await spawnTo('/dev/full', ['extract', FERRY]);
    expect(a.code).toBe(74);
    expect(a.stderr).toBe('quotewise: cannot write the output (ENOSPC: no space left on the device); what was written is incomplete\n');
    const b = await spawnTo('/dev/full', ['audit', '--source', FERRY, '--quote', 'the town deserves it']);
    expect(b.code).toBe(74);
    expect(b.stderr).toMatch(/^quotewise: cannot write the output \(ENOSPC/);
  });

  test('a folder with a page nested 3,000 deep, a FIFO, a link to /dev/zero and a bad JSONL line: each reported, the rest processed', async () => {
    const dir = tempFiles({
      '1-good.txt': QUOTE,
      '4-deep.html': `<html><body><p>${QUOTE}</p>${'<span>'.repeat(3000)}deep</body></html>`,
      '5-archive.jsonl': `${JSON.stringify({ id: 'ok', text: QUOTE })}\nnot json\n${JSON.stringify({ id: 'ok2', text: QUOTE })}\n`,
      '6-good.txt': QUOTE,
    });
    execFileSync('mkfifo', [join(dir, '2-fifo.txt')]);
    symlinkSync('/dev/zero', join(dir, '3-zero.txt'));
    const r = await spawnCli(['extract', dir]);
    expect(r.code).toBe(1);
    const ids = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([join(dir, '1-good.txt'), join(dir, '4-deep.html'), 'ok', 'ok2', join(dir, '6-good.txt')]);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/2-fifo\.txt: not read: a named pipe \(FIFO\)/),
      expect.stringMatching(/3-zero\.txt: not read: a character device/),
      expect.stringMatching(/4-deep\.html: warning: the article could not be isolated/),
      expect.stringMatching(/5-archive\.jsonl:2: invalid JSON/),
    ]);
  });

  test('Ctrl-C with --workers 1 in the middle of a long document stops at once: exit 130, the long document not written', async () => {
    // A short document first: its line shows the run is under way; then a long one (about
    // 4 MB: seconds of extraction) and a short one after it.
    const long = Array.from({ length: 60_000 }, (_, i) => `Paragraph ${i}: “We will keep going,” said Council Member Lee Park on day ${i}.`).join('\n\n');
    const dir = tempFiles({});
    writeFileSync(join(dir, 'a.jsonl'), [{ id: 'first', text: QUOTE }, { id: 'long', text: long }, { id: 'last', text: QUOTE }].map((d) => JSON.stringify(d)).join('\n') + '\n');
    let sent = false;
    const r = await spawnCli(['extract', '--workers', '1', join(dir, 'a.jsonl')], {
      onStdout: (_chunk, child) => {
        if (!sent) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(r.code).toBe(130);
    // Before: the handler could not run until the long document was done, and it was written.
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['first']);
  });

  test('a second Ctrl-C exits at once', async () => {
    const long = Array.from({ length: 60_000 }, (_, i) => `Paragraph ${i}: “We will keep going,” said Council Member Lee Park on day ${i}.`).join('\n\n');
    const dir = tempFiles({});
    writeFileSync(join(dir, 'a.jsonl'), [{ id: 'first', text: QUOTE }, { id: 'long', text: long }].map((d) => JSON.stringify(d)).join('\n') + '\n');
    let sent = false;
    const r = await spawnCli(['extract', join(dir, 'a.jsonl')], {
      onStdout: (_chunk, child) => {
        if (!sent) {
          sent = true;
          child.kill('SIGINT');
          child.kill('SIGINT');
        }
      },
    });
    expect(r.code).toBe(130);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});
