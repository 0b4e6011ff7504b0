// `quotewise/queue`: quotewise on a Redis work queue (BullMQ), for archives and feeds larger
// than one machine. Node only; needs the optional peer dependencies `bullmq` and `ioredis`.
export { Queue } from 'bullmq';
export { connectRedis, openQueue } from './connection.js';
export { DEFAULT_JOB_OPTIONS, enqueueArticle, enqueueArticles } from './enqueue.js';
export type { EnqueueOptions, EnqueueResult } from './enqueue.js';
export { chunkJobId, DEFAULT_QUEUE, JOB_NAME } from './jobs.js';
export type { ChunkJobData, QueueArticle } from './jobs.js';
export { jsonlPartSink, partFileName } from './sink.js';
export type { Sink } from './sink.js';
export { isIdle, queueStatus } from './status.js';
export type { FailedJob, QueueStatus } from './status.js';
export { createQuoteWorker, processChunk } from './worker.js';
export type { ChunkResult, QuoteWorkerOptions, ResultRecord } from './worker.js';
export { collectParts } from './collect.js';
