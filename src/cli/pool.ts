// Extraction on worker threads: `--workers N`, and the executable's one thread with
// `--workers 1`, so the main thread is always free to see Ctrl-C and to write output while
// a long document is extracted. Results are handed back in input order.
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractOptions } from '../types.js';

interface Pending {
  resolve: (ex: Extraction) => void;
  reject: (err: Error) => void;
  slot: Slot;
}

interface Slot {
  worker: Worker;
  busy: number;
}

// In the package the worker is worker.js. Run from the TypeScript source (tests, development,
// under tsx) it is worker.ts, and the thread must register tsx's loader itself: a worker
// does not inherit it.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);

/** A fresh extraction thread (worker.ts; also used by the mapper's time limit, mapper-limit.ts). */
export function startWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true });
}

export class ExtractPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private closed = false;

  constructor(size: number, private readonly options: ExtractOptions) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: startWorker(), busy: 0 };
      this.attach(slot);
      return slot;
    });
  }

  /**
   * A worker that dies (out of memory on one document, a crash) fails only the documents it
   * was given, and is replaced: the documents after it still run.
   */
  private attach(slot: Slot): void {
    const worker = slot.worker;
    worker.on('message', (m: { seq: number; extraction?: Extraction; error?: string }) => {
      const p = this.pending.get(m.seq);
      if (!p) return;
      this.pending.delete(m.seq);
      p.slot.busy--;
      if (m.extraction) p.resolve(m.extraction);
      else p.reject(new Error(m.error ?? 'worker failed'));
    });
    const fail = (err: Error): void => {
      if (slot.worker !== worker) return;
      this.failAll(slot, err);
      if (this.closed) return;
      slot.worker = startWorker();
      slot.busy = 0;
      this.attach(slot);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the extraction thread stopped (exit ${code})`)));
  }

  /** Extracts `text` on the least busy worker. */
  extract(text: string): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('interrupted'));
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = this.seq++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, slot });
      slot.worker.postMessage({ seq, text, options: this.options });
    });
  }

  private failAll(slot: Slot, err: Error): void {
    for (const [seq, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(seq);
      p.reject(err);
    }
  }

  /** Stops every thread at once, even in the middle of a document (whose promise rejects). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    for (const s of this.slots) this.failAll(s, new Error('interrupted'));
  }
}

/**
 * Maps `source` through `fn` with up to `concurrency` calls in flight and yields the
 * results in source order (a slow document holds back the ones after it, never reorders).
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  concurrency: number,
): AsyncGenerator<{ item: T; result: R } | { item: T; error: Error }> {
  type Settled = { item: T; result: R } | { item: T; error: Error };
  const queue: Promise<Settled>[] = [];
  const it = source[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      while (!done && queue.length < concurrency) {
        const next = await it.next();
        if (next.done) {
          done = true;
          break;
        }
        const item = next.value;
        queue.push(fn(item).then((result) => ({ item, result }), (error: Error) => ({ item, error })));
      }
      const head = queue.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!done) await it.return?.();
  }
}
