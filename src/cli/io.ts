// What a CLI run reads and writes, passed in so that tests can run it in-process.
import type { Readable, Writable } from 'node:stream';

export interface OutStream extends Writable {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

export interface CliIo {
  stdin: Readable & { isTTY?: boolean | undefined };
  stdout: OutStream;
  stderr: OutStream;
  /** Relative paths are read from here; default `process.cwd()`. Ids keep the paths as given. */
  cwd?: string;
}

/** Usage errors exit 2, input problems 1, an interrupted run 130 (128 + SIGINT). */
export const EXIT = { ok: 0, inputProblem: 1, usage: 2, interrupted: 130 } as const;

/**
 * Writes `chunk` with one `write` call (so a line is never split between writes) and waits
 * for the stream to drain when it asks to, so a long run never buffers its whole output.
 */
export async function writeWhole(stream: Writable, chunk: string): Promise<void> {
  if (chunk === '' || stream.destroyed) return;
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
  }
}
