// Where a worker puts results: JSONL part files written atomically, or a callback.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEQ_WIDTH } from './jobs.js';
// Sink is defined with the worker that calls it (worker.ts imports nothing from here: no import cycle).
import type { ChunkResult, Sink } from './worker.js';
export type { Sink };

/** `part-<seq>-<job id>.jsonl`: sorting the names sorts the results into enqueue order. */
export function partFileName(result: Pick<ChunkResult, 'seq' | 'jobId'>): string {
  return `part-${String(result.seq).padStart(SEQ_WIDTH, '0')}-${result.jobId}.jsonl`;
}

/**
 * One part file per job in `dir`, one JSON line per article (the lines of `quotewise extract`).
 * Written to a hidden temporary file and renamed, so a reader never sees half a part and a
 * worker killed mid-write leaves no part; a job done twice (at-least-once) writes the same file again.
 */
export function jsonlPartSink(dir: string): Sink {
  let made = false;
  return async (result) => {
    if (!made) {
      await mkdir(dir, { recursive: true });
      made = true;
    }
    const name = partFileName(result);
    const tmp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(tmp, result.records.map((r) => JSON.stringify(r) + '\n').join(''));
      await rename(tmp, join(dir, name));
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  };
}
