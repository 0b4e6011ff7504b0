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
  /**
   * Extract on a worker thread even with `--workers 1`, so that the main thread always sees
   * Ctrl-C (the executable sets it; in-process tests leave it off: a thread costs start-up time).
   */
  threads?: boolean;
}

/**
 * Usage errors exit 2, input problems 1, output that could not be written 74 (EX_IOERR of
 * sysexits.h: a full disk, a device error), an interrupted run 130 (128 + SIGINT).
 */
export const EXIT = { ok: 0, inputProblem: 1, usage: 2, outputFailed: 74, interrupted: 130 } as const;

/**
 * Writes `chunk` with one `write` call (so a line is never split between writes) and waits
 * for the stream to drain when it asks to, so a long run never buffers its whole output.
 */
export async function writeWhole(stream: Writable, chunk: string): Promise<void> {
  if (chunk === '' || stream.destroyed) return;
  if (!stream.write(chunk)) await drainedOrGone(stream);
}

/**
 * Resolves once everything written so far has left the stream's buffer (or failed), and a
 * turn later, so that a write error has been emitted by then.
 */
export async function flushed(stream: Writable): Promise<void> {
  if (!stream.destroyed && stream.writableLength > 0) {
    await drainedOrGone(stream);
  }
  await new Promise((resolve) => setImmediate(resolve));
}

export interface StdoutWatch {
  /** Stop writing: the reader went away (a closed pipe) or a write failed. */
  stopped(): boolean;
  /** A write failure other than a closed pipe (a full disk, an I/O error), else null. */
  failure(): Error | null;
  dispose(): void;
}

/**
 * Watches stdout for write errors. A closed pipe (`| head`, EPIPE) ends the run quietly: the
 * reader has all it wanted. Any other error (ENOSPC on a full disk, EIO, EFBIG) is data lost:
 * the run stops, says so on stderr and exits {@link EXIT.outputFailed}.
 */
export function watchStdout(stdout: Writable): StdoutWatch {
  let stopped = false;
  let failure: Error | null = null;
  const onError = (err: Error & { code?: string }): void => {
    stopped = true;
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED' && failure === null) failure = err;
  };
  stdout.on('error', onError);
  return { stopped: () => stopped || stdout.destroyed, failure: () => failure, dispose: () => stdout.off('error', onError) };
}

export function outputFailureMessage(err: Error & { code?: string }): string {
  const what: Record<string, string> = { ENOSPC: 'no space left on the device', EIO: 'an input/output error', EFBIG: 'the file is too large', EDQUOT: 'the disk quota is exceeded' };
  const why = err.code ? `${err.code}: ${what[err.code] ?? err.message}` : err.message;
  return `quotewise: cannot write the output (${why}); what was written is incomplete`;
}

/** Resolves at the stream's next 'drain', 'close' or 'error', whichever comes first. */
function drainedOrGone(stream: Writable): Promise<void> {
  return new Promise<void>((resolve) => {
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
