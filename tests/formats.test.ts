// src/formats: bytes → article text (browser-safe readers shared by the CLI and the web page).
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import {
  decodeText,
  docxToText,
  FormatError,
  looksLikeHtml,
  pdfToText,
  readDocumentBytes,
  sniffFormat,
} from '../src/formats/index.js';
import { makeDocx, makePdf, makeZip, PNG_1X1 } from './support/make-documents.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string, bom: boolean): Uint8Array => {
  const body = Buffer.from(s, 'utf16le');
  return Uint8Array.from(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
};

const PDF_PAGES = [
  [
    'Ferry fares to rise in spring',
    '',
    '“We cannot keep the boats running at these prices,” the harbour',
    'master, Ruth Adler, said on Monday.',
    '',
    'Adler said that the increase would be the first in six years.',
  ],
  ['“It is a tax on islanders,” said Colm Byrne, who runs the island shop.'],
];

describe('sniffFormat: what the bytes are', () => {
  test('PDF, DOCX and a plain ZIP by their magic bytes', async () => {
    expect(sniffFormat(makePdf([['x']]))).toEqual({ format: 'pdf', label: 'PDF document' });
    expect(sniffFormat(await makeDocx(['x'])).format).toBe('docx');
    expect(sniffFormat(await makeZip())).toEqual({ format: 'unsupported', label: 'ZIP archive' });
  });
  test('images and other binary files are named', () => {
    expect(sniffFormat(PNG_1X1)).toEqual({ format: 'unsupported', label: 'PNG image' });
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({ format: 'unsupported', label: 'JPEG image' });
    expect(sniffFormat(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0])).label).toBe('gzip archive');
    expect(sniffFormat(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])).label).toBe('ELF executable');
    expect(sniffFormat(Uint8Array.from([1, 2, 3, 0, 5, 6, 7]))).toEqual({ format: 'unsupported', label: 'binary data (not text)' });
  });
  test('text that starts like a signature is still text ("MZ Wallace", "GIF87a is…")', () => {
    expect(sniffFormat(utf8('MZ Wallace said the bags sold out.')).format).toBe('text');
    expect(sniffFormat(utf8('GIF89a is an image format, she said.')).format).toBe('text');
  });
  test('UTF-16 text with and without a byte-order mark', () => {
    expect(sniffFormat(utf16le('“Yes,” she said.', true))).toEqual({ format: 'text', label: 'text (UTF-16 LE)', encoding: 'utf-16le' });
    expect(sniffFormat(utf16le('“Yes,” she said.', false))).toEqual({ format: 'text', label: 'text (UTF-16 LE)', encoding: 'utf-16le' });
  });
  test('HTML by the WHATWG sniffing rule, or by the name', () => {
    expect(sniffFormat(utf8('  <!DOCTYPE html><html><body><p>Hi</p></body></html>')).format).toBe('html');
    expect(sniffFormat(utf8('<p>A fragment.</p>')).format).toBe('html');
    expect(sniffFormat(utf8('A <b>bold</b> claim.')).format).toBe('text');
    expect(sniffFormat(utf8('Plain words.'), 'page.htm').format).toBe('html');
    expect(looksLikeHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(looksLikeHtml('<paragraph>')).toBe(false);
  });
});

describe('decodeText', () => {
  test('BOMs, windows-1252 fallback, declared charsets', () => {
    expect(decodeText(utf16le('“Hi”', true))).toBe('“Hi”');
    expect(decodeText(Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80]))).toBe('“Hi” €');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(Uint8Array.from([0x41, 0, 0x42, 0]), { charset: 'utf-16le' })).toBe('AB');
    expect(decodeText(utf8('<meta charset="iso-8859-1"><p>\u00e9</p>'), { html: true })).toBe('<meta charset="iso-8859-1"><p>Ã©</p>');
  });
});

describe('PDF', () => {
  test('the text layer becomes paragraphs, lines of a paragraph joined; the title from the metadata', async () => {
    const r = await pdfToText(makePdf(PDF_PAGES, 'Fares notice'));
    expect(r.title).toBe('Fares notice');
    expect(r.text).toBe(
      [
        'Ferry fares to rise in spring',
        '“We cannot keep the boats running at these prices,” the harbour master, Ruth Adler, said on Monday.',
        'Adler said that the increase would be the first in six years.',
        '“It is a tax on islanders,” said Colm Byrne, who runs the island shop.',
      ].join('\n\n'),
    );
    const quotes = extract(r.text).quotes;
    expect(quotes.map((q) => [q.type, q.speaker?.name])).toEqual([
      ['direct', 'Ruth Adler'],
      ['indirect', 'Ruth Adler'],
      ['direct', 'Colm Byrne'],
    ]);
  });
  test('a scanned PDF (pages without text) is refused with no-text-layer', async () => {
    const err = await pdfToText(makePdf([null, null])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).code).toBe('no-text-layer');
    expect((err as FormatError).message).toMatch(/^no text layer: the PDF's 2 pages hold no text/);
  });
  test('a truncated PDF is damaged', async () => {
    const err = await pdfToText(makePdf(PDF_PAGES).slice(0, 200)).catch((e: unknown) => e);
    expect((err as FormatError).code).toBe('damaged');
  });
  test('without pdfjs-dist installed, the error says what to install', async () => {
    const missing = Object.assign(new Error("Cannot find package 'pdfjs-dist'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const err = await pdfToText(makePdf(PDF_PAGES), { pdfjs: () => Promise.reject(missing) }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'missing-dependency', message: 'reading PDF files needs the optional package pdfjs-dist: npm install pdfjs-dist' });
  });
});

describe('DOCX', () => {
  test('one paragraph per Word paragraph', async () => {
    const r = await docxToText(await makeDocx(['Council backs the ferry plan', '“This is good news,” said Mayor Ana Ruiz.']));
    expect(r).toEqual({ text: 'Council backs the ferry plan\n\n“This is good news,” said Mayor Ana Ruiz.', title: null });
  });
  test('without mammoth installed, the error says what to install', async () => {
    const missing = Object.assign(new Error("Cannot find package 'mammoth'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const err = await docxToText(await makeDocx(['x']), { mammoth: () => Promise.reject(missing) }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'missing-dependency', message: 'reading Word files needs the optional package mammoth: npm install mammoth' });
  });
});

describe('readDocumentBytes', () => {
  test('dispatches on the bytes', async () => {
    expect((await readDocumentBytes(makePdf(PDF_PAGES))).format).toBe('pdf');
    expect((await readDocumentBytes(await makeDocx(['a']))).format).toBe('docx');
    expect(await readDocumentBytes(utf8('<p>“Hi,” said Al Bo.</p>'))).toEqual({ text: '“Hi,” said Al Bo.', title: null, format: 'html' });
    expect(await readDocumentBytes(utf8('<p>x</p>'), { as: 'text' })).toEqual({ text: '<p>x</p>', title: null, format: 'text' });
    expect((await readDocumentBytes(utf8('plain'), { contentType: 'text/html; charset=utf-8' })).format).toBe('html');
  });
  test('refuses images and archives, naming the type', async () => {
    await expect(readDocumentBytes(PNG_1X1)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringMatching(/^PNG image, not a document/) });
    await expect(readDocumentBytes(await makeZip())).rejects.toMatchObject({ code: 'unsupported', message: expect.stringMatching(/^ZIP archive, not a document/) });
  });
});
