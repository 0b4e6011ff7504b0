// Small PDF, DOCX, ZIP and image files made by the tests themselves (no binary fixtures in the
// repository): enough structure for pdf.js, mammoth and the type sniffer to treat them as real.
import JSZip from 'jszip';

// WinAnsiEncoding bytes of the typographic characters our fixture sentences use.
const WIN_ANSI: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85 };

/** A PDF string literal in WinAnsiEncoding: ( ) \ escaped, typographic marks as octal escapes. */
function pdfString(s: string): string {
  let out = '(';
  for (const ch of s) {
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (WIN_ANSI[ch] !== undefined) out += `\\${WIN_ANSI[ch].toString(8)}`;
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (ch.charCodeAt(0) <= 0xff) out += `\\${ch.charCodeAt(0).toString(8)}`;
    else throw new Error(`no WinAnsi byte for ${ch}`);
  }
  return `${out})`;
}

/**
 * A PDF with one page per entry of `pages`: each page a list of lines set in Helvetica 12 pt,
 * 14 pt apart; an empty line leaves a blank line (a paragraph gap). A page given as `null`
 * holds only a filled rectangle, like a scan without text. `title` goes into the Info dictionary.
 */
export function makePdf(pages: (string[] | null)[], title?: string): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body); // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    let content: string;
    if (lines === null) content = '0.5 0.5 0.5 rg 72 300 450 400 re f';
    else {
      content = 'BT /F1 12 Tf 14 TL 72 740 Td';
      for (const line of lines) content += line === '' ? ' T*' : ` ${pdfString(line)} Tj T*`;
      content += ' ET';
    }
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = title === undefined ? null : add(`<< /Title ${pdfString(title)} /Producer (quotewise tests) >>`);
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0)); // every character is one byte (latin1)
}

const xmlEscape = (s: string): string => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A minimal Word document: one `w:p` per paragraph. */
export async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('') +
      '</w:body></w:document>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A ZIP archive of a few text files (not a document). */
export async function makeZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('notes.txt', '“A quote in an archive,” said Ann Lee.');
  zip.file('more/readme.md', 'Nothing to see.');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A real 1×1 PNG (67 bytes). */
export const PNG_1X1 = Uint8Array.from(
  Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082', 'hex'),
);
