// `quotewise extract`, in-process: every input kind, every format, filters, errors, progress.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { cli, FERRY, PAGE, ROOT, SEED, tempFiles } from './cli-helpers.js';

const seedText = readFileSync(join(ROOT, SEED), 'utf8');
const ferryText = readFileSync(join(ROOT, FERRY), 'utf8');
const jsonLines = (s: string): Record<string, unknown>[] => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const width = (line: string): number => [...line].length;

describe('extract: inputs', () => {
  test('a text file: one JSONL line {id, quotes, speakers, warnings}, equal to the library result', async () => {
    const r = await cli(['extract', '--format', 'jsonl', SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(JSON.stringify({ id: SEED, ...extract(seedText) }) + '\n');
    const [doc] = jsonLines(r.stdout);
    expect(Object.keys(doc!)).toEqual(['id', 'quotes', 'speakers', 'warnings']);
  });

  test('stdin with - and with no file; JSONL is the default when stdout is not a terminal', async () => {
    const dash = await cli(['extract', '-'], { stdin: ferryText });
    const none = await cli(['extract'], { stdin: ferryText });
    expect(dash.code).toBe(0);
    expect(dash.stdout).toBe(JSON.stringify({ id: '-', ...extract(ferryText) }) + '\n');
    expect(none.stdout).toBe(dash.stdout);
  });

  test('a JSONL archive: one output line per record, ids from the records, in order', async () => {
    const dir = tempFiles({
      'archive.jsonl': [
        JSON.stringify({ id: 'a', text: ferryText }),
        '',
        JSON.stringify({ id: 7, text: '“We will win,” said Ann Lee.' }),
        JSON.stringify({ text: 'No quotes here.' }),
      ].join('\n'),
    });
    const file = join(dir, 'archive.jsonl');
    const r = await cli(['extract', file]);
    expect(r.code).toBe(0);
    const docs = jsonLines(r.stdout);
    expect(docs.map((d) => d.id)).toEqual(['a', '7', `${file}:4`]);
    expect(docs[0]).toEqual({ id: 'a', ...extract(ferryText) });
    expect((docs[1]!.quotes as { text: string }[]).map((q) => q.text)).toEqual(['We will win,']);
  });

  test('a saved news page: only the article’s quotes, never navigation, teasers, footer or scripts', async () => {
    const r = await cli(['extract', PAGE]);
    expect(r.code).toBe(0);
    const [doc] = jsonLines(r.stdout) as { text: string; title: string; quotes: { text: string; start: number; end: number; type: string }[] }[];
    const direct = doc!.quotes.filter((q) => q.type === 'direct').map((q) => q.text);
    expect(direct).toEqual([
      'This is the biggest change to how people get around this city in a generation,',
      'Buses will be faster, and the air will be cleaner.',
      'Nobody asked us where our customers are supposed to park,',
    ]);
    // The text read from the page is in the output, and the offsets refer to it.
    expect(doc!.title).toBe('Council approves new bus lanes after heated debate');
    expect(doc!.text.startsWith('Council approves new bus lanes after heated debate\n\nThe city council voted')).toBe(true);
    for (const q of doc!.quotes) expect(doc!.text.slice(q.start, q.end)).toBe(q.text);
    for (const junk of ['I will not resign', 'enough is enough', 'Worst winter', 'best local news', 'Read more', 'Trusted since', 'not leaving', 'Opinion', 'All rights reserved']) {
      expect(doc!.text).not.toContain(junk);
    }
  });

  test.each([
    ['a short page (readability may take the whole body)', '<html><head><title>Vote</title></head><body><nav>Home | “News”</nav><p>“Short and sweet,” said Al Bo.</p><aside>“Read this,” they say</aside><footer>“Best paper,” says X</footer></body></html>', 'Vote\n\n“Short and sweet,” said Al Bo.'],
    ['a fragment without <body>', '<p>“Short and sweet,” said Al Bo.</p>', '“Short and sweet,” said Al Bo.'],
  ])('HTML: %s', async (_name, html, text) => {
    const r = await cli(['extract', '--input', 'html', '-'], { stdin: html });
    const [doc] = jsonLines(r.stdout) as { text: string; quotes: { text: string }[] }[];
    expect(doc!.text).toBe(text);
    expect(doc!.quotes.map((q) => q.text)).toEqual(['Short and sweet,']);
  });

  test('a page in windows-1252, as its <meta> declares: curly quotes, accents and € decoded', async () => {
    const r = await cli(['extract', 'fixtures/html/cafe-terraces-cp1252.html']);
    const [doc] = jsonLines(r.stdout) as { text: string; quotes: { text: string; type: string; speaker: { name: string } | null }[] }[];
    expect(doc!.text).toContain('“We are relieved, and our customers are too,” said Renée Martin');
    expect(doc!.quotes.filter((q) => q.type === 'direct').map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We are relieved, and our customers are too,', 'Renée Martin'],
      ['The fee would have cost us €3,000 a year.', 'Renée Martin'],
    ]);
    expect(doc!.text).not.toContain('Latest');
  });

  test.each([
    ['UTF-8 with a byte-order mark (the mark is not text)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('“Yes,” said Al Bo.')])],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Yes,” said Al Bo.', 'utf16le')])],
    ['windows-1252 without a declaration (not valid UTF-8)', Buffer.from([0x93, ...Buffer.from('Yes,'), 0x94, ...Buffer.from(' said Al Bo.')])],
  ])('a text file in %s', async (_name, bytes) => {
    const dir = tempFiles({});
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'a.txt'), bytes);
    const r = await cli(['extract', join(dir, 'a.txt')]);
    const [doc] = jsonLines(r.stdout) as { quotes: { text: string; start: number }[] }[];
    expect(doc!.quotes.map((q) => [q.text, q.start])).toEqual([['Yes,', 1]]);
  });

  test('a folder: its articles in name order, other files skipped', async () => {
    const dir = tempFiles({ 'b.txt': ferryText, 'a.txt': '“Fine,” said Bo Ng.', 'photo.png': 'not read', 'notes.odt': 'not read', 'c.jsonl': JSON.stringify({ id: 'c1', text: 'Nothing.' }) });
    const r = await cli(['extract', dir]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt'), 'c1']);
  });

  test('a folder with a symlink back to itself is read once', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = tempFiles({ 'a.txt': '“Fine,” said Bo Ng.' });
    symlinkSync(dir, join(dir, 'loop'));
    const r = await cli(['extract', dir]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual([join(dir, 'a.txt')]);
  });

  test('relative paths are read from the working directory and kept as given in ids', async () => {
    const dir = tempFiles({ 'a.txt': '“Fine,” said Bo Ng.' });
    const { Capture } = await import('./cli-helpers.js');
    const { Readable } = await import('node:stream');
    const { run } = await import('../src/cli/run.js');
    const stdout = new Capture(false);
    const code = await run(['extract', 'a.txt'], { stdin: Readable.from([]), stdout, stderr: new Capture(false), cwd: dir });
    expect(code).toBe(0);
    expect(jsonLines(stdout.text).map((d) => d.id)).toEqual(['a.txt']);
  });

  test('--input forces the kind: a .txt file read as JSONL, stdin read as HTML', async () => {
    const dir = tempFiles({ 'lines.txt': JSON.stringify({ id: 'x', text: ferryText }) });
    const r = await cli(['extract', '--input', 'jsonl', join(dir, 'lines.txt')]);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual(['x']);
    const html = await cli(['extract', '--input', 'html', '-'], { stdin: readFileSync(join(ROOT, PAGE), 'utf8') });
    expect((jsonLines(html.stdout)[0]!.text as string).includes('Nobody asked us')).toBe(true);
  });
});

describe('extract: formats', () => {
  test('table is the default on a terminal: id, paragraph, type, speaker, cue, quote, within 80 columns', async () => {
    const r = await cli(['extract', FERRY, '--width', '80'], { tty: true });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const ex = extract(ferryText);
    expect(lines[0]).toBe(`${FERRY}: ${ex.quotes.length} quotes, ${ex.speakers.filter((s) => s.name !== null).length} named speakers`);
    expect(lines[1]).toMatch(/^id\s+¶ type\s+speaker\s+cue\s+quote$/);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('q1   2 direct   Jane Doe       said         “We have waited ten years for this\n');
    expect(r.stdout).toContain('q5   5 indirect Mark Ellis     said         that the board had not consulted the\n');
  });

  test('table: a long cue word is not cut inside the word; unnamed sources are not counted as named', async () => {
    const file = join(tempFiles({ 'a.txt': '“The budget is reckless,” Ann Petrie characterized it.\n\n“We will vote no,” a council aide said.\n' }), 'a.txt');
    const r = await cli(['extract', file, '--width', '80'], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`${file}: 2 quotes, 1 named speaker`);
    expect(r.stdout).toMatch(/ characterized +“The budget is reckless,”/);
    expect(r.stdout).not.toMatch(/characterize\s*\n/);
  });

  test('table width follows the terminal, 80 when piped', async () => {
    const piped = await cli(['extract', '-f', 'table', SEED]);
    for (const line of piped.stdout.split('\n')) expect(width(line)).toBeLessThanOrEqual(80);
    expect(Math.max(...piped.stdout.split('\n').map(width))).toBe(80);
    const wide = await cli(['extract', SEED], { tty: true }); // a 100-column terminal
    expect(Math.max(...wide.stdout.split('\n').map(width))).toBeGreaterThan(80);
    for (const line of wide.stdout.split('\n')) expect(width(line)).toBeLessThanOrEqual(100);
  });

  test('the quick start: the seed article’s direct quotes in the table', async () => {
    const r = await cli(['extract', SEED], { tty: true });
    const flat = r.stdout.replace(/\s+/g, ' ');
    for (const q of extract(seedText).quotes.filter((x) => x.type === 'direct')) {
      expect(flat).toContain(q.text.split(' ').slice(0, 4).join(' '));
    }
  });

  test('json: one array of the JSONL records', async () => {
    const both = [SEED, FERRY];
    const json = await cli(['extract', '-f', 'json', ...both]);
    const jsonl = await cli(['extract', '-f', 'jsonl', ...both]);
    expect(JSON.parse(json.stdout)).toEqual(jsonLines(jsonl.stdout));
    const empty = await cli(['extract', '-f', 'json', '--input', 'jsonl', '-'], { stdin: '' });
    expect(JSON.parse(empty.stdout)).toEqual([]);
  });

  test('csv: RFC 4180, a header then one row per quote, fields with commas and quote marks intact', async () => {
    const r = await cli(['extract', '-f', 'csv', FERRY]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('document,quote_id,type,quote,speaker,speaker_mention,speaker_kind,cue,cue_lemma,addressee,paragraph,start,end,continues,confidence,rule,context,title');
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    const ex = extract(ferryText);
    expect(rows).toHaveLength(ex.quotes.length);
    expect(rows.map((row) => row.quote)).toEqual(ex.quotes.map((q) => q.text));
    expect(rows[0]).toMatchObject({ document: FERRY, quote_id: 'q1', type: 'direct', speaker: 'Jane Doe', cue: 'said', cue_lemma: 'say' });
    expect(r.stdout).toContain('"We have waited ten years for this terminal, and the town deserves it,"');
    // Commas and quote marks inside a quote survive the round trip.
    const tricky = `“It was, in a word, ‘brutal’, and I said "so",” said Ann Lee.`;
    const trickyQuotes = extract(tricky).quotes.map((q) => q.text);
    expect(trickyQuotes.some((q) => q.includes(',') && q.includes('"'))).toBe(true);
    const out = await cli(['extract', '-f', 'csv', '-'], { stdin: tricky });
    expect((parseCsv(out.stdout, { columns: true }) as Record<string, string>[]).map((row) => row.quote)).toEqual(trickyQuotes);
  });

  test('html: a self-contained report, quotes highlighted in speaker colours, roster with counts', async () => {
    const r = await cli(['extract', '-f', 'html', FERRY, PAGE]);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|https?:/);
    expect(html.match(/<section>/g)).toHaveLength(2);
    const marks = [...html.matchAll(/<a class="q" id="([^"]+)" href="#([^"]+)" data-type="(\w+)" style="--c:(#[0-9a-f]{6})" title="([^"]*)">([^<]*)<\/a>/g)];
    const doe = marks.filter((m) => m[5]!.includes('speaker: Jane Doe'));
    const ellis = marks.filter((m) => m[5]!.includes('speaker: Mark Ellis'));
    expect(doe.length).toBe(3);
    expect(new Set(doe.map((m) => m[4])).size).toBe(1);
    expect(ellis.length).toBeGreaterThan(0);
    expect(ellis[0]![4]).not.toBe(doe[0]![4]);
    expect(doe[0]![6]).toBe('We have waited ten years for this terminal, and the town deserves it,');
    expect(doe[0]![5]).toContain('cue: said (say)');
    expect(html).toContain('Jane Doe · 3</li>');
    // Text is escaped: the article's characters never become markup.
    const tricky = await cli(['extract', '-f', 'html', '-'], { stdin: '“<b>Tom & Jerry</b> are back,” said Ann Lee.' });
    expect(tricky.stdout).toContain('&#60;b&#62;Tom &#38; Jerry&#60;/b&#62; are back,');
  });

  test('html: the type pattern is not overridden inline, a legend, details reachable without hovering', async () => {
    const html = (await cli(['extract', '-f', 'html', FERRY])).stdout;
    // No inline background shorthand on a highlight: it would reset the stylesheet's hatching.
    expect(html).not.toMatch(/<a class="q"[^>]*style="[^"]*background/);
    expect(html).toMatch(/\.q\[data-type="indirect"\] \{ background-image: repeating-linear-gradient/);
    expect(html).toMatch(/\.q\[data-type="mixed"\] \{ background-image: repeating-linear-gradient\(135deg.*, repeating-linear-gradient\(45deg/);
    expect(html).toMatch(/\.q \{[^}]*background-color: var\(--c\)/);
    // the legend names every type
    const legend = html.slice(html.indexOf('<ul class="legend"'), html.indexOf('</ul>', html.indexOf('<ul class="legend"')));
    for (const type of ['direct', 'indirect', 'mixed', 'other']) expect(legend).toContain(`data-type="${type}"`);
    expect(legend).toContain('no speaker found');
    // every highlight links to its row of details and back; each quote has a row
    const ex = extract(ferryText);
    const marks = [...html.matchAll(/<a class="q" id="([^"]+)" href="#([^"]+)"/g)];
    expect(marks.length).toBeGreaterThan(0);
    for (const [, id, target] of marks) {
      const row = new RegExp(`<tr id="${target}"><td><a href="#${id}">q\\d+</a></td>`);
      expect(html).toMatch(row);
    }
    const rows = [...html.matchAll(/<tr id="[^"]+-d-(q\d+)">(.*?)<\/tr>/g)];
    expect(rows.map((m) => m[1])).toEqual(ex.quotes.map((q) => q.id));
    const q1 = rows[0]![2]!;
    expect(q1).toContain('Jane Doe');
    expect(q1).toContain('said <small>(say)</small>');
    expect(q1).toContain('the chair of the board');
    expect(q1).toContain(`${ex.quotes[0]!.start}–${ex.quotes[0]!.end}`);
    expect(q1).toContain(ex.quotes[0]!.rule);
  });
});

describe('extract: filters', () => {
  test('--types keeps only those types; other needs no extra flag', async () => {
    const r = await cli(['extract', '--types', 'direct', SEED]);
    const quotes = jsonLines(r.stdout)[0]!.quotes as { type: string }[];
    expect(quotes.length).toBe(extract(seedText).quotes.filter((q) => q.type === 'direct').length);
    expect(quotes.every((q) => q.type === 'direct')).toBe(true);
    const other = await cli(['extract', '--types', 'other'], { stdin: 'She watched the film “Jaws” again, she wrote.' });
    const types = (jsonLines(other.stdout)[0]!.quotes as { type: string }[]).map((q) => q.type);
    expect(types).toEqual(extract('She watched the film “Jaws” again, she wrote.', { includeNonSpeech: true }).quotes.filter((q) => q.type === 'other').map((q) => q.type));
  });

  test('--speaker by full name or surname; the roster keeps only that speaker', async () => {
    for (const name of ['Mark Ellis', 'ellis']) {
      const r = await cli(['extract', '--speaker', name, FERRY]);
      const doc = jsonLines(r.stdout)[0] as { quotes: { speaker: { name: string } }[]; speakers: { name: string; quoteIds: string[] }[] };
      expect(doc.quotes.length).toBeGreaterThan(0);
      expect(doc.quotes.every((q) => q.speaker.name === 'Mark Ellis')).toBe(true);
      expect(doc.speakers.map((s) => s.name)).toEqual(['Mark Ellis']);
    }
    const none = await cli(['extract', '--speaker', 'Nobody', FERRY]);
    expect(jsonLines(none.stdout)[0]!.quotes).toEqual([]);
  });

  test('--min-confidence drops quotes below it', async () => {
    const all = extract(ferryText).quotes;
    const cut = [...new Set(all.map((q) => q.confidence))].sort()[1] ?? 1;
    const r = await cli(['extract', '--min-confidence', String(cut), FERRY]);
    const kept = jsonLines(r.stdout)[0]!.quotes as { confidence: number }[];
    expect(kept.length).toBe(all.filter((q) => q.confidence >= cut).length);
    expect(kept.every((q) => q.confidence >= cut)).toBe(true);
  });
});

describe('extract: --max-length', () => {
  test('each document is read up to n characters, with an input-truncated warning (in the table too)', async () => {
    const text = 'Title\n\n“We will win,” said Al Bo. “And soon,” he said.';
    const r = await cli(['extract', '--max-length', '30', '-'], { stdin: text });
    expect(r.stdout).toBe(JSON.stringify({ id: '-', ...extract(text, { maxLength: 30 }) }) + '\n');
    expect((jsonLines(r.stdout)[0]!.warnings as { code: string }[]).map((w) => w.code)).toEqual(['input-truncated']);
    const table = await cli(['extract', '-f', 'table', '--max-length', '30', '-'], { stdin: text });
    expect(table.stdout).toContain('warning: input-truncated at 30: input of 54 characters');
  });
});

describe('extract: errors', () => {
  test('a bad JSONL line and a missing file are reported as file:line: reason; the rest is processed; exit 1', async () => {
    const dir = tempFiles({
      'mixed.jsonl': [
        JSON.stringify({ id: 'ok1', text: 'Fine.' }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'no-text' }),
        '[1, 2]',
        JSON.stringify({ id: 'ok2', text: '“Yes,” said Al Bo.' }),
      ].join('\n'),
    });
    const file = join(dir, 'mixed.jsonl');
    const r = await cli(['extract', file, 'missing.txt', FERRY]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual(['ok1', 'ok2', FERRY]);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toEqual([
      'missing.txt: cannot read (ENOENT: no such file or directory)',
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON \\(`)),
      `${file}:3: "text" must be a string, got undefined`,
      `${file}:4: expected an object {"id", "text"}`,
    ]);
  });

  test.each([
    [['extract', '--format', 'xml', SEED], /argument 'xml' is invalid/],
    [['extract', '--workers', '0', SEED], /whole number from 1 to 64/],
    [['extract', '--min-confidence', '2', SEED], /number from 0 to 1/],
    [['extract', '--max-length', '-5', SEED], /expected a positive whole number/],
    [['extract', '--types', 'direct,quoted', SEED], /comma-separated list/],
    [['extract', '--bogus', SEED], /unknown option '--bogus'/],
    [['fetch', SEED], /unknown command 'fetch'/],
    [[], /Usage: quotewise/],
  ])('usage error %j: exit 2 with help', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Usage: quotewise/);
  });

  test('no file and stdin is a terminal: usage error, not a hang', async () => {
    const r = await cli(['extract'], { stdinTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input/);
  });

  test('--help and --version exit 0 on stdout', async () => {
    const help = await cli(['extract', '--help']);
    expect(help.code).toBe(0);
    for (const opt of ['--format', '--input', '--types', '--min-confidence', '--speaker', '--include-non-speech', '--max-length', '--workers', '--no-progress', '--width']) {
      expect(help.stdout).toContain(opt);
    }
    const v = await cli(['--version']);
    expect(v).toMatchObject({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n` });
  });
});

describe('extract: batches', () => {
  const archive = (n: number): string =>
    Array.from({ length: n }, (_, i) => JSON.stringify({ id: `doc${i}`, text: i % 2 ? ferryText : `“Item ${i} is done,” said Ann Lee.\n\nShe left.` })).join('\n');

  test('a progress line on stderr for more than a few documents on a terminal; none when not a terminal; none for one file', async () => {
    const dir = tempFiles({ 'a.jsonl': archive(8) });
    const tty = await cli(['extract', join(dir, 'a.jsonl')], { stderrTTY: true });
    const ESC = String.fromCharCode(27);
    expect(tty.stderr).toContain(`\r${ESC}[2K4 documents`);
    expect(tty.stderr.endsWith('\r\x1b[2K')).toBe(true);
    const piped = await cli(['extract', join(dir, 'a.jsonl')], { stderrTTY: false });
    expect(piped.stderr).toBe('');
    const off = await cli(['extract', '--no-progress', join(dir, 'a.jsonl')], { stderrTTY: true });
    expect(off.stderr).toBe('');
    const one = await cli(['extract', SEED], { stderrTTY: true });
    expect(one.stderr).toBe('');
    expect(tty.stdout).toBe(piped.stdout);
    // With only files the total is known: a bar with a count.
    const files = tempFiles(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, `“Item ${i},” said Ann Lee.`])));
    const bar = await cli(['extract', files], { stderrTTY: true });
    expect(bar.stderr).toContain(`\r${ESC}[2K[###################.....] 4/5 ${join(files, 'f3.txt')}`);
    expect(bar.stderr).toContain(`\r${ESC}[2K[########################] 5/5 ${join(files, 'f4.txt')}`);
  });

  test('--workers N: byte-identical output, in input order, each line written whole', async () => {
    const dir = tempFiles({ 'a.jsonl': archive(24) });
    const one = await cli(['extract', join(dir, 'a.jsonl'), SEED]);
    const three = await cli(['extract', '--workers', '3', join(dir, 'a.jsonl'), SEED]);
    expect(three.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(jsonLines(three.stdout).map((d) => d.id)).toEqual([...Array.from({ length: 24 }, (_, i) => `doc${i}`), SEED]);
    for (const w of three.writes) expect(w.endsWith('\n') && w.indexOf('\n') === w.length - 1).toBe(true);
  });

  test('an abort (Ctrl-C) stops after the current document: exit 130, every line written is whole', async () => {
    const dir = tempFiles({ 'a.jsonl': archive(50) });
    const controller = new AbortController();
    let seen = 0;
    const { Capture } = await import('./cli-helpers.js');
    const stdout = new Capture(false);
    const origWrite = stdout._write.bind(stdout);
    stdout._write = (chunk, enc, done) => {
      if (++seen === 5) controller.abort();
      origWrite(chunk, enc, done);
    };
    const { run } = await import('../src/cli/run.js');
    const { Readable } = await import('node:stream');
    const code = await run(['extract', join(dir, 'a.jsonl')], { stdin: Readable.from([]), stdout, stderr: new Capture(false) }, controller.signal);
    expect(code).toBe(130);
    const lines = stdout.text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBe(5);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });
});
