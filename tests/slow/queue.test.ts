// The Redis work queue with a real redis-server (started here, stopped by PID): 320 articles
// enqueued in chunks, two worker processes, one SIGKILLed after it has completed some jobs.
// Every article is collected, the collected output equals a plain CLI run, no job failed, and
// enqueueing again adds nothing. Then, in-process: retries and the failed-job list.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectRedis, createQuoteWorker, enqueueArticles, openQueue, queueStatus, type ChunkResult } from '../../src/queue/index.js';
import { ROOT, spawnCli } from '../cli-helpers.js';
import { archiveRecords, toJsonl } from '../support/archive.js';
import { hasRedisServer, startRedis, type TestRedis } from '../../scripts/redis-server.js';

const HAS_REDIS = hasRedisServer();
// eslint-disable-next-line no-console -- the printed reason for the skip
if (!HAS_REDIS) console.log('queue: redis-server not found: skipping the Redis queue tests (CI installs it)');

function startWorker(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>; onLine: (fn: (line: string) => void) => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const listeners: ((line: string) => void)[] = [];
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    for (const line of c.split('\n')) if (line) for (const fn of listeners) fn(line);
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done, onLine: (fn) => listeners.push(fn) };
}

describe.skipIf(!HAS_REDIS)('quotewise on a Redis queue', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  test('two workers, one SIGKILLed mid-run: every article once, same output as the CLI, no failed job, re-enqueue a no-op', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotewise-queue-'));
    const records = archiveRecords(320);
    const archive = join(dir, 'archive.jsonl');
    writeFileSync(archive, toJsonl(records));
    const out = join(dir, 'out');
    const q = ['--redis', redis.url, '--queue', 'kill-test'];

    const enq = await spawnCli(['enqueue', ...q, '--chunk-size', '10', archive]);
    expect(enq.code).toBe(0);
    expect(enq.stderr).toBe('enqueued 320 articles in 32 jobs (32 new, 0 already in the queue)\n');

    // Short locks so that the killed worker's job goes to the other one within seconds.
    const flags = [...q, '--out', out, '--until-idle', '--lock-seconds', '2', '--verbose'];
    const victim = startWorker(flags);
    const survivor = startWorker(flags);
    let doneByVictim = 0;
    victim.onLine((line) => {
      if (line.startsWith('worker: done ') && ++doneByVictim === 3) victim.child.kill('SIGKILL');
    });
    const killed = await victim.done;
    expect(killed.signal).toBe('SIGKILL');
    const finished = await survivor.done;
    expect(finished.code).toBe(0);
    expect(finished.stderr).not.toContain('failed');

    const status = await spawnCli(['status', ...q, '--json']);
    const s = JSON.parse(status.stdout) as { counts: Record<string, number>; failed: unknown[] };
    expect(s.counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 32, failed: 0 });
    expect(s.failed).toEqual([]);

    expect(readdirSync(out).filter((n) => n.endsWith('.jsonl'))).toHaveLength(32);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]); // no temporary file left behind
    const [collected, plain] = await Promise.all([spawnCli(['collect', out]), spawnCli(['extract', archive])]);
    expect(collected.code).toBe(0);
    const ids = collected.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(ids)).toEqual(new Set(records.map((r) => r.id)));
    expect(collected.stdout).toBe(plain.stdout);

    const again = await spawnCli(['enqueue', ...q, '--chunk-size', '10', archive]);
    expect(again.stderr).toBe('enqueued 320 articles in 32 jobs (0 new, 32 already in the queue)\n');
    const after = JSON.parse((await spawnCli(['status', ...q, '--json'])).stdout) as { counts: Record<string, number> };
    expect(after.counts).toMatchObject({ waiting: 0, completed: 32 });
  });

  test('library: a callback sink; a job whose sink keeps failing is retried, then kept and listed as failed', async () => {
    const connection = connectRedis(redis.url);
    const queue = openQueue(connection, 'retry-test');
    const records = archiveRecords(6, 'lib');
    const r = await enqueueArticles(queue, records, { chunkSize: 2, jobOptions: { attempts: 3, backoff: { type: 'fixed', delay: 50 } } });
    expect(r).toEqual({ articles: 6, jobs: 3, added: 3 });
    const seen: ChunkResult[] = [];
    let attemptsOnSeq1 = 0;
    const worker = createQuoteWorker({
      connection,
      queueName: 'retry-test',
      lockDuration: 5000,
      sink: async (result) => {
        if (result.seq === 1) {
          attemptsOnSeq1++;
          throw new Error('disk full');
        }
        seen.push(result);
      },
    });
    try {
      for (let i = 0; i < 400; i++) {
        const s = await queueStatus(queue);
        if (s.counts.completed + s.counts.failed === 3) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const s = await queueStatus(queue);
      expect(s.counts).toMatchObject({ completed: 2, failed: 1 });
      expect(attemptsOnSeq1).toBe(3);
      expect(s.failed).toEqual([{ id: expect.stringMatching(/^qw-/), source: 'archive', seq: 1, articles: 2, attempts: 3, reason: 'disk full' }]);
      expect(seen.map((c) => c.records.map((x) => x.id)).sort()).toEqual([['lib-0000', 'lib-0001'], ['lib-0004', 'lib-0005']]);
      expect(seen.every((c) => c.records.every((x) => 'quotes' in x))).toBe(true);
    } finally {
      await worker.close();
      await queue.close();
      connection.disconnect();
    }
  });
});
