// A progress line on stderr for long batches on a terminal; silent when stderr is not a TTY.
// The line is redrawn in place (`\r`, erase line), so it must never be longer than the
// terminal is wide: a wrapped line leaves its first part behind as a stale line. It is cut to
// the terminal's width as the terminal measures it (wide characters, emoji). When stdout is the
// same terminal (a table being printed), the line is erased before each write to stdout and
// drawn again after it, so output never lands after a half-drawn progress line.
import type { OutStream } from './io.js';
import { truncate } from './table.js';

export interface Progress {
  /** One more document done; redraws the line (at most every 100 ms, always after clear()). */
  tick(label: string): void;
  /** Erases the line before something else is written to the terminal. */
  clear(): void;
  /** Erases the line for good. */
  done(): void;
}

/** Nothing is drawn for the first few documents: a single article needs no progress bar. */
const SHOW_AFTER = 3;
const WIDTH = 24;
const ERASE = '\r\x1b[2K';

export function createProgress(stream: OutStream, enabled: boolean, total: number | null): Progress {
  if (!enabled || !stream.isTTY) return { tick: () => {}, clear: () => {}, done: () => {} };
  let count = 0;
  let shown = false; // the line is on the screen now
  let last = 0;
  return {
    tick(label) {
      count++;
      if (count <= SHOW_AFTER) return;
      const now = Date.now();
      if (shown && now - last < 100 && count !== total) return;
      last = now;
      let line: string;
      if (total !== null && total > 0) {
        const filled = Math.round((WIDTH * Math.min(count, total)) / total);
        line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} ${label}`;
      } else {
        line = `${count} documents · ${label}`;
      }
      // Read the width at each draw: the terminal may have been resized.
      const columns = Math.max(20, stream.columns ?? 80);
      stream.write(`${ERASE}${truncate(line, columns - 1)}`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      stream.write(ERASE);
      shown = false;
    },
    done() {
      if (shown) stream.write(ERASE);
      shown = false;
    },
  };
}
