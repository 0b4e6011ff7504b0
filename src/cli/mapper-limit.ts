// How the mapper runs its records: in this thread, or on the extraction threads of pool.ts.
// With a per-record time limit every record runs on a thread, so that one past the limit can be
// abandoned (its thread is terminated and replaced) and gives an error line, not a stuck task.
import { extract } from '../extract.js';
import type { Extraction, ExtractOptions } from '../types.js';
import { ExtractPool } from './pool.js';

export { RecordTimeout } from './pool.js';

export interface RecordExtractor {
  /** Rejects with a RecordTimeout when the record's time limit passes. */
  extract(text: string): Promise<Extraction>;
  close(): Promise<void>;
  /** Records to keep in flight: one per thread, so that a record's clock is its own. */
  inFlight: number;
}

export function createRecordExtractor(options: ExtractOptions, workers: number, timeoutSeconds: number | null): RecordExtractor {
  if (timeoutSeconds !== null || workers > 1) {
    const pool = new ExtractPool(workers, options);
    const limit = timeoutSeconds === null ? undefined : timeoutSeconds * 1000;
    return {
      extract: (text) => pool.extract(text, limit),
      close: () => pool.close(),
      inFlight: timeoutSeconds === null ? workers * 2 : workers,
    };
  }
  return {
    extract: async (text) => {
      await new Promise((resolve) => setImmediate(resolve)); // lets Ctrl-C and stdout drain be seen
      return extract(text, options);
    },
    close: async () => {},
    inFlight: 1,
  };
}
