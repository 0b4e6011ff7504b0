// A dropped or opened file → the article's text, with the library's own browser-safe readers
// (src/formats: the same as the CLI's): text in any common encoding, a web page's article
// (Readability), a PDF's text layer (pdf.js) and a Word document (mammoth). pdf.js and mammoth
// are large, so each is loaded only when such a file is opened.
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { MammothModule, PdfJsModule } from '../../src/formats/index.js';

export interface ArticleFile {
  text: string;
  title: string | null;
  format: string;
}

async function pdfjs(): Promise<PdfJsModule> {
  const mod = await import('pdfjs-dist');
  // pdf.js parses in its own worker, served from this site like every other asset.
  mod.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  return mod as unknown as PdfJsModule;
}

async function mammoth(): Promise<MammothModule> {
  const mod = (await import('mammoth')) as unknown as MammothModule & { default?: MammothModule };
  return typeof mod.extractRawText === 'function' ? mod : mod.default!;
}

export async function readArticleFile(file: File): Promise<ArticleFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { readDocumentBytes } = await import('../../src/formats/index.js');
  const read = await readDocumentBytes(bytes, { name: file.name, contentType: file.type || null, pdfjs, mammoth });
  return { text: read.text, title: read.title, format: read.format };
}
