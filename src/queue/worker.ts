// A queue worker: takes chunk jobs, extracts each article, hands the chunk's results to a sink.
// Delivery is at least once: a job whose worker dies is handed to another worker once its lock
// expires, so a sink must tolerate a chunk twice (the part-file sink rewrites the same file).
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import { extract } from '../extract.js';
import type { Extraction, ExtractOptions } from '../types.js';
import { DEFAULT_QUEUE, type ChunkJobData } from './jobs.js';

/** One article's result: the JSON line of `quotewise extract`, or why it has none. */
export type ResultRecord =
  | { id: string; quotes: Extraction['quotes']; speakers: Extraction['speakers']; warnings: Extraction['warnings'] }
  | { id: string; error: { code: 'extraction-failed'; message: string } };

/** Where a worker puts each chunk's results (sink.ts: JSONL part files). */
export type Sink = (result: ChunkResult) => Promise<void>;

export interface ChunkResult {
  jobId: string;
  seq: number;
  source: string;
  /** In the chunk's order. */
  records: ResultRecord[];
}

export interface QuoteWorkerOptions {
  connection: ConnectionOptions;
  sink: Sink;
  /** Default "quotewise". */
  queueName?: string;
  /** Jobs run at once by this worker. Default 1 (extraction is synchronous; run a worker per core, or pass `extractor`). */
  concurrency?: number;
  extractOptions?: ExtractOptions;
  /** Extraction off this thread (worker threads); default extract() in this thread. */
  extractor?: (text: string) => Promise<Extraction>;
  /** How long a job stays locked to a worker that stopped answering, in ms (BullMQ lockDuration; also the stalled-job check interval). Default 30000. */
  lockDuration?: number;
  /** How often a job may be found stalled (its worker gone) before it fails. Default 2. */
  maxStalledCount?: number;
}

/** The results of one chunk; an article whose extraction throws gets an error record (retrying would not help). */
export async function processChunk(
  data: ChunkJobData,
  jobId: string,
  extractOne: (text: string) => Promise<Extraction>,
): Promise<ChunkResult> {
  const records: ResultRecord[] = [];
  for (const a of data.articles) {
    try {
      const ex = await extractOne(a.text);
      records.push({ id: a.id, quotes: ex.quotes, speakers: ex.speakers, warnings: ex.warnings });
    } catch (err) {
      records.push({ id: a.id, error: { code: 'extraction-failed', message: err instanceof Error ? err.message : String(err) } });
    }
  }
  return { jobId, seq: data.seq, source: data.source, records };
}

/** Starts a BullMQ worker on the quotewise queue; `await worker.close()` stops it after the jobs in hand. */
export function createQuoteWorker(o: QuoteWorkerOptions): Worker<ChunkJobData, { articles: number }> {
  const options = o.extractOptions ?? {};
  const extractOne =
    o.extractor ??
    (async (text: string) => {
      // Between articles the event loop turns, so BullMQ can renew the job's lock in time.
      await nextTurn();
      return extract(text, options);
    });
  const lockDuration = o.lockDuration ?? 30_000;
  return new Worker<ChunkJobData, { articles: number }>(
    o.queueName ?? DEFAULT_QUEUE,
    async (job: Job<ChunkJobData>) => {
      const result = await processChunk(job.data, job.id!, extractOne);
      await o.sink(result);
      return { articles: result.records.length };
    },
    {
      connection: o.connection,
      concurrency: o.concurrency ?? 1,
      lockDuration,
      stalledInterval: lockDuration,
      maxStalledCount: o.maxStalledCount ?? 2,
    },
  );
}
