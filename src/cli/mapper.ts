// `quotewise extract --mapper`: the line-in, line-out contract that Spark's RDD.pipe, Hadoop
// Streaming and GNU parallel need. Every input line gives exactly one output line, in order,
// and nothing else is written to stdout; a bad line gives an error line
// {"id", "error": {"code", "message"}} instead of failing the task; the exit status stays 0.
// So the input may be split anywhere: the outputs of the parts, joined, are the output of the whole.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ExtractOptions } from '../types.js';
import { applyFilter, type QuoteFilter } from './filter.js';
import { parseJsonLine, reasonOf } from './inputs.js';
import { EXIT, writeWhole, type CliIo } from './io.js';
import { createRecordExtractor, RecordTimeout } from './mapper-limit.js';
import { documentRecord } from './output.js';
import { mapOrdered } from './pool.js';

export interface MapperOptions {
  extract: ExtractOptions;
  filter: QuoteFilter;
  workers: number;
  /** Per-record time limit in seconds, or null. */
  recordTimeout: number | null;
  /** Per-record size limit in UTF-8 bytes of the line, or null. */
  maxRecordBytes: number | null;
}

export type MapperErrorCode = 'invalid-json' | 'invalid-record' | 'blank-line' | 'too-large' | 'timeout' | 'extraction-failed';

/** What one input line is, before extraction: a record to extract, or its error line. */
export type MapperLine = { id: string | null; text: string } | { id: string | null; error: { code: MapperErrorCode; message: string } };

// The id of a line too large to parse, when it starts the usual way ({"id": …).
const LEADING_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,1000}"|-?\d{1,30})/;

/**
 * One input line. Hadoop Streaming may hand a line with a trailing tab (its empty value) and
 * Windows files end lines with CR: both are dropped. A record without an id gets id null (a
 * line number would change with the split).
 */
export function readMapperLine(raw: string, maxBytes: number | null): MapperLine {
  const line = raw.replace(/^\uFEFF/, '').replace(/[\t\r]+$/, '');
  if (line.trim() === '') return { id: null, error: { code: 'blank-line', message: 'blank line (expected {"id", "text"})' } };
  if (maxBytes !== null && Buffer.byteLength(line) > maxBytes) {
    const m = LEADING_ID.exec(line);
    let id: string | null = null;
    if (m) {
      try {
        id = String(JSON.parse(m[1]!));
      } catch {
        id = null;
      }
    }
    return { id, error: { code: 'too-large', message: `record is larger than ${maxBytes} bytes` } };
  }
  const parsed = parseJsonLine(line, 2); // 2: the BOM is already gone
  if (parsed === null) return { id: null, error: { code: 'blank-line', message: 'blank line (expected {"id", "text"})' } };
  if ('reason' in parsed) {
    let id: string | null = null;
    try {
      const v = JSON.parse(line) as { id?: unknown };
      if (typeof v.id === 'string' || typeof v.id === 'number') id = String(v.id);
    } catch {
      id = null;
    }
    return { id, error: { code: parsed.reason.startsWith('invalid JSON') ? 'invalid-json' : 'invalid-record', message: parsed.reason } };
  }
  return parsed;
}

async function* inputLines(files: readonly string[], io: CliIo, onProblem: (message: string) => void): AsyncGenerator<string> {
  for (const file of files) {
    let input: Readable;
    if (file === '-') input = io.stdin;
    else {
      input = createReadStream(resolve(io.cwd ?? process.cwd(), file), { encoding: 'utf8' });
    }
    const lines = createInterface({ input, crlfDelay: Infinity });
    try {
      yield* lines;
    } catch (err) {
      onProblem(`${file}: ${reasonOf(err)}`);
    } finally {
      lines.close();
      if (file !== '-') input.destroy();
    }
  }
}

export async function runMapper(files: readonly string[], o: MapperOptions, io: CliIo, signal: AbortSignal | undefined): Promise<number> {
  let problems = 0;
  const onProblem = (message: string): void => {
    problems++;
    io.stderr.write(`${message}\n`);
  };
  const extractor = createRecordExtractor(o.extract, o.workers, o.recordTimeout);
  let broken = false;
  const onError = (): void => {
    broken = true;
  };
  io.stdout.on('error', onError);
  let interrupted = false;
  const lines = (async function* () {
    for await (const raw of inputLines(files, io, onProblem)) yield readMapperLine(raw, o.maxRecordBytes);
  })();
  try {
    const work = (line: MapperLine): Promise<string> => {
      if ('error' in line) return Promise.resolve(JSON.stringify(line) + '\n');
      return extractor.extract(line.text).then(
        (ex) => JSON.stringify(documentRecord({ id: line.id as string, text: line.text, kind: 'jsonl', file: '', line: null, title: null }, applyFilter(ex, o.filter))) + '\n',
        (err: unknown) => {
          const error =
            err instanceof RecordTimeout
              ? { code: 'timeout', message: err.message }
              : { code: 'extraction-failed', message: err instanceof Error ? err.message : String(err) };
          return JSON.stringify({ id: line.id, error }) + '\n';
        },
      );
    };
    for await (const r of mapOrdered(lines, work, extractor.inFlight)) {
      // work() never rejects: every failure is already an error line.
      await writeWhole(io.stdout, 'result' in r ? r.result : JSON.stringify({ id: null, error: { code: 'extraction-failed', message: r.error.message } }) + '\n');
      if (broken) break;
      if (signal?.aborted) {
        interrupted = true;
        break;
      }
    }
  } finally {
    io.stdout.off('error', onError);
    await extractor.close();
  }
  if (interrupted) return EXIT.interrupted;
  return problems > 0 ? EXIT.inputProblem : EXIT.ok;
}
