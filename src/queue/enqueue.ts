// Adding work: an archive in chunks, or one article at a time (a live feed).
import type { JobsOptions, Queue } from 'bullmq';
import { chunkJobId, JOB_NAME, type ChunkJobData, type QueueArticle } from './jobs.js';

/** Retries with exponential backoff (1 s, 2 s, 4 s, …); finished jobs are kept so that a repeat enqueue stays a no-op. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: false,
  removeOnFail: false,
};

export interface EnqueueOptions {
  /** Articles per job. Default 50: a job is then some 100 kB of text, never megabytes. */
  chunkSize?: number;
  /** `seq` of the first chunk (results are ordered by it). Default 0. */
  firstSeq?: number;
  /** Named in job data, for messages. Default "archive". */
  source?: string;
  /** BullMQ job options, over DEFAULT_JOB_OPTIONS. */
  jobOptions?: JobsOptions;
}

export interface EnqueueResult {
  articles: number;
  jobs: number;
  /** Jobs that were not in the queue before (the others were already there: not added again). */
  added: number;
}

async function totalJobs(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts();
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Enqueues `articles` in chunks of `chunkSize`, in order; `seq` counts the chunks. */
export async function enqueueArticles(
  queue: Queue,
  articles: AsyncIterable<QueueArticle> | Iterable<QueueArticle>,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const size = options.chunkSize ?? 50;
  if (!Number.isInteger(size) || size < 1) throw new RangeError('chunkSize must be a positive whole number');
  const opts = { ...DEFAULT_JOB_OPTIONS, ...options.jobOptions };
  const source = options.source ?? 'archive';
  let seq = options.firstSeq ?? 0;
  const before = await totalJobs(queue);
  const result: EnqueueResult = { articles: 0, jobs: 0, added: 0 };
  let batch: { name: string; data: ChunkJobData; opts: JobsOptions }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length) await queue.addBulk(batch);
    batch = [];
  };
  let chunk: QueueArticle[] = [];
  const close = async (): Promise<void> => {
    if (chunk.length === 0) return;
    batch.push({ name: JOB_NAME, data: { seq: seq++, source, articles: chunk }, opts: { ...opts, jobId: chunkJobId(chunk) } });
    result.jobs++;
    chunk = [];
    if (batch.length >= 20) await flush();
  };
  for await (const a of articles) {
    chunk.push({ id: a.id, text: a.text });
    result.articles++;
    if (chunk.length >= size) await close();
  }
  await close();
  await flush();
  result.added = (await totalJobs(queue)) - before;
  return result;
}

/** Enqueues one article as its own job (a live feed); `seq` is the enqueue time, so results sort by arrival. */
export async function enqueueArticle(queue: Queue, article: QueueArticle, options: Pick<EnqueueOptions, 'source' | 'jobOptions'> = {}): Promise<boolean> {
  const r = await enqueueArticles(queue, [article], { chunkSize: 1, firstSeq: Date.now(), source: options.source ?? 'feed', ...(options.jobOptions ? { jobOptions: options.jobOptions } : {}) });
  return r.added > 0;
}
