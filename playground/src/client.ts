// The page's side of the worker: one request at a time per id, answered by a promise.
import type { AuditClaim, AuditResult, Extraction, ExtractOptions } from '../../src/index.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

type Pending = { resolve: (value: WorkerResponse) => void; reject: (error: Error) => void };
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface ModelReady {
  /** From creating the worker to its first extract() answered: download, model load, first call. */
  totalMs: number;
  /** The first extract() call alone, inside the worker (wink-nlp builds its model instance). */
  firstCallMs: number;
}

export class ExtractionClient {
  readonly ready: Promise<ModelReady>;
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;

  constructor() {
    const created = performance.now();
    this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.ready = new Promise<ModelReady>((resolve, reject) => {
      this.#worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
        const msg = event.data;
        if (msg.kind === 'ready') {
          resolve({ totalMs: performance.now() - created, firstCallMs: msg.ms });
          return;
        }
        if (msg.kind === 'error' && msg.id === null) {
          reject(new Error(msg.message));
          return;
        }
        if (msg.id === null) return;
        const pending = this.#pending.get(msg.id);
        if (!pending) return;
        this.#pending.delete(msg.id);
        if (msg.kind === 'error') pending.reject(new Error(msg.message));
        else pending.resolve(msg);
      });
      this.#worker.addEventListener('error', (event) => {
        const error = new Error(event.message || 'the extraction worker failed to load');
        reject(error);
        for (const p of this.#pending.values()) p.reject(error);
        this.#pending.clear();
      });
    });
  }

  #send(request: Request): Promise<WorkerResponse> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...request, id });
    });
  }

  async extract(text: string, options?: ExtractOptions): Promise<{ extraction: Extraction; ms: number }> {
    const msg = await this.#send(options ? { kind: 'extract', text, options } : { kind: 'extract', text });
    if (msg.kind !== 'extract') throw new Error(`unexpected answer ${msg.kind}`);
    return { extraction: msg.extraction, ms: msg.ms };
  }

  async audit(text: string, claim: AuditClaim, options?: ExtractOptions): Promise<AuditResult> {
    const msg = await this.#send(options ? { kind: 'audit', text, claim, options } : { kind: 'audit', text, claim });
    if (msg.kind !== 'audit') throw new Error(`unexpected answer ${msg.kind}`);
    return msg.result;
  }

  /** `JSON.stringify(extract(text))` computed in the worker, exactly as the library returns it. */
  async extractJson(text: string): Promise<string> {
    const msg = await this.#send({ kind: 'extract-json', text });
    if (msg.kind !== 'extract-json') throw new Error(`unexpected answer ${msg.kind}`);
    return msg.json;
  }
}
