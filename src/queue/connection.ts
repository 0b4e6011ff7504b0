// Redis connections for BullMQ. Made here from a URL with ioredis (BullMQ's ESM build cannot
// load ioredis by itself), and closed by whoever made them.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

export type RedisConnection = Redis;

/**
 * A connection to `url` (`redis://[user:password@]host:port[/db]`, `rediss://` for TLS). BullMQ
 * needs `maxRetriesPerRequest: null` for workers: a blocked wait must never time out into an error.
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** The quotewise queue on `connection` (default name "quotewise"). */
export function openQueue(connection: Redis, name = 'quotewise'): Queue {
  return new Queue(name, { connection });
}
