// `quotewise audit`: claims (one from the command line, or a JSONL / CSV file of them)
// checked against every document of a source, and the results in the chosen format.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { speakerLabel } from '../audit/names.js';
import type { AuditChange, AuditClaim, AuditResult } from '../index.js';
import { reasonOf, type InputProblem } from './inputs.js';
import { csvLine, jsonArrayWriter, type Format } from './output.js';
import { fitColumns, renderTable } from './table.js';

export type AuditFormat = Exclude<Format, 'html'>;
export const AUDIT_FORMATS: readonly AuditFormat[] = ['table', 'jsonl', 'json', 'csv'];

/** Reads claims (`id`, `quote`, `speaker`) from a JSONL or CSV file, streamed; bad rows reported. */
export async function readClaims(path: string, stdin: Readable, onProblem: (p: InputProblem) => void, cwd: string): Promise<AuditClaim[]> {
  const csv = /\.csv$/i.test(path);
  const input = path === '-' ? stdin : createReadStream(resolve(cwd, path), { encoding: 'utf8' });
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
    if (csv) {
      const parser = input.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true }));
      for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
        add(record, info.lines);
      }
    } else {
      let line = 0;
      for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
        line++;
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

export function createAuditWriter(format: AuditFormat, width: number): AuditWriter {
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
        begin: () => csvLine(AUDIT_CSV_COLUMNS),
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
        source: (id) => `${sources++ ? '\n' : ''}${id}\n${renderTable(columns, []).trimEnd()}\n`,
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
