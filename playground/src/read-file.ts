// A dropped or opened file → the article's text. Plain text is decoded as the CLI does (a BOM,
// else UTF-8, else windows-1252); an HTML page is reduced to its article by the CLI's own
// reader (Readability over linkedom, both pure JavaScript), loaded only when a page is opened.

export interface ArticleFile {
  text: string;
  title: string | null;
}

function decode(bytes: Uint8Array, html: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (html) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
    if (m) {
      try {
        return new TextDecoder(m[1]!.toLowerCase()).decode(bytes);
      } catch {
        // an unknown label: fall through
      }
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const isHtml = (file: File, text: string): boolean =>
  /\.x?html?$/i.test(file.name) || file.type === 'text/html' || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));

export async function readArticleFile(file: File): Promise<ArticleFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.(pdf|docx?)$/i.test(file.name)) {
    throw new Error(`${file.name}: PDF and Word files are not read by this page yet; copy the text and paste it instead.`);
  }
  const sniff = new TextDecoder('latin1').decode(bytes.subarray(0, 1000));
  if (isHtml(file, sniff)) {
    const { htmlToText } = await import('../../src/cli/html-text.js');
    return htmlToText(decode(bytes, true));
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new Error(`${file.name} is not a text file.`);
  return { text: decode(bytes, false), title: null };
}
