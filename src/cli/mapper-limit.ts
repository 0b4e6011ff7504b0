// The mapper's per-record time limit. A record that runs past the limit must give an error
// line instead of a stuck Spark/Hadoop task, so its extraction has to be abandonable: it runs
// on a worker thread that is terminated (and replaced) when the limit passes. Behind a small
// interface so that the mapper does not care which pool runs the records.
import type { Worker } from 'node:worker_threads';
import { extract } from '../extract.js';
import type { Extraction, ExtractOptions } from '../types.js';
import { ExtractPool, startWorker } from './pool.js';

export interface RecordExtractor {
  /** Rejects with a RecordTimeout when the record's time limit passes. */
  extract(text: string): Promise<Extraction>;
  close(): Promise<void>;
}

export class RecordTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`extraction took longer than ${seconds} s`);
  }
}

/**
 * No time limit: in this thread (workers = 1) or on the `--workers` pool. With a limit: on
 * `workers` threads that run one record each at a time.
 */
export function createRecordExtractor(options: ExtractOptions, workers: number, timeoutSeconds: number | null): RecordExtractor {
  if (timeoutSeconds !== null) return new TimedExtractor(options, workers, timeoutSeconds);
  if (workers > 1) return new ExtractPool(workers, options);
  return {
    extract: async (text) => {
      await new Promise((resolve) => setImmediate(resolve)); // lets Ctrl-C and stdout drain be seen
      return extract(text, options);
    },
    close: async () => {},
  };
}

const WARM_UP = -1;

interface Task {
  text: string;
  resolve: (ex: Extraction) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Has answered its warm-up record: loading the model never counts against a record's limit. */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/** Worker threads running one record each; one that overruns is terminated and replaced. */
class TimedExtractor implements RecordExtractor {
  private readonly slots: Slot[];
  private readonly waiting: Task[] = [];
  private closed = false;

  constructor(
    private readonly options: ExtractOptions,
    size: number,
    private readonly seconds: number,
  ) {
    this.slots = Array.from({ length: size }, () => this.fresh({ worker: null as unknown as Worker, ready: false, task: null, timer: null }));
  }

  private fresh(slot: Slot): Slot {
    const worker = startWorker();
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (m: { seq: number; extraction?: Extraction; error?: string }) => {
      if (slot.worker !== worker) return;
      if (m.seq === WARM_UP) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const task = this.finish(slot);
      if (!task) return;
      if (m.extraction) task.resolve(m.extraction);
      else task.reject(new Error(m.error ?? 'worker failed'));
    });
    worker.on('error', (err) => {
      if (slot.worker !== worker) return;
      if (!slot.ready) {
        // A thread that cannot even start would be restarted forever: give up instead.
        this.closed = true;
        for (const task of this.waiting.splice(0)) task.reject(err);
        return;
      }
      this.finish(slot)?.reject(err);
      this.restart(slot);
    });
    worker.postMessage({ seq: WARM_UP, text: '', options: this.options });
    return slot;
  }

  private finish(slot: Slot): Task | null {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    queueMicrotask(() => this.dispatch());
    return task;
  }

  private restart(slot: Slot): void {
    const old = slot.worker;
    void old.terminate();
    if (!this.closed) this.fresh(slot);
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || this.waiting.length === 0) continue;
      const task = this.waiting.shift()!;
      slot.task = task;
      // The clock starts when a thread takes the record, so queueing never counts against it.
      slot.timer = setTimeout(() => {
        this.finish(slot);
        this.restart(slot);
        task.reject(new RecordTimeout(this.seconds));
      }, this.seconds * 1000);
      slot.worker.postMessage({ seq: 0, text: task.text, options: this.options });
    }
  }

  extract(text: string): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('the extraction threads could not start'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ text, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) if (slot.timer) clearTimeout(slot.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
