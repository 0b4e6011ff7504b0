// `quotewise extract` on what fact-checkers receive: PDF, DOCX, a URL, HTML on stdin; and a
// clear refusal (exit 1, the type named) for images, archives and other binary files.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { cli, PAGE, ROOT } from './cli-helpers.js';
import { makeDocx, makePdf, makeZip, PNG_1X1 } from './support/make-documents.js';

interface Doc {
  id: string;
  title?: string | null;
  text?: string;
  quotes: { text: string; start: number; end: number; type: string; speaker: { name: string | null } | null }[];
}
const docs = (stdout: string): Doc[] => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Doc);

const PRESS_RELEASE = [
  'Harbour board approves new ferry terminal',
  '',
  '“This terminal will serve the island for fifty years,” said Nora Quinn,',
  'chair of the harbour board.',
  '',
  'Quinn said that building would start in the spring.',
];
const dir = mkdtempSync(join(tmpdir(), 'quotewise-formats-'));
const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** Every quote's span holds its text in the record's own text. */
function expectSpansInText(doc: Doc): void {
  for (const q of doc.quotes) expect(doc.text!.slice(q.start, q.end)).toBe(q.text);
}

describe('extract: PDF and DOCX', () => {
  test('a PDF: the text layer is read, the record carries its title and text', async () => {
    const pdf = file('release.pdf', makePdf([PRESS_RELEASE], 'Press release'));
    const r = await cli(['extract', pdf]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc] = docs(r.stdout);
    expect(doc!.title).toBe('Press release');
    expect(doc!.text).toBe(
      'Harbour board approves new ferry terminal\n\n“This terminal will serve the island for fifty years,” said Nora Quinn, chair of the harbour board.\n\nQuinn said that building would start in the spring.',
    );
    expect(doc!.quotes).toEqual(JSON.parse(JSON.stringify(extract(doc!.text!).quotes)));
    expect(doc!.quotes.map((q) => [q.type, q.speaker?.name])).toEqual([
      ['direct', 'Nora Quinn'],
      ['indirect', 'Nora Quinn'],
    ]);
    expectSpansInText(doc!);
  });

  test('a scanned PDF: "no text layer", exit 1, no output record', async () => {
    const scan = file('scan.pdf', makePdf([null]));
    const r = await cli(['extract', scan]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${scan}: no text layer: the PDF's page holds no text (a scanned document?); run OCR on it first (for example ocrmypdf)\n`);
  });

  test('a DOCX: one paragraph per Word paragraph', async () => {
    const docx = file('transcript.docx', await makeDocx(['Minister defends the budget', '“We have balanced the books,” the minister, Paul Okafor, told reporters.']));
    const r = await cli(['extract', '--format', 'jsonl', docx]);
    expect(r.code).toBe(0);
    const [doc] = docs(r.stdout);
    expect(doc!.text).toBe('Minister defends the budget\n\n“We have balanced the books,” the minister, Paul Okafor, told reporters.');
    expect(doc!.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We have balanced the books,', 'Paul Okafor']]);
    expectSpansInText(doc!);
  });

  test('a PDF or DOCX in a folder is read with the text files; a PDF named .txt is still a PDF', async () => {
    const sub = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(join(sub, 'a.pdf'), makePdf([PRESS_RELEASE]));
    writeFileSync(join(sub, 'b.docx'), await makeDocx(['“Yes,” said Al Bo.']));
    writeFileSync(join(sub, 'c.txt'), makePdf([['“No,” said Al Bo.']]));
    const r = await cli(['extract', sub]);
    expect(r.code).toBe(0);
    expect(docs(r.stdout).map((d) => [d.id.slice(sub.length + 1), d.quotes[0]?.text])).toEqual([
      ['a.pdf', 'This terminal will serve the island for fifty years,'],
      ['b.docx', 'Yes,'],
      ['c.txt', 'No,'],
    ]);
  });

  test('audit --source reads a PDF too', async () => {
    const pdf = file('audit.pdf', makePdf([PRESS_RELEASE]));
    const r = await cli(['audit', '--source', pdf, '--quote', 'This terminal will serve the island for fifty years', '--speaker', 'Quinn']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe('verbatim');
  });
});

describe('extract: files that are not documents are refused by name, exit 1, never quotes', () => {
  test('an image, a zip, a gzip, and a file named .pdf that holds an HTML error page', async () => {
    const png = file('photo.png', PNG_1X1);
    const zip = file('bundle.zip', await makeZip());
    const jpegAsTxt = file('article.txt', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    const gz = file('archive.gz', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 3]));
    const fakePdf = file('report.pdf', '<!doctype html><html><body><p>404 Not Found</p></body></html>');
    for (const [path, message] of [
      [png, 'PNG image, not a document quotewise reads (it reads text, HTML, PDF and DOCX)'],
      [zip, 'ZIP archive, not a document quotewise reads (it reads text, HTML, PDF and DOCX)'],
      [jpegAsTxt, 'JPEG image, not a document quotewise reads (it reads text, HTML, PDF and DOCX)'],
      [gz, 'gzip archive, not a document quotewise reads (it reads text, HTML, PDF and DOCX)'],
      [fakePdf, 'not a PDF: the file is named .pdf but holds an HTML page'],
    ] as const) {
      for (const format of ['jsonl', 'table', 'csv']) {
        const r = await cli(['extract', '--format', format, path]);
        expect(r.code, `${path} ${format}`).toBe(1);
        expect(r.stderr).toBe(`${path}: ${message}\n`);
        // nothing but the CSV header: no record, no table, no row
        expect(r.stdout.split('\r\n').filter(Boolean).length).toBe(format === 'csv' ? 1 : 0);
      }
    }
  });

  test('binary on stdin is refused the same way; the other inputs are still read', async () => {
    const r = await cli(['extract', '-'], { stdin: Buffer.from(PNG_1X1).toString('latin1') });
    // (the helper passes stdin as a string; latin1 keeps the PNG signature bytes)
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^-: (PNG image|binary data)/);
    const png = file('pic.png', PNG_1X1);
    const both = await cli(['extract', png, join(ROOT, PAGE)]);
    expect(both.code).toBe(1);
    expect(docs(both.stdout).map((d) => d.id)).toEqual([join(ROOT, PAGE)]);
  });
});

describe('extract: HTML piped on stdin is recognised as HTML', () => {
  test('the same record as the .html file, without --input html', async () => {
    const page = readFileSync(join(ROOT, PAGE), 'utf8');
    const piped = await cli(['extract', '-'], { stdin: page });
    const byFile = await cli(['extract', PAGE]);
    expect(piped.code).toBe(0);
    const [a] = docs(piped.stdout);
    const [b] = docs(byFile.stdout);
    expect({ ...a, id: PAGE }).toEqual(b);
    expect(a!.title).toBe('Council approves new bus lanes after heated debate');
    // --input txt still reads it as text
    const asText = await cli(['extract', '--input', 'txt', '-'], { stdin: page });
    expect(docs(asText.stdout)[0]!.text).toBeUndefined();
  });
});

describe('extract: http(s) URLs', () => {
  let server: Server;
  let base: string;
  const pdfBytes = makePdf([PRESS_RELEASE], 'Press release');
  beforeAll(async () => {
    const page = readFileSync(join(ROOT, PAGE));
    server = createServer((req, res) => {
      if (req.url === '/news/council-vote') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else if (req.url === '/moved') res.writeHead(302, { location: '/news/council-vote' }).end();
      else if (req.url === '/release') res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdfBytes);
      else if (req.url === '/photo') res.writeHead(200, { 'content-type': 'image/png' }).end(PNG_1X1);
      else if (req.url === '/plain') res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' }).end(Buffer.from([0x93, 0x4e, 0x6f, 0x2c, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x41, 0x6c, 0x20, 0x42, 0x6f, 0x2e]));
      else res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body><h1>Not found</h1></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a news page is fetched and its article found by Readability, as for a saved .html file', async () => {
    const url = `${base}/news/council-vote`;
    const r = await cli(['extract', url]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc] = docs(r.stdout);
    const [saved] = docs((await cli(['extract', PAGE])).stdout);
    expect(doc).toEqual({ ...saved, id: url });
    // redirects are followed; the id stays the address given
    expect(docs((await cli(['extract', `${base}/moved`])).stdout)[0]).toEqual({ ...saved, id: `${base}/moved` });
  });

  test('a PDF by URL, text/plain with its charset; an image or a 404 fails with exit 1', async () => {
    const pdf = docs((await cli(['extract', `${base}/release`])).stdout)[0]!;
    expect(pdf.title).toBe('Press release');
    expect(pdf.quotes[0]!.speaker?.name).toBe('Nora Quinn');
    const plain = docs((await cli(['extract', `${base}/plain`])).stdout)[0]!;
    expect(plain.quotes.map((q) => q.text)).toEqual(['No,']);
    const photo = await cli(['extract', `${base}/photo`]);
    expect(photo.code).toBe(1);
    expect(photo.stderr).toBe(`${base}/photo: PNG image, not a document quotewise reads (it reads text, HTML, PDF and DOCX)\n`);
    const missing = await cli(['extract', `${base}/gone`]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`${base}/gone: cannot fetch (HTTP 404 Not Found)\n`);
  });

  test('nothing listening: the network error is named', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await cli(['extract', `http://127.0.0.1:${port}/x`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/x: cannot fetch \\(ECONNREFUSED`));
  });
});
