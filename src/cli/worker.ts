// A worker thread of `--workers N`: runs extract() on the texts it is sent.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract.js';
import type { ExtractOptions } from '../types.js';

export interface JobMessage {
  seq: number;
  text: string;
  options: ExtractOptions;
}

parentPort?.on('message', ({ seq, text, options }: JobMessage) => {
  try {
    parentPort!.postMessage({ seq, extraction: extract(text, options) });
  } catch (err) {
    parentPort!.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
});
