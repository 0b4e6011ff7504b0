// What the command line draws on a terminal: table widths as a terminal measures them, the
// progress line never left behind, -v, and the hint when the command is forgotten.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { renderTable, splitAtWidth, truncate, wrap } from '../src/cli/table.js';
import { createProgress } from '../src/cli/progress.js';
import { cli, Capture, FERRY, tempFiles } from './cli-helpers.js';
import { PNG_1X1 } from './support/make-documents.js';

const ESC = '\x1b';

describe('table: width measured as a terminal does', () => {
  test('wide characters and emoji take two columns, combining marks none; no line is wider than asked', async () => {
    const text = '“我们会赢得这场选举，也会赢得下一场，”王小明说。“Tout va bien 😀😀😀 pour nous 👩‍👩‍👧 cette année,” said Zoë Ångström, the mayor.';
    for (const width of [40, 60, 80, 100]) {
      const r = await cli(['extract', '-f', 'table', '--width', String(width), '-'], { stdin: text });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      // the quote column starts at the same terminal column on every row: cells are padded by display width
      const rule = lines[2]!;
      const quoteColumn = stringWidth(rule.slice(0, rule.lastIndexOf(' ') + 1));
      for (const line of lines.slice(3)) {
        const [head] = splitAtWidth(line, quoteColumn);
        expect(stringWidth(head), line).toBe(quoteColumn);
        expect(head.endsWith(' '), line).toBe(true);
      }
      // every grapheme of the quote survives the wrapping (no emoji cut in half)
      expect(r.stdout).toContain('👩‍👩‍👧');
    }
  });
  test('wrap and truncate never split a grapheme and count wide ones twice', () => {
    expect(wrap('日本語の文章です', 6)).toEqual(['日本語', 'の文章', 'です']);
    expect(wrap('a 👩‍👩‍👧 b', 4)).toEqual(['a 👩‍👩‍👧', 'b']);
    expect(truncate('日本語の文章', 7)).toBe('日本語…');
    const table = renderTable([{ header: 'who', width: 6 }, { header: 'what', width: 10 }], [['王小明', 'héllo'], ['Al', '😀😀😀😀😀😀']]);
    expect(table.split('\n').map((l) => stringWidth(l))).toEqual([11, 17, 12, 17, 9, 0]);
  });
  test('quote ids and types are shown', async () => {
    const r = await cli(['extract', '-f', 'table', FERRY]);
    expect(r.stdout).toMatch(/^q1 +2 direct +Jane Doe/m);
    expect(r.stdout).toMatch(/^q6 +6 indirect +the board’s/m);
  });
});

describe('progress line', () => {
  const files = (n: number): string => tempFiles(Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}.txt`, `“Item ${i},” said Ann Lee.`])));

  /** Replays what a terminal shows for stdout and stderr written to the same screen. */
  function screen(writes: { stream: 'out' | 'err'; chunk: string }[]): string[] {
    const lines: string[] = [''];
    for (const { chunk } of writes) {
      // eslint-disable-next-line no-control-regex -- splitting on the terminal erase sequence
      for (const part of chunk.split(/(\r|\n|\x1b\[2K)/)) {
        if (part === '\r') continue; // column 0; the following erase or text replaces the line
        if (part === `${ESC}[2K`) lines[lines.length - 1] = '';
        else if (part === '\n') lines.push('');
        else lines[lines.length - 1] += part;
      }
    }
    return lines;
  }

  test('with the table on the same terminal, no progress text is left on any line', async () => {
    const dir = files(8);
    const writes: { stream: 'out' | 'err'; chunk: string }[] = [];
    class Tee extends Capture {
      constructor(private readonly name: 'out' | 'err') {
        super(true, 100);
      }
      override _write(chunk: Buffer | string, enc: BufferEncoding, done: () => void): void {
        writes.push({ stream: this.name, chunk: chunk.toString() });
        super._write(chunk, enc, done);
      }
    }
    const { run } = await import('../src/cli/run.js');
    const { Readable } = await import('node:stream');
    const stdout = new Tee('out');
    const stderr = new Tee('err');
    const code = await run(['extract', dir], { stdin: Readable.from([]), stdout, stderr, cwd: dir });
    expect(code).toBe(0);
    expect(stderr.text).toContain('[###'); // the bar was drawn
    const shown = screen(writes);
    expect(shown.filter((l) => l.includes('[#') || l.includes('/8 '))).toEqual([]);
    expect(shown.filter((l) => /: 1 quote, 1 named speaker$/.test(l))).toHaveLength(8);
  });

  test('a label wider than the terminal is cut to its width as the terminal measures it', () => {
    const err = new Capture(true, 40);
    const p = createProgress(err, true, 10);
    for (let i = 0; i < 5; i++) p.tick(`报道/${'很长的文件名'.repeat(5)}.txt`);
    const drawn = err.text.split(`\r${ESC}[2K`).filter(Boolean);
    expect(drawn.length).toBeGreaterThan(0);
    for (const line of drawn) expect(stringWidth(line)).toBeLessThanOrEqual(39);
    p.done();
    expect(err.text.endsWith(`\r${ESC}[2K`)).toBe(true);
  });

  test('an input problem is printed on a clean line, not after the progress text', async () => {
    const dir = files(6);
    const png = join(dir, 'photo.png');
    writeFileSync(png, PNG_1X1);
    const r = await cli(['extract', dir, png], { stderrTTY: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`.txt\r${ESC}[2K${png}: PNG image, not a document`);
  });
});

describe('version and the forgotten command', () => {
  test('-v, -V and --version print the version', async () => {
    const { version } = await import('../src/cli/version.js');
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['-v', '-V', '--version']) {
      const r = await cli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version()}\n`);
    }
  });
  test('`quotewise article.txt` suggests `quotewise extract article.txt`', async () => {
    const r = await cli([FERRY, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: unknown command '${FERRY}'\nTo read it as an article: quotewise extract ${FERRY} --format csv\n(see quotewise --help)\n`);
    const url = await cli(['https://example.org/news/a story']);
    expect(url.stderr).toContain("quotewise extract 'https://example.org/news/a story'");
    const word = await cli(['extrac']);
    expect(word.code).toBe(2);
    expect(word.stderr).toContain("unknown command 'extrac'");
    expect(word.stderr).toContain('(Did you mean extract?)');
  });
});
