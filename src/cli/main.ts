#!/usr/bin/env node
// The `quotewise` executable. Ctrl-C stops the run (extraction runs on a worker thread, so
// the main thread sees it even during a long document); every line already printed stays
// whole. A second Ctrl-C exits at once.
import { run } from './run.js';
import { visible } from './terminal.js';

const controller = new AbortController();
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
});

const io = {
  // Created on first use: a run that reads no stdin never touches it.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  threads: true,
};
// A failed write to stderr (closed, full) has nowhere to be reported: it must not crash the run.
process.stderr.on('error', () => {});

run(process.argv.slice(2), io, controller.signal).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(visible(`quotewise: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, true));
    process.exitCode = 1;
  },
);
