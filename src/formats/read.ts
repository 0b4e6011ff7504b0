// Any document's bytes → article text: what the bytes are (sniff.ts), then the reader for it.
// The one entry point the CLI and the web page share. Browser-safe.
import { contentTypeCharset, decodeText } from './decode.js';
import { docxToText, type DocxOptions } from './docx.js';
import { FormatError } from './error.js';
import { htmlToText } from './html.js';
import { pdfToText, type ExtractedText, type PdfOptions } from './pdf.js';
import { sniffFormat, type SniffedFormat } from './sniff.js';

export type ReadFormat = Exclude<SniffedFormat, 'unsupported'>;

export interface ReadOptions extends PdfOptions, DocxOptions {
  /** The file name or URL, for its extension (text vs HTML). */
  name?: string | null;
  /** Read as this format whatever the bytes look like between text and HTML (binary formats are still told by their bytes). */
  as?: 'text' | 'html' | null;
  /** An HTTP Content-Type: `text/html` reads as HTML, `text/plain` as text, its charset is used. */
  contentType?: string | null;
}

export interface ReadResult extends ExtractedText {
  format: ReadFormat;
}

/**
 * Reads a document of any supported format: PDF (text layer), DOCX, HTML (the article found by
 * Readability) or plain text (UTF-8, UTF-16, windows-1252). Anything else throws a FormatError
 * `unsupported` whose message names the type ("a PNG image, not a document quotewise reads").
 */
export async function readDocumentBytes(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const sniffed = sniffFormat(bytes, options.name);
  const mime = options.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const charset = contentTypeCharset(options.contentType);
  switch (sniffed.format) {
    case 'unsupported':
      throw new FormatError('unsupported', `${sniffed.label}, not a document quotewise reads (it reads text, HTML, PDF and DOCX)`);
    case 'pdf':
      return { ...(await pdfToText(bytes, options)), format: 'pdf' };
    case 'docx':
      return { ...(await docxToText(bytes, options)), format: 'docx' };
    default: {
      const html =
        options.as === 'html' ||
        (options.as !== 'text' && (mime === 'text/html' || mime === 'application/xhtml+xml' || (mime !== 'text/plain' && sniffed.format === 'html')));
      const encoding = charset ?? sniffed.encoding ?? null;
      if (html) return { ...(await htmlToText(bytes, { charset: encoding })), format: 'html' };
      return { text: decodeText(bytes, { charset: encoding }), title: null, format: 'text' };
    }
  }
}
