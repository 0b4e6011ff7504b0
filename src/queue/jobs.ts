// What a queue job carries and how it is named. A job is a chunk of articles (one article for a
// live feed); its id comes from the article ids, so enqueueing the same archive again adds
// nothing (BullMQ ignores a job whose id it already holds).
import { createHash } from 'node:crypto';

/** One article to extract: the id every result carries, and the text. */
export interface QueueArticle {
  id: string;
  text: string;
}

export interface ChunkJobData {
  /** Orders the results: the chunk index of an archive, or the enqueue time of a feed article. */
  seq: number;
  /** Where the articles came from (a file name, "feed"), for messages. */
  source: string;
  articles: QueueArticle[];
}

export const JOB_NAME = 'extract';
export const DEFAULT_QUEUE = 'quotewise';

/**
 * BullMQ job ids may not contain ':' nor be whole numbers, and article ids may be either, so the
 * id is a hash of the chunk's article ids (for one article: of its id alone).
 */
export function chunkJobId(articles: readonly QueueArticle[]): string {
  const h = createHash('sha256');
  for (const a of articles) h.update(a.id).update('\n');
  return `qw-${h.digest('hex').slice(0, 32)}`;
}

/** Width of the zero-padded `seq` in part file names: enough for a millisecond timestamp. */
export const SEQ_WIDTH = 13;
