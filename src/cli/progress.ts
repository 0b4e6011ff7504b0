// A progress line on stderr for long batches on a terminal; silent when stderr is not a TTY.
import type { OutStream } from './io.js';

export interface Progress {
  tick(label: string): void;
  done(): void;
}

/** Nothing is drawn for the first few documents: a single article needs no progress bar. */
const SHOW_AFTER = 3;
const WIDTH = 24;

export function createProgress(stream: OutStream, enabled: boolean, total: number | null): Progress {
  if (!enabled || !stream.isTTY) return { tick: () => {}, done: () => {} };
  let count = 0;
  let shown = false;
  let last = 0;
  const columns = Math.max(40, stream.columns ?? 80);
  return {
    tick(label) {
      count++;
      if (count <= SHOW_AFTER) return;
      const now = Date.now();
      if (shown && now - last < 100 && count !== total) return;
      last = now;
      shown = true;
      let line: string;
      if (total !== null && total > 0) {
        const filled = Math.round((WIDTH * Math.min(count, total)) / total);
        line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} ${label}`;
      } else {
        line = `${count} documents · ${label}`;
      }
      stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
