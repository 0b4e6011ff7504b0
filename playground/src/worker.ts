// The extraction worker: loads the library (and with it wink-nlp's language model) once,
// warms it up, says it is ready, then answers extract and audit requests in order.
import { audit, extract } from '../../src/index.js';
import type { Extraction, ExtractOptions } from '../../src/index.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

// Typed here rather than with the WebWorker lib, which cannot share a program with the DOM lib.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
const post = (message: WorkerResponse): void => scope.postMessage(message);

// Audits of one article reuse its extraction instead of reading the article again per claim.
let last: { text: string; options: string; extraction: Extraction } | null = null;

function extractCached(text: string, options: ExtractOptions | undefined): Extraction {
  const key = JSON.stringify(options ?? {});
  if (last?.text !== text || last.options !== key) last = { text, options: key, extraction: extract(text, options) };
  return last.extraction;
}

scope.onmessage = (event) => {
  const req = event.data;
  const t0 = performance.now();
  try {
    switch (req.kind) {
      case 'extract':
        post({ kind: 'extract', id: req.id, extraction: extractCached(req.text, req.options), ms: performance.now() - t0 });
        break;
      case 'audit': {
        const extraction = extractCached(req.text, req.options);
        post({ kind: 'audit', id: req.id, result: audit(req.text, req.claim, { extraction }), ms: performance.now() - t0 });
        break;
      }
      case 'extract-json':
        post({ kind: 'extract-json', id: req.id, json: JSON.stringify(extract(req.text)) });
        break;
    }
  } catch (error) {
    post({ kind: 'error', id: req.id, message: error instanceof Error ? error.message : String(error) });
  }
};

// The first call builds wink-nlp's instance from the model (the slow part of a cold start):
// do it now, while the page shows "loading", not on the reader's first click.
{
  const t0 = performance.now();
  try {
    extract('Warm-up sentence, the page said.');
    post({ kind: 'ready', ms: performance.now() - t0 });
  } catch (error) {
    post({ kind: 'error', id: null, message: error instanceof Error ? error.message : String(error) });
  }
}
