// HTML → article text: the same reader as the CLI's .html inputs (@mozilla/readability over a
// linkedom DOM, both plain JavaScript that also run in a browser), loaded on first use.
import { decodeText } from './decode.js';
import type { ExtractedText } from './pdf.js';

/** A web page's article text and title, from its bytes (charset from `charset`, else <meta>) or its decoded source. */
export async function htmlToText(source: Uint8Array | string, options: { charset?: string | null } = {}): Promise<ExtractedText> {
  const html = typeof source === 'string' ? source : decodeText(source, { html: true, charset: options.charset ?? null });
  const { htmlToText: read } = await import('../cli/html-text.js');
  return read(html);
}
