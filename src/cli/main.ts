#!/usr/bin/env node
// The `quotewise` executable. Ctrl-C stops after the document being written, so every
// line already printed stays whole; a second Ctrl-C exits at once.
import { run } from './run.js';

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
};

run(process.argv.slice(2), io, controller.signal).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`quotewise: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  },
);
