// Bytes → text, browser-safe (Uint8Array and TextDecoder only). UTF-8 unless the bytes say
// otherwise: a byte-order mark, a charset given by the caller (an HTTP Content-Type), or for
// HTML a <meta charset>. Old news sites still serve windows-1252, and a text file that is not
// valid UTF-8 is almost always windows-1252 too.

// windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €); a latin1 reading leaves them as C1 controls.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const LATIN = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii']);

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// A <meta> tag's attributes: up to the next < or >, so each character is read once (the old
// /<meta[^>]+charset\s*=\s*["']?\s*…/ backtracked polynomially: ~1.5 s on a crafted head).
const META = /<meta\b([^<>]*)/gi;
// One \s* on each side of = and after an opening quote, never two in a row.
const CHARSET = /charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i;

/** The charset an HTML page declares in its first bytes, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeCp1252(bytes.subarray(0, 4096));
  for (const tag of head.matchAll(META)) {
    const m = CHARSET.exec(tag[1]!);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}


/** The charset of a Content-Type header value (`text/html; charset=ISO-8859-1`), lower-cased, or null. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

export interface DecodeOptions {
  /** Let a <meta charset> in the first 4 KB decide. */
  html?: boolean;
  /** A charset from outside the bytes (an HTTP header); a byte-order mark still wins. */
  charset?: string | null;
}

/**
 * Decodes the bytes of a text or HTML document. A byte-order mark (UTF-8, UTF-16 LE/BE) wins and
 * is not part of the text; then `charset`, then (for HTML) `<meta charset>`; then UTF-8 when the
 * bytes are valid UTF-8, else windows-1252. Never throws.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions | boolean = {}): string {
  const o: DecodeOptions = typeof options === 'boolean' ? { html: options } : options;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const charset = o.charset ?? (o.html ? declaredCharset(bytes) : null);
  if (charset && LATIN.has(charset)) return decodeCp1252(bytes);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // an unknown label: fall through to UTF-8
    }
  }
  return isUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : decodeCp1252(bytes);
}
