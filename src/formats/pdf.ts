// PDF → article text with pdf.js (the optional peer dependency `pdfjs-dist`, loaded on first
// use so that nobody who never reads a PDF pays for its 40 MB). Only the text layer is read:
// a scanned PDF has none and is refused with `no-text-layer` rather than read as nothing.
// Browser-safe: a page passes its own configured pdf.js module (see PdfOptions.pdfjs).
import { FormatError, isModuleNotFound } from './error.js';

/** The part of the pdf.js API used here (kept structural so that our types never need pdfjs-dist's). */
export interface PdfJsModule {
  getDocument(src: {
    data: Uint8Array;
    verbosity?: number;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }>; cleanup(): void }>;
  getMetadata(): Promise<{ info: unknown }>;
  destroy(): Promise<void>;
}
interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

export interface PdfOptions {
  /**
   * The pdf.js module to use. Default: `pdfjs-dist/legacy/build/pdf.mjs`, imported on first use
   * (in Node it runs without a worker thread). In a browser, import `pdfjs-dist` yourself, set
   * `GlobalWorkerOptions.workerSrc`, and pass the module here.
   */
  pdfjs?: PdfJsModule | (() => Promise<PdfJsModule>);
}

export interface ExtractedText {
  /** The article text: paragraphs separated by a blank line, as `extract()` expects. */
  text: string;
  /** The document's own title (PDF metadata, HTML <title>…), or null. */
  title: string | null;
}

const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';

async function loadPdfJs(option: PdfOptions['pdfjs']): Promise<PdfJsModule> {
  if (option && typeof option === 'object') return option;
  try {
    // A computed specifier: bundlers must not try to bundle an optional dependency.
    return option ? await option() : ((await import(/* @vite-ignore */ /* webpackIgnore: true */ PDFJS)) as PdfJsModule);
  } catch (err) {
    if (isModuleNotFound(err)) {
      throw new FormatError('missing-dependency', 'reading PDF files needs the optional package pdfjs-dist: npm install pdfjs-dist');
    }
    throw err;
  }
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

interface Line {
  text: string;
  /** Baseline, in PDF units (grows upwards). */
  y: number;
  height: number;
}

/** The lines of a page, in reading order as pdf.js gives them (it marks each line's end with hasEOL). */
function pageLines(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    if (current === null) current = { text: '', y: item.transform[5] ?? 0, height: 0 };
    current.text += item.str;
    current.height = Math.max(current.height, item.height || Math.abs(item.transform[3] ?? 0));
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }));
}

/**
 * Lines → paragraphs. A PDF has no paragraphs, only positioned lines: a gap between two lines
 * clearly larger than the page's line spacing (the smallest gap between lines: paragraphs may
 * be short, so gaps between them can be the most frequent) or than double spacing (when every
 * gap is the same, one-line paragraphs with blank lines between them), a change of font size (a headline)
 * or a move up or sideways (a new column) starts a new paragraph. The lines of one paragraph are
 * joined with a space (after a hyphen, with nothing).
 */
function pageParagraphs(lines: Line[]): string[] {
  let usual = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > lines[i]!.height * 0.5) usual = Math.min(usual, gap);
  }
  const paragraphs: string[] = [];
  let para = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    const gap = prev ? prev.y - line.y : 0;
    // Upwards or sideways (a new column, a text box) also ends the paragraph.
    const breaks =
      prev !== undefined && (gap <= 0 || gap > usual * 1.4 || gap > line.height * 2.1 || Math.abs(line.height - prev.height) > 0.2 * prev.height || line.text === '');
    if (breaks && para) {
      paragraphs.push(para);
      para = '';
    }
    if (!line.text) continue;
    para = !para ? line.text : /\p{L}-$/u.test(para) ? para + line.text : `${para} ${line.text}`;
  }
  if (para) paragraphs.push(para);
  return paragraphs;
}

/**
 * The text layer of a PDF as article text: each page's lines joined into paragraphs (blank
 * line between paragraphs and between pages), and the title from the document's metadata.
 * Throws a FormatError: `no-text-layer` (scanned pages), `encrypted`, `damaged`, or
 * `missing-dependency` (pdfjs-dist not installed).
 */
export async function pdfToText(bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractedText> {
  const pdfjs = await loadPdfJs(options.pdfjs);
  // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer: hand it a plain copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new FormatError('encrypted', 'the PDF is protected by a password');
    throw new FormatError('damaged', `not a readable PDF (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    const paragraphs: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      paragraphs.push(...pageParagraphs(pageLines(content.items)));
      page.cleanup();
    }
    if (paragraphs.length === 0) {
      throw new FormatError(
        'no-text-layer',
        `no text layer: the PDF's ${doc.numPages === 1 ? 'page holds' : `${doc.numPages} pages hold`} no text (a scanned document?); run OCR on it first (for example ocrmypdf)`,
      );
    }
    let title: string | null = null;
    try {
      const info = (await doc.getMetadata()).info as { Title?: unknown } | null;
      if (typeof info?.Title === 'string' && info.Title.trim()) title = info.Title.trim();
    } catch {
      // metadata is optional
    }
    return { text: paragraphs.join('\n\n'), title };
  } finally {
    await doc.destroy();
  }
}
