// `quotewise audit`: claims (one from the command line, or a JSONL / CSV file of them)
// checked against every document of a source, and the results in the chosen format.
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { speakerLabel } from '../audit/names.js';
import type { AuditChange, AuditClaim, AuditResult } from '../index.js';
import { linesOf, reasonOf, type InputProblem } from './inputs.js';
import { readInputBytes, sizeText } from './read-bytes.js';
import { csvLine, jsonArrayWriter, UTF8_BOM, type Format } from './output.js';
import { fitColumns, renderTable } from './table.js';
import { visible } from './terminal.js';

export type AuditFormat = Exclude<Format, 'html'>;
export const AUDIT_FORMATS: readonly AuditFormat[] = ['table', 'jsonl', 'json', 'csv'];

/** A claims file is read whole (claims are short): at most this much of it. */
const MAX_CLAIMS_BYTES = 64 * 1024 * 1024;
const CLAIM_COLUMNS = ['id', 'quote', 'speaker'] as const;

/**
 * The field separator of a CSV file, from its header line: the most frequent of `,` `;` and
 * tab outside quoted fields (spreadsheets in many locales save with `;`), `,` when none.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.slice(0, Math.min(text.length, 64 * 1024)).split(/\r?\n/, 1)[0] ?? '';
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  return (Object.entries(counts) as [',' | ';' | '\t', number][]).reduce((a, b) => (b[1] > a[1] ? b : a), [',', 0] as [',' | ';' | '\t', number])[0];
}

/** At most this many malformed rows are reported; the rest of the file is then given up. */
const MAX_BAD_ROWS = 100;

/**
 * Claims from the text of a CSV file: headers matched without regard to case or spaces,
 * `,` `;` or tab separators, a BOM and CRLF line ends accepted. A malformed row (a stray or
 * unclosed quote mark) is reported with its line and skipped, and reading starts again on
 * the line after it: the rows before and after it are kept. Without a `quote` column
 * nothing can be read: one problem names the missing column.
 */
export function parseClaimsCsv(text: string, add: (value: Record<string, unknown>, line: number) => void, problem: (line: number | null, reason: string) => void): void {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  // Line starts, to resume after a bad row.
  const lineStart = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStart.push(i + 1);
  const options = { delimiter, skip_empty_lines: true, relax_column_count: true, info: true } as const;
  let names: string[];
  try {
    names = (parse(body, { ...options, to_line: 1 }) as unknown as { record: string[] }[])[0]?.record.map((h) => String(h).trim().toLowerCase()) ?? [];
  } catch (err) {
    problem(1, `unreadable header (${err instanceof Error ? err.message : String(err)})`);
    return;
  }
  if (!names.includes('quote')) {
    problem(1, `no "quote" column in the header (found: ${names.map((n) => JSON.stringify(n)).join(', ') || 'nothing'}; expected ${CLAIM_COLUMNS.join(', ')}, separated by , ; or tab)`);
    return;
  }
  let line = 2; // 1-based line where parsing (re)starts
  for (let bad = 0; line <= lineStart.length && bad <= MAX_BAD_ROWS; bad++) {
    const base = line - 1;
    let lastEnd = base; // last line of the last good record
    try {
      parse(body.slice(lineStart[line - 1]!), {
        ...options,
        columns: names,
        on_record: ({ record, info }: { record: Record<string, string>; info: { lines: number } }) => {
          lastEnd = base + info.lines;
          add(record, lastEnd);
          return null; // nothing kept by the parser: the records were handed over
        },
      } as never);
      return;
    } catch (err) {
      // The bad record starts on the first non-blank line after the last good one.
      let badLine = lastEnd + 1;
      while (badLine < lineStart.length && body.slice(lineStart[badLine - 1]!, lineStart[badLine]!).trim() === '') badLine++;
      const why = err instanceof Error ? err.message.replace(/ at line \d+/, '').replace(/ instead of .*$/, '') : String(err);
      problem(badLine, `malformed CSV row skipped (${why})`);
      line = badLine + 1;
    }
  }
  if (line <= lineStart.length) problem(line, `more than ${MAX_BAD_ROWS} malformed rows: the rest of the file was not read`);
}

/** Reads claims (`id`, `quote`, `speaker`) from a JSONL or CSV file; bad rows reported, the rest kept. */
export async function readClaims(path: string, stdin: Readable, onProblem: (p: InputProblem) => void, cwd: string): Promise<AuditClaim[]> {
  const csv = /\.(csv|tsv)$/i.test(path);
  const claims: AuditClaim[] = [];
  const add = (value: Record<string, unknown>, line: number): void => {
    const { id, quote, speaker } = value;
    if (typeof quote !== 'string' || quote.trim() === '') {
      onProblem({ file: path, line, reason: 'a claim needs a non-empty "quote"' });
      return;
    }
    if (speaker !== undefined && speaker !== null && typeof speaker !== 'string') {
      onProblem({ file: path, line, reason: '"speaker" must be a string' });
      return;
    }
    const claimId = typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : `${path}:${line}`;
    claims.push({ id: claimId, quote, speaker: typeof speaker === 'string' && speaker !== '' ? speaker : null });
  };
  try {
    const { bytes, truncated } = await readInputBytes(path, resolve(cwd, path), stdin, MAX_CLAIMS_BYTES);
    if (truncated) onProblem({ file: path, line: null, reason: `larger than ${sizeText(MAX_CLAIMS_BYTES)}: only the first ${sizeText(MAX_CLAIMS_BYTES)} were read`, warning: true });
    if (csv) {
      parseClaimsCsv(bytes.toString('utf8'), add, (line, reason) => onProblem({ file: path, line, reason }));
    } else {
      let line = 0;
      for await (const raw of linesOf([bytes], MAX_CLAIMS_BYTES)) {
        line++;
        if (typeof raw !== 'string') continue;
        const src = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
        if (src.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(src);
        } catch (err) {
          onProblem({ file: path, line, reason: `invalid JSON (${err instanceof Error ? err.message : String(err)})` });
          continue;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          onProblem({ file: path, line, reason: 'expected an object {"id", "quote", "speaker"}' });
          continue;
        }
        add(value as Record<string, unknown>, line);
      }
    }
  } catch (err) {
    const line = err && typeof err === 'object' && 'lines' in err && typeof err.lines === 'number' ? err.lines : null;
    onProblem({ file: path, line, reason: reasonOf(err) });
  }
  return claims;
}

/** `[-removed-] {+added+}`, the notation of wdiff. */
export function changesText(changes: readonly AuditChange[]): string {
  return changes.map((c) => (c.type === 'equal' ? c.text : c.type === 'removed' ? `[-${c.text}-]` : `{+${c.text}+}`)).join(' ');
}

export const AUDIT_CSV_COLUMNS = [
  'source', 'id', 'verdict', 'similarity', 'claim', 'claimed_speaker', 'speaker', 'match', 'match_start', 'match_end',
  'quote_ids', 'changes', 'reason',
] as const;

export interface AuditWriter {
  begin(): string;
  source(id: string): string;
  result(source: string, r: AuditResult): string;
  end(): string;
}

export function createAuditWriter(format: AuditFormat, width: number, o: { bom?: boolean } = {}): AuditWriter {
  const record = (source: string, r: AuditResult): Record<string, unknown> => ({ source, ...r });
  switch (format) {
    case 'jsonl':
      return { begin: () => '', source: () => '', result: (s, r) => JSON.stringify(record(s, r)) + '\n', end: () => '' };
    case 'json': {
      const array = jsonArrayWriter();
      return { begin: array.begin, source: () => '', result: (s, r) => array.element(record(s, r)), end: array.end };
    }
    case 'csv':
      return {
        begin: () => (o.bom ? UTF8_BOM : '') + csvLine(AUDIT_CSV_COLUMNS),
        source: () => '',
        result: (s, r) =>
          csvLine([
            s, r.id, r.verdict, r.similarity, r.claim, r.claimedSpeaker, speakerLabel(r.speaker), r.match?.text ?? null,
            r.match?.start ?? null, r.match?.end ?? null, r.match?.quoteIds.join(' ') ?? null, changesText(r.changes), r.reason,
          ]),
        end: () => '',
      };
    case 'table': {
      const columns = fitColumns(
        [
          { header: 'claim', width: 8 },
          { header: 'verdict', width: 13 },
          { header: 'sim', width: 4, align: 'right' },
          { header: 'speaker', width: 14 },
        ],
        { header: 'evidence' },
        width,
      );
      let sources = 0;
      return {
        begin: () => '',
        source: (id) => `${sources++ ? '\n' : ''}${visible(id)}\n${renderTable(columns, []).trimEnd()}\n`,
        result: (_s, r) => {
          const evidence = [`claim: “${r.claim.trim()}”`];
          if (r.match && r.verdict !== 'verbatim') evidence.push(`source: “${r.match.text}”`);
          if (r.changes.length) evidence.push(`diff: ${changesText(r.changes)}`);
          evidence.push(r.reason);
          const row = [r.id ?? '', r.verdict, r.similarity.toFixed(2), speakerLabel(r.speaker) ?? '—', evidence.join('\n')];
          // renderTable's header and rule are printed once per source, above.
          return renderTable(columns, [row]).split('\n').slice(2).join('\n');
        },
        end: () => '',
      };
    }
  }
}
