// Extraction on worker threads: `--workers N`, and the executable's one thread with
// `--workers 1`, so the main thread is always free to see Ctrl-C and to write output while
// a long document is extracted. Results are handed back in input order.
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractOptions } from '../types.js';

interface Pending {
  resolve: (ex: Extraction) => void;
  reject: (err: Error) => void;
  slot: Slot;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  busy: number;
  /** Has answered its warm-up document: loading the model never counts against a time limit. */
  ready: boolean;
  whenReady: (() => void)[];
}

/** A document abandoned by `extract(text, limitMs)`. */
export class RecordTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`extraction took longer than ${seconds} s`);
  }
}

const WARM_UP = -1;

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
      const slot: Slot = { worker: startWorker(), busy: 0, ready: false, whenReady: [] };
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
      if (m.seq === WARM_UP) {
        slot.ready = true;
        for (const fn of slot.whenReady.splice(0)) fn();
        return;
      }
      const p = this.pending.get(m.seq);
      if (!p) return;
      this.pending.delete(m.seq);
      clearTimeout(p.timer);
      p.slot.busy--;
      if (m.extraction) p.resolve(m.extraction);
      else p.reject(new Error(m.error ?? 'worker failed'));
    });
    const fail = (err: Error): void => {
      if (slot.worker === worker) this.replace(slot, err);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the extraction thread stopped (exit ${code})`)));
    // A sentence with words: wink-nlp's model is loaded on the first text that has any.
    worker.postMessage({ seq: WARM_UP, text: 'Warm-up, she said.', options: this.options });
  }

  /** Fails the documents given to the slot's thread and gives the slot a fresh thread. */
  private replace(slot: Slot, err: Error): void {
    this.failAll(slot, err);
    if (this.closed) return;
    const old = slot.worker;
    slot.worker = startWorker();
    slot.busy = 0;
    slot.ready = false;
    slot.whenReady = [];
    this.attach(slot);
    void old.terminate();
  }

  /**
   * Extracts `text` on the least busy worker. With `limitMs` (the mapper's --record-timeout),
   * a document still running after that long is abandoned: the promise rejects with a
   * RecordTimeout and its thread is terminated and replaced. The clock starts once the thread
   * is ready, so keep at most one such document per thread in flight.
   */
  extract(text: string, limitMs?: number): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('interrupted'));
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = this.seq++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      const p: Pending = { resolve, reject, slot };
      this.pending.set(seq, p);
      slot.worker.postMessage({ seq, text, options: this.options });
      if (limitMs === undefined) return;
      const arm = (): void => {
        if (!this.pending.has(seq)) return;
        p.timer = setTimeout(() => {
          if (!this.pending.delete(seq)) return;
          reject(new RecordTimeout(limitMs / 1000));
          this.replace(slot, new Error('the extraction thread was stopped (another document ran past its time limit)'));
        }, limitMs);
      };
      if (slot.ready) arm();
      else slot.whenReady.push(arm);
    });
  }

  private failAll(slot: Slot, err: Error): void {
    for (const [seq, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(seq);
      clearTimeout(p.timer);
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
