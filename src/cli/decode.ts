// Bytes of an input file → text. UTF-8 unless the file says otherwise: a byte-order mark, or
// for HTML a <meta charset>. Old news sites still serve windows-1252, and a text file that is
// not valid UTF-8 is almost always windows-1252 too.

// windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €); Node's decoder leaves them as C1 controls.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const LATIN = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii']);

function decodeCp1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function isUtf8(bytes: Buffer): boolean {
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
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  for (const tag of head.matchAll(META)) {
    const m = CHARSET.exec(tag[1]!);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text in a Latin script has a zero
 * high byte in nearly every code unit, so most odd (LE) or even (BE) bytes of the first
 * 4 KB are zero and almost none of the others. Text in UTF-8 or windows-1252 has no zero
 * bytes at all. (UTF-16 of a script with no zero high bytes, such as CJK, is not detected.)
 */
export function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd >= units * 0.4 && even <= units * 0.05) return 'utf-16le';
  if (even >= units * 0.4 && odd <= units * 0.05) return 'utf-16be';
  return null;
}

/** Decodes an input file; `html` lets a <meta charset> decide. */
export function decodeText(bytes: Buffer, html: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const charset = html ? declaredCharset(bytes) : null;
  if (charset && LATIN.has(charset)) return decodeCp1252(bytes);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // an unknown label: fall through to UTF-8
    }
  }
  return isUtf8(bytes) ? bytes.toString('utf8') : decodeCp1252(bytes);
}
