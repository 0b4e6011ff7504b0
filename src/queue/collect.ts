// Reading results back: the part files of a directory, in enqueue order, each article once.
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Every result line of the part files in `dir`, in part-name order (so in enqueue order), an
 * article id seen before skipped (an article enqueued twice, in two chunks or as a feed article
 * too). The lines are returned as written.
 */
export async function* collectParts(dir: string): AsyncGenerator<string> {
  const names = (await readdir(dir)).filter((n) => n.startsWith('part-') && n.endsWith('.jsonl')).sort();
  const seen = new Set<string>();
  for (const name of names) {
    const lines = createInterface({ input: createReadStream(join(dir, name), { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line === '') continue;
      const { id } = JSON.parse(line) as { id: string };
      if (seen.has(id)) continue;
      seen.add(id);
      yield line;
    }
  }
}
