// What a file is, from its first bytes (its "magic number"), so that an image or an archive
// is refused by name instead of being read as text and turned into garbage quotes. The name
// is only used where the bytes cannot tell (text vs HTML). Browser-safe.

/** Formats quotewise reads, and `unsupported` for everything else. */
export type SniffedFormat = 'pdf' | 'docx' | 'html' | 'text' | 'unsupported';

export interface Sniffed {
  format: SniffedFormat;
  /** What the bytes are, for messages: "PDF document", "PNG image", "ZIP archive", "UTF-16 LE text"… */
  label: string;
  /** For text without a byte-order mark that is UTF-16 by its zero bytes. */
  encoding?: 'utf-16le' | 'utf-16be';
}

const ascii = (bytes: Uint8Array, at: number, s: string): boolean => {
  if (bytes.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (bytes[at + i] !== s.charCodeAt(i)) return false;
  return true;
};
const hex = (bytes: Uint8Array, at: number, ...b: number[]): boolean => b.every((v, i) => bytes[at + i] === v);

// Binary signatures, checked in order. Labels name the type the way a person would.
// `text: true`: the signature is printable ASCII that could also start an article ("MZ Wallace said…"),
// so the rest of the bytes must look binary too.
const SIGNATURES: readonly { label: string; test: (b: Uint8Array) => boolean; text?: true }[] = [
  { label: 'PNG image', test: (b) => hex(b, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { label: 'JPEG image', test: (b) => hex(b, 0, 0xff, 0xd8, 0xff) },
  { label: 'GIF image', test: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'), text: true },
  { label: 'WebP image', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'), text: true },
  { label: 'TIFF image', test: (b) => hex(b, 0, 0x49, 0x49, 0x2a, 0x00) || hex(b, 0, 0x4d, 0x4d, 0x00, 0x2a) },
  { label: 'BMP image', test: (b) => ascii(b, 0, 'BM') && b.length > 26 && hex(b, 6, 0, 0, 0, 0), text: true },
  { label: 'ICO image', test: (b) => hex(b, 0, 0x00, 0x00, 0x01, 0x00) },
  { label: 'HEIC image', test: (b) => ascii(b, 4, 'ftyp') && /^(heic|heix|hevc|mif1|msf1)$/.test(String.fromCharCode(...b.subarray(8, 12))) },
  { label: 'AVIF image', test: (b) => ascii(b, 4, 'ftypavif') },
  { label: 'MP4/QuickTime video', test: (b) => ascii(b, 4, 'ftyp') },
  { label: 'WAV audio', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE'), text: true },
  { label: 'MP3 audio', test: (b) => hex(b, 0, 0x49, 0x44, 0x33) || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0), text: true },
  { label: 'Ogg media', test: (b) => ascii(b, 0, 'OggS'), text: true },
  { label: 'FLAC audio', test: (b) => ascii(b, 0, 'fLaC'), text: true },
  { label: 'WebM/Matroska video', test: (b) => hex(b, 0, 0x1a, 0x45, 0xdf, 0xa3) },
  { label: 'gzip archive', test: (b) => hex(b, 0, 0x1f, 0x8b) },
  { label: 'bzip2 archive', test: (b) => ascii(b, 0, 'BZh'), text: true },
  { label: 'xz archive', test: (b) => hex(b, 0, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00) },
  { label: 'Zstandard archive', test: (b) => hex(b, 0, 0x28, 0xb5, 0x2f, 0xfd) },
  { label: '7-Zip archive', test: (b) => hex(b, 0, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c) },
  { label: 'RAR archive', test: (b) => ascii(b, 0, 'Rar!'), text: true },
  { label: 'tar archive', test: (b) => ascii(b, 257, 'ustar'), text: true },
  {
    label: 'legacy Word/Excel/PowerPoint file (OLE; save it as .docx or .pdf)',
    test: (b) => hex(b, 0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
  },
  { label: 'RTF document (save it as .docx, .pdf or .txt)', test: (b) => ascii(b, 0, '{\\rtf') },
  { label: 'PostScript document', test: (b) => ascii(b, 0, '%!PS') },
  { label: 'ELF executable', test: (b) => hex(b, 0, 0x7f, 0x45, 0x4c, 0x46) },
  { label: 'Windows executable', test: (b) => ascii(b, 0, 'MZ'), text: true },
  { label: 'Mach-O executable', test: (b) => hex(b, 0, 0xcf, 0xfa, 0xed, 0xfe) || hex(b, 0, 0xfe, 0xed, 0xfa, 0xcf) || hex(b, 0, 0xca, 0xfe, 0xba, 0xbe) },
  { label: 'WebAssembly module', test: (b) => hex(b, 0, 0x00, 0x61, 0x73, 0x6d) },
  { label: 'SQLite database', test: (b) => ascii(b, 0, 'SQLite format 3\0'), text: true },
  { label: 'font file', test: (b) => ascii(b, 0, 'wOFF') || ascii(b, 0, 'wOF2') || ascii(b, 0, 'OTTO') || hex(b, 0, 0x00, 0x01, 0x00, 0x00, 0x00), text: true },
];

/** Labels of ZIP-based formats, by a file name their archive holds (names are stored uncompressed). */
const ZIP_KINDS: readonly [entry: string, label: string][] = [
  ['xl/workbook', 'Excel workbook (.xlsx)'],
  ['ppt/presentation', 'PowerPoint presentation (.pptx)'],
  ['mimetypeapplication/vnd.oasis.opendocument.text', 'OpenDocument text (.odt; save it as .docx or .pdf)'],
  ['mimetypeapplication/vnd.oasis.opendocument', 'OpenDocument file'],
  ['mimetypeapplication/epub+zip', 'EPUB e-book'],
];

function containsAscii(bytes: Uint8Array, s: string): boolean {
  const first = s.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - s.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < s.length; k++) if (bytes[i + k] !== s.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

function sniffZip(bytes: Uint8Array): Sniffed {
  // A DOCX is a ZIP holding word/document.xml; its name appears in a local header and in the
  // central directory, both stored as plain bytes.
  if (containsAscii(bytes, 'word/document')) return { format: 'docx', label: 'Word document (.docx)' };
  for (const [entry, label] of ZIP_KINDS) if (containsAscii(bytes, entry)) return { format: 'unsupported', label };
  return { format: 'unsupported', label: 'ZIP archive' };
}

/** UTF-16 without a byte-order mark: most characters of a Latin-script text have a zero high byte. */
function utf16Endianness(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * The WHATWG MIME sniffing rule for HTML (https://mimesniff.spec.whatwg.org/#identifying-a-resource-with-an-unknown-mime-type):
 * after leading whitespace, one of these tags followed by a space or `>`, or a comment.
 */
const HTML_START = /^\s*(?:<!doctype\s+html|<(?:html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)[\s>]|<!--)/i;

/** True when text (already decoded) starts the way an HTML document does. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.replace(/^\uFEFF/, '').replace(/^<\?xml[^>]*>\s*/, ''));
}

/** Control characters that never occur in text (NUL, and C0 controls other than tab, LF, FF, CR, ESC). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls > n * 0.01;
}

/**
 * What the bytes are. PDF, DOCX and binary formats are told by their bytes whatever the file is
 * called; between text and HTML, the bytes decide when they start like HTML, else `name`'s
 * extension (`.html`, `.htm`, `.xhtml`).
 */
export function sniffFormat(bytes: Uint8Array, name?: string | null): Sniffed {
  if (ascii(bytes, 0, '%PDF-')) return { format: 'pdf', label: 'PDF document' };
  if (ascii(bytes, 0, 'PK\u0003\u0004') || ascii(bytes, 0, 'PK\u0005\u0006')) return sniffZip(bytes);
  const bom16 = hex(bytes, 0, 0xff, 0xfe) ? 'utf-16le' : hex(bytes, 0, 0xfe, 0xff) ? 'utf-16be' : null;
  if (!bom16) {
    for (const s of SIGNATURES) if (s.test(bytes) && (!s.text || looksBinary(bytes))) return { format: 'unsupported', label: s.label };
  }
  const encoding = bom16 ?? utf16Endianness(bytes);
  if (!encoding && looksBinary(bytes)) return { format: 'unsupported', label: 'binary data (not text)' };
  const head = new TextDecoder(encoding ?? 'utf-8').decode(bytes.subarray(0, 1024));
  const html = looksLikeHtml(head) || (name != null && /\.(x?html?)$/i.test(name));
  const base: Sniffed = html ? { format: 'html', label: 'HTML page' } : { format: 'text', label: 'text' };
  return encoding ? { ...base, label: `${base.label} (${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'})`, encoding } : base;
}
