// The queue row of `npm run bench -- --queue`: one synthetic archive through the built CLI with
// `--workers 2`, and through a private redis-server with two `quotewise worker` processes
// (chunks of 50). Both timed from process start to exit, alternating, best of the rounds.
// Enqueueing is timed apart (a feed or an archive is enqueued once, by someone else).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticArticle } from './bench-inputs.js';
import { hasRedisServer, startRedis } from './redis-server.js';

export interface QueueBench {
  articles: number;
  chunkSize: number;
  rounds: number;
  cliSeconds: number[];
  queueSeconds: number[];
  /** CPU seconds (user + system, all threads; both workers added up), when /usr/bin/time is there. */
  cliCpuSeconds: number[];
  queueCpuSeconds: number[];
  enqueueSeconds: number[];
  cliPerSecond: number;
  queuePerSecond: number;
  /** queue articles/s ÷ CLI articles/s (best rounds). */
  ratio: number;
  /** The same by CPU time (steadier on a shared machine), or null. */
  cpuRatio: number | null;
  /** The collected queue output equals the CLI output, byte for byte. */
  sameOutput: boolean;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs node with `args`; its CPU seconds (user + system) when GNU time is there, else NaN. */
function waitExit(args: string[], stdoutFile?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const [cmd, argv] = TIME ? [TIME, ['-f', 'cpu %U %S', process.execPath, ...args]] : [process.execPath, args];
    const child = spawn(cmd, argv, { stdio: ['ignore', stdoutFile ? openSync(stdoutFile, 'w') : 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('error', reject);
    child.on('close', () => {
      const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(err);
      resolve(m ? Number(m[1]) + Number(m[2]) : NaN);
    });
  });
}

export async function queueBench(main: string, articles: number, rounds: number, progress: (s: string) => void): Promise<QueueBench | { skipped: string }> {
  if (!hasRedisServer()) return { skipped: 'redis-server not installed' };
  const dir = mkdtempSync(join(tmpdir(), 'quotewise-bench-queue-'));
  const archive = join(dir, 'archive.jsonl');
  let serial = 0;
  const lines: string[] = [];
  for (let i = 0; i < articles; i++) {
    const a = syntheticArticle(i, serial);
    serial += a.fresh;
    lines.push(JSON.stringify({ id: `q-${i}`, text: a.text }) + '\n');
  }
  writeFileSync(archive, lines.join(''));
  const redis = await startRedis();
  const chunkSize = 50;
  const r: Omit<QueueBench, 'cliPerSecond' | 'queuePerSecond' | 'ratio' | 'cpuRatio' | 'sameOutput'> = {
    articles, chunkSize, rounds, cliSeconds: [], queueSeconds: [], cliCpuSeconds: [], queueCpuSeconds: [], enqueueSeconds: [],
  };
  let sameOutput = true;
  try {
    for (let round = 0; round < rounds; round++) {
      progress(`queue bench round ${round + 1}/${rounds}: CLI --workers 2`);
      const cliOut = join(dir, `cli-${round}.jsonl`);
      let t0 = performance.now();
      r.cliCpuSeconds.push(await waitExit([main, 'extract', '--workers', '2', '--format', 'jsonl', archive], cliOut));
      r.cliSeconds.push((performance.now() - t0) / 1000);

      progress(`queue bench round ${round + 1}/${rounds}: enqueue, then 2 workers`);
      const q = ['--redis', redis.url, '--queue', `bench-${round}`];
      t0 = performance.now();
      await waitExit([main, 'enqueue', ...q, '--chunk-size', String(chunkSize), archive]);
      r.enqueueSeconds.push((performance.now() - t0) / 1000);
      const out = join(dir, `parts-${round}`);
      t0 = performance.now();
      const cpu = await Promise.all([0, 1].map(() => waitExit([main, 'worker', ...q, '--out', out, '--until-idle'])));
      r.queueSeconds.push((performance.now() - t0) / 1000);
      r.queueCpuSeconds.push(cpu[0]! + cpu[1]!);
      const collected = join(dir, `queue-${round}.jsonl`);
      await waitExit([main, 'collect', out], collected);
      sameOutput &&= readFileSync(collected, 'utf8') === readFileSync(cliOut, 'utf8') && readdirSync(out).length === Math.ceil(articles / chunkSize);
    }
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const cliPerSecond = articles / Math.min(...r.cliSeconds);
  const queuePerSecond = articles / Math.min(...r.queueSeconds);
  const cpuRatio = TIME ? Math.min(...r.cliCpuSeconds) / Math.min(...r.queueCpuSeconds) : null;
  return { ...r, cliPerSecond, queuePerSecond, ratio: queuePerSecond / cliPerSecond, cpuRatio, sameOutput };
}

/** For a quick look without the rest of the bench: `tsx scripts/bench-queue.ts [articles] [rounds]`. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const main = 'dist/esm/cli/main.js';
  if (!existsSync(main)) throw new Error('build first: npm run build');
  console.log(await queueBench(main, Number(process.argv[2] ?? 4000), Number(process.argv[3] ?? 2), (s) => process.stderr.write(`${s}\n`)));
}
