// Issue 10 (the CLI part), in-process: each input's failure stays with it, only regular files
// are read and every read is bounded, output errors are reported, nothing reaches a terminal
// raw, claims files are read row by row, CSV cells cannot run as formulas. Inputs are made here.
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { detectDelimiter, parseClaimsCsv } from '../src/cli/audit-command.js';
import { declaredCharset } from '../src/cli/decode.js';
import { htmlToText } from '../src/cli/html-text.js';
import { linesOf, readDocuments, type InputProblem } from '../src/cli/inputs.js';
import { EXIT } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import { visible } from '../src/cli/terminal.js';
import { Capture, cli, FERRY, ROOT, tempFiles } from './cli-helpers.js';

const jsonLines = (s: string): Record<string, unknown>[] => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const QUOTE = '“We will reopen the ferry terminal in May,” said Mayor Ana Ruiz.';
const deepPage = (depth: number): string => `<html><body><p>${QUOTE}</p>${'<span>'.repeat(depth)}deep words</body></html>`;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

async function collect(gen: AsyncIterable<{ id: string; text: string }>): Promise<{ id: string; text: string }[]> {
  const out = [];
  for await (const d of gen) out.push(d);
  return out;
}

describe('one input never stops the run (item 3)', () => {
  test('a page nested 3,000 elements deep (Readability would overflow its stack) is read whole, with a warning; the next input still runs', async () => {
    const dir = tempFiles({ 'a-deep.html': deepPage(3000), 'b.txt': QUOTE });
    const r = await cli(['extract', dir]);
    expect(r.code).toBe(0); // read, with a warning
    const docs = jsonLines(r.stdout);
    expect(docs.map((d) => d.id)).toEqual([join(dir, 'a-deep.html'), join(dir, 'b.txt')]);
    expect((docs[0]!.quotes as { text: string }[])[0]!.text).toBe('We will reopen the ferry terminal in May,');
    expect(r.stderr).toBe(`${join(dir, 'a-deep.html')}: warning: the article could not be isolated (elements nested more than 500 deep); the whole page was read\n`);
  });

  test('nesting 100,000 deep: the page text is still read (no recursion in the walk)', () => {
    const page = htmlToText(deepPage(100_000));
    expect(page.text).toContain(QUOTE);
    expect(page.text).toContain('deep words');
  });

  test('8,000 sibling paragraphs: every paragraph read, in order', () => {
    const n = 8000;
    const page = htmlToText(`<html><body><article>${Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the report, with enough words to be read as text.</p>`).join('')}</article></body></html>`);
    const paras = page.text.split('\n\n');
    expect(paras).toHaveLength(n);
    expect(paras[n - 1]).toBe(`Paragraph ${n - 1} of the report, with enough words to be read as text.`);
  });

  test('a JSONL line over the line limit is reported and skipped, never held whole; the lines around it are read', async () => {
    const limit = 1000;
    const lines = [JSON.stringify({ id: 'a', text: QUOTE }), JSON.stringify({ id: 'huge', text: 'x'.repeat(50_000) }), JSON.stringify({ id: 'c', text: QUOTE })];
    // Delivered in small chunks, as a stream would.
    const bytes = Buffer.from(lines.join('\r\n') + '\n');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 700) }, (_, i) => bytes.subarray(i * 700, (i + 1) * 700));
    const got = [];
    for await (const l of linesOf(chunks, limit)) got.push(typeof l === 'string' ? JSON.parse(l).id : l);
    expect(got).toEqual(['a', { overlong: lines[1]!.length + 1 }, 'c']); // + the \r
    const problems: InputProblem[] = [];
    const dir = tempFiles({ 'a.jsonl': lines.join('\n') });
    const docs = await collect(readDocuments([{ path: 'a.jsonl', fsPath: join(dir, 'a.jsonl'), kind: 'jsonl' }], Readable.from([]), (p) => problems.push(p), { maxBytes: 1e6, maxLineBytes: limit }));
    expect(docs.map((d) => d.id)).toEqual(['a', 'c']);
    expect(problems).toEqual([{ file: 'a.jsonl', line: 2, reason: expect.stringMatching(/^line longer than .* MiB \(.* MiB\): skipped$/) }]);
  });

  test('a thrown extraction error is reported for its document only', async () => {
    // A text that cannot be extracted: a worker-free stand-in is an unreadable file (EISDIR-like
    // errors are reported the same way); here a folder named like an article.
    const dir = tempFiles({ 'b.txt': QUOTE });
    execFileSync('mkdir', [join(dir, 'a.txt')]);
    const r = await cli(['extract', join(dir, 'a.txt', 'missing.txt'), join(dir, 'b.txt')]);
    expect(r.code).toBe(EXIT.inputProblem);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual([join(dir, 'b.txt')]);
  });
});

describe('only regular files, bounded reads (item 5)', () => {
  test('a FIFO named *.txt and a link to /dev/zero in a folder are reported, not read; the rest is', async () => {
    const dir = tempFiles({ 'a.txt': QUOTE, 'd.txt': QUOTE });
    execFileSync('mkfifo', [join(dir, 'b-fifo.txt')]);
    symlinkSync('/dev/zero', join(dir, 'c-zero.txt'));
    const r = await cli(['extract', dir]);
    expect(r.code).toBe(EXIT.inputProblem);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual([join(dir, 'a.txt'), join(dir, 'd.txt')]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${join(dir, 'b-fifo.txt')}: not read: a named pipe (FIFO); only regular files are read (pipe it into stdin with - to read it)`,
      `${join(dir, 'c-zero.txt')}: not read: a character device; only regular files are read (pipe it into stdin with - to read it)`,
    ]);
  });

  test('named on the command line too; a JSONL FIFO as well', async () => {
    const dir = tempFiles({});
    execFileSync('mkfifo', [join(dir, 'x.jsonl')]);
    const r = await cli(['extract', join(dir, 'x.jsonl'), FERRY]);
    expect(r.code).toBe(EXIT.inputProblem);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual([FERRY]);
    expect(r.stderr).toMatch(/x\.jsonl: not read: a named pipe/);
  });

  test('stdin and files are read up to the byte limit, with a warning', async () => {
    const problems: InputProblem[] = [];
    const endless = Readable.from((function* () {
      for (let i = 0; i < 1000; i++) yield Buffer.alloc(1024, 0x61); // would be 1 MB; read stops at 10 KB
    })());
    const dir = tempFiles({ 'big.txt': 'b'.repeat(20_000) });
    const limits = { maxBytes: 10_000, maxLineBytes: 1000 };
    const docs = await collect(
      readDocuments(
        [
          { path: '-', fsPath: '-', kind: 'txt' },
          { path: 'big.txt', fsPath: join(dir, 'big.txt'), kind: 'txt' },
        ],
        endless,
        (p) => problems.push(p),
        limits,
      ),
    );
    expect(docs.map((d) => d.text.length)).toEqual([10_000, 10_000]);
    expect(problems.map((p) => [p.file, p.warning])).toEqual([['-', true], ['big.txt', true]]);
  });
});

/** A stdout whose writes fail with `code`. */
class FailingOut extends Writable {
  isTTY = false;
  constructor(private readonly code: string) {
    super();
  }
  override _write(_chunk: Buffer, _enc: BufferEncoding, done: (err?: Error) => void): void {
    done(Object.assign(new Error(`write ${this.code}`), { code: this.code }));
  }
}

describe('output errors (item 4)', () => {
  test.each([['extract', FERRY], ['audit', '--source', FERRY, '--quote', 'the town deserves it']])('a full disk (ENOSPC): exit 74 with a clear message (%s)', async (...argv) => {
    const stderr = new Capture(false);
    const code = await run(argv, { stdin: Readable.from([]), stdout: new FailingOut('ENOSPC'), stderr, cwd: ROOT });
    expect(code).toBe(EXIT.outputFailed);
    expect(stderr.text).toBe('quotewise: cannot write the output (ENOSPC: no space left on the device); what was written is incomplete\n');
  });

  test('a closed pipe (EPIPE) ends the run quietly, exit 0', async () => {
    const stderr = new Capture(false);
    const code = await run(['extract', FERRY], { stdin: Readable.from([]), stdout: new FailingOut('EPIPE'), stderr, cwd: ROOT });
    expect(code).toBe(EXIT.ok);
    expect(stderr.text).toBe('');
  });
});

describe('terminal escapes (item 7)', () => {
  const hostile = 'Before \u001b]0;owned\u0007 and \u001b[2J and \u009b31m and \u202eevil.\n\n“We will go \u001b[2J now,” said Ann Lee.';

  test('visible() shows controls, escapes and bidi overrides instead of sending them', () => {
    expect(visible('a\u001b[2Jb\u0007c\u009bd\u202ee\nf')).toBe('a␛[2Jb␇c<U+009B>d<U+202E>e␊f');
    expect(visible('a\tb\nc', true)).toBe('a\tb\nc');
  });

  test('table output and stderr messages carry no raw control character', async () => {
    const dir = tempFiles({ 'a.jsonl': `${JSON.stringify({ id: 'x\u001b]0;t\u0007', text: hostile })}\nnot json \u001b[2J\n` });
    const r = await cli(['extract', '-f', 'table', join(dir, 'a.jsonl')], { tty: true });
    expect(r.stdout).toContain('We will go ␛[2J now,');
    expect(r.stdout).toContain('␛[2J');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stderr).toContain('not json ␛[2J');
    expect(r.stderr.trimEnd()).not.toMatch(RAW_CONTROL);
  });

  test('the audit table too', async () => {
    const dir = tempFiles({ 'a.txt': hostile });
    const r = await cli(['audit', '-f', 'table', '--source', join(dir, 'a.txt'), '--quote', 'Before \u001b]0;owned\u0007 We will go'], { tty: true });
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });
});

describe('claims files (item 8, issue 16)', () => {
  test('one malformed CSV row is reported with its line; the rows before and after it are audited', async () => {
    const dir = tempFiles({
      'c.csv': ['id,quote,speaker', 'c1,the town deserves it,Doe', 'c2,"a stray "quote" mark,Doe', 'c3,"an unclosed quote mark,Doe', 'c4,the town deserves it,'].join('\n') + '\n',
    });
    const r = await cli(['audit', '--source', FERRY, '--claims', join(dir, 'c.csv')]);
    expect(r.code).toBe(EXIT.inputProblem);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual(['c1', 'c4']);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/c\.csv:3: malformed CSV row skipped \(Invalid Closing Quote/),
      expect.stringMatching(/c\.csv:4: malformed CSV row skipped \(/),
    ]);
  });

  test.each([
    ['comma, lower case', 'id,quote,speaker\nk1,the town deserves it,Doe\n'],
    ['semicolon, BOM, CRLF, any case', '\uFEFFID;Quote;SPEAKER\r\nk1;the town deserves it;Doe\r\n'],
    ['tab, columns in another order, spaces', ' Speaker \t QUOTE \tid\nDoe\tthe town deserves it\tk1\n'],
    ['quoted fields holding the other separators', 'id;quote;speaker\r\n"k1";"the town deserves it";"Doe"\r\n'],
  ])('headers and separators: %s', async (_name, content) => {
    const dir = tempFiles({ 'c.csv': content });
    const r = await cli(['audit', '--source', FERRY, '--claims', join(dir, 'c.csv')]);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout).map((l) => [l.id, l.verdict, l.match && (l.match as { text: string }).text])).toEqual([['k1', 'verbatim', 'the town deserves it']]);
  });

  test('a missing quote column is named', async () => {
    const dir = tempFiles({ 'c.csv': 'id;claim;speaker\nk1;the town deserves it;Doe\n' });
    const r = await cli(['audit', '--source', FERRY, '--claims', join(dir, 'c.csv')]);
    expect(r.code).toBe(EXIT.inputProblem);
    expect(r.stderr).toBe(`${join(dir, 'c.csv')}:1: no "quote" column in the header (found: "id", "claim", "speaker"; expected id, quote, speaker, separated by , ; or tab)\n`);
  });

  test('the separator comes from the header', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('quote\n')).toBe(',');
  });

  test('more bad rows than the cap: the rest is given up with one message', () => {
    const problems: (number | null)[] = [];
    let added = 0;
    parseClaimsCsv(`quote\n${'a"b"c\n'.repeat(150)}`, () => added++, (line) => problems.push(line));
    expect(added).toBe(0);
    expect(problems.length).toBe(102);
  });
});

describe('CSV output (item 9, issue 16)', () => {
  const formulas = '=HYPERLINK("http://x.example","click") +1 said nothing. -2 and @SUM(A1) too.\n\n“=1+2,” said Ann Lee. “@cmd,” said Bo Li. “-3 degrees,” said Cy Ma.';

  test('cells starting with = + - @ get a leading apostrophe; the context sentence and title are columns', async () => {
    const dir = tempFiles({ 'a.txt': formulas });
    const r = await cli(['extract', '-f', 'csv', join(dir, 'a.txt')]);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.quote)).toEqual(["'=1+2,", "'@cmd,", "'-3 degrees,"]);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0]!.context).toBe('“=1+2,” said Ann Lee.');
    expect(rows[0]!.title).toBe('');
    expect(rows[0]!.start).toBe(String(formulas.indexOf('=1+2')));
  });

  test('an HTML page: its title in the title column', async () => {
    const dir = tempFiles({ 'p.html': `<html><head><title>Ferry news</title></head><body><article><p>${QUOTE} ${'More words for the article body. '.repeat(10)}</p></article></body></html>` });
    const r = await cli(['extract', '-f', 'csv', join(dir, 'p.html')]);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ title: 'Ferry news', context: QUOTE });
  });

  test('--bom writes a UTF-8 byte-order mark first (Excel), extract and audit', async () => {
    const a = await cli(['extract', '-f', 'csv', '--bom', FERRY]);
    expect(a.stdout.startsWith('\uFEFFdocument,')).toBe(true);
    const b = await cli(['audit', '-f', 'csv', '--bom', '--source', FERRY, '--quote', 'x y']);
    expect(b.stdout.startsWith('\uFEFFsource,')).toBe(true);
    const c = await cli(['extract', '-f', 'csv', FERRY]);
    expect(c.stdout.startsWith('document,')).toBe(true);
  });
});

describe('decoding (items 2, 11)', () => {
  test('crafted <meta> heads complete and a real declaration is still found', () => {
    // The first took the old pattern about 1 s (every <meta start times every split of the spaces).
    const heads = [`${'<meta'.repeat(200)} charset=${' '.repeat(3000)}!`, '<meta' + ' charset'.repeat(600), '<meta ' + 'charset='.repeat(500), '<meta'.repeat(900), `<meta charset="${' '.repeat(4000)}`, `<meta ${'a'.repeat(4000)}`];
    expect(heads.map((h) => declaredCharset(Buffer.from(h)))).toEqual([null, null, 'charset', null, null, null]);
    expect(declaredCharset(Buffer.from('<META http-equiv="Content-Type" content="text/html; charset=Windows-1252">'))).toBe('windows-1252');
    expect(declaredCharset(Buffer.from("<meta charset=' utf-8'>"))).toBe('utf-8');
  });

  test('UTF-16 without a byte-order mark, either byte order, is read as text (sniffed in src/formats)', async () => {
    const dir = tempFiles({});
    writeFileSync(join(dir, 'le.txt'), Buffer.from(QUOTE, 'utf16le'));
    writeFileSync(join(dir, 'be.txt'), Buffer.from(QUOTE, 'utf16le').swap16());
    const r = await cli(['extract', join(dir, 'le.txt'), join(dir, 'be.txt')]);
    expect(jsonLines(r.stdout).map((d) => (d.quotes as { text: string }[])[0]?.text)).toEqual(['We will reopen the ferry terminal in May,', 'We will reopen the ferry terminal in May,']);
  });
});
