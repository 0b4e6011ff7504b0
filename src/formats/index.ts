// quotewise/formats: documents as people receive them (PDF, Word, web pages, text in any
// common encoding) → the plain article text that extract() reads. Browser-safe: bytes in
// (Uint8Array), text out; no file system. pdfjs-dist and mammoth are optional peer
// dependencies, loaded only when a PDF or a DOCX is read.
export { readDocumentBytes, type ReadFormat, type ReadOptions, type ReadResult } from './read.js';
export { sniffFormat, looksLikeHtml, type Sniffed, type SniffedFormat } from './sniff.js';
export { decodeText, declaredCharset, contentTypeCharset, type DecodeOptions } from './decode.js';
export { pdfToText, type PdfJsModule, type PdfOptions, type ExtractedText } from './pdf.js';
export { docxToText, type DocxOptions, type MammothModule } from './docx.js';
export { htmlToText } from './html.js';
export { FormatError, isFormatError, type FormatErrorCode } from './error.js';
