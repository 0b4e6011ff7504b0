// Output formats of `quotewise extract`. Each writer turns one document into one string,
// written with a single write: a JSONL line is never split, and output depends only on
// the input (never on timing or the number of workers).
import { stringify } from 'csv-stringify/sync';
import { speakerLabel } from '../audit/names.js';
import type { Extraction } from '../index.js';
import type { InputDocument } from './inputs.js';
import { HTML_HEAD, HTML_TAIL, htmlSection } from './report-html.js';
import { displayWidth, fitColumns, renderTable, wrap } from './table.js';
import { visible } from './terminal.js';

export const FORMATS = ['table', 'jsonl', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface Writer {
  begin(): string;
  document(doc: InputDocument, ex: Extraction): string;
  end(): string;
}

/** The JSON record of one document: id, then the extraction; HTML, PDF and DOCX inputs add the title and the text read. */
export function documentRecord(doc: InputDocument, ex: Extraction): Record<string, unknown> {
  const record: Record<string, unknown> = { id: doc.id, quotes: ex.quotes, speakers: ex.speakers, warnings: ex.warnings };
  if (doc.kind === 'html' || doc.kind === 'pdf' || doc.kind === 'docx') {
    record.title = doc.title;
    record.text = doc.text; // offsets refer to this text, not to the HTML or the PDF
  }
  return record;
}

// New columns go at the end, so that scripts reading columns by position keep working.
export const CSV_COLUMNS = [
  'document', 'quote_id', 'type', 'quote', 'speaker', 'speaker_mention', 'speaker_kind', 'cue', 'cue_lemma',
  'addressee', 'paragraph', 'start', 'end', 'continues', 'confidence', 'rule', 'context', 'title',
] as const;

/** The byte-order mark `--bom` writes first, so that Excel reads the CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
// strip first) as a formula: `=HYPERLINK(…)` in an article would become a live link, or worse.
// Such a text cell is written with a leading ' (OWASP's advice), which the spreadsheet shows
// as text and hides. Numbers are written as they are.
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (field: string): string => (FORMULA_START.test(field) ? `'${field}` : field);

// RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break.
export const csvLine = (fields: readonly (string | number | null)[]): string =>
  stringify([fields.map((f) => (f === null ? '' : typeof f === 'string' ? neutraliseFormula(f) : f))], { record_delimiter: 'windows' });

/** A pretty-printed JSON array written one element at a time (`[`, elements, `]`). */
export function jsonArrayWriter(): { begin: () => string; element: (value: unknown) => string; end: () => string } {
  let first = true;
  return {
    begin: () => '[',
    element: (value) => {
      const sep = first ? '\n' : ',\n';
      first = false;
      return sep + JSON.stringify(value, null, 2);
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

export function createWriter(format: Format, width: number, o: { bom?: boolean } = {}): Writer {
  switch (format) {
    case 'jsonl':
      return { begin: () => '', document: (d, ex) => JSON.stringify(documentRecord(d, ex)) + '\n', end: () => '' };
    case 'json': {
      const array = jsonArrayWriter();
      return { begin: array.begin, document: (d, ex) => array.element(documentRecord(d, ex)), end: array.end };
    }
    case 'csv':
      return {
        begin: () => (o.bom ? UTF8_BOM : '') + csvLine(CSV_COLUMNS),
        document: (d, ex) =>
          ex.quotes
            .map((q) =>
              csvLine([
                d.id, q.id, q.type, q.text, speakerLabel(q.speaker), q.speaker?.text ?? null, q.speaker?.kind ?? null,
                q.cue?.text ?? null, q.cue?.lemma ?? null, q.addressee?.text ?? null, q.context.paragraph, q.start, q.end,
                q.continues, q.confidence, q.rule, d.text.slice(q.context.start, q.context.end), d.title,
              ]),
            )
            .join(''),
        end: () => '',
      };
    case 'html':
      return { begin: () => HTML_HEAD, document: htmlSection, end: () => HTML_TAIL };
    case 'table': {
      let first = true;
      return {
        begin: () => '',
        document: (d, ex) => {
          const sep = first ? '' : '\n';
          first = false;
          return sep + extractionTable(d, ex, width);
        },
        end: () => '',
      };
    }
  }
}

/**
 * A document's quotes as a table: quote id, paragraph, type, speaker, cue, quote (direct
 * quotes in “ ”). The id is the one in the JSON output and the HTML report.
 */
export function extractionTable(doc: InputDocument, ex: Extraction, width: number): string {
  const n = ex.quotes.length;
  // The roster also lists unnamed sources (name null); the headline counts the named ones.
  const s = ex.speakers.filter((sp) => sp.name !== null).length;
  let out = `${visible(doc.id)}: ${n} quote${n === 1 ? '' : 's'}, ${s} named speaker${s === 1 ? '' : 's'}\n`;
  if (n > 0) {
    const idWidth = Math.max(2, ...ex.quotes.map((q) => q.id.length));
    // Wide enough for the longest cue word ("characterized"), so a cue wraps between words only.
    const cueWidth = Math.min(16, Math.max(12, ...ex.quotes.flatMap((q) => (q.cue?.text ?? '').split(/\s+/).map(displayWidth))));
    const columns = fitColumns(
      [
        { header: 'id', width: idWidth },
        { header: '¶', width: 3, align: 'right' },
        { header: 'type', width: 8 },
        { header: 'speaker', width: 14, min: 7 },
        { header: 'cue', width: cueWidth, min: 5 },
      ],
      { header: 'quote' },
      width,
      10,
    );
    const rows = ex.quotes.map((q) => [
      q.id,
      String(q.context.paragraph),
      q.type,
      speakerLabel(q.speaker) ?? '—',
      q.cue?.text ?? '',
      q.type === 'direct' ? `“${q.text}”` : q.text,
    ]);
    out += renderTable(columns, rows);
  }
  for (const w of ex.warnings) out += wrap(visible(`warning: ${w.code} at ${w.start}: ${w.message}`), width).join('\n') + '\n';
  return out;
}
