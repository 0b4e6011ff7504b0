// `quotewise enqueue | worker | status | collect`: the Redis work queue (quotewise/queue) from
// the command line. bullmq and ioredis are optional peer dependencies, so the queue module is
// loaded only when one of these commands runs, with a plain message when they are missing.
import type { Queue } from 'bullmq';
import { Command, InvalidArgumentError } from 'commander';
import type { ExtractOptions } from '../types.js';
import { EXIT, writeWhole, type CliIo } from './io.js';
import { formatProblem, planInputs, readDocuments, type InputKind } from './inputs.js';

type QueueModule = typeof import('../queue/index.js');

async function loadQueue(io: CliIo): Promise<QueueModule | null> {
  try {
    return await import('../queue/index.js');
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw err;
    io.stderr.write('quotewise: the queue commands need bullmq and ioredis: npm install bullmq ioredis\n');
    return null;
  }
}

const count = (min: number) => (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
  return n;
};

const defaultRedis = (): string => process.env.QUOTEWISE_REDIS ?? 'redis://127.0.0.1:6379';

interface QueueCliOptions {
  redis: string;
  queue: string;
}

function queueOptions(cmd: Command): Command {
  return cmd
    .option('--redis <url>', 'Redis URL (default: $QUOTEWISE_REDIS, else redis://127.0.0.1:6379)', defaultRedis())
    .option('--queue <name>', 'queue name', 'quotewise');
}

/** Opens the queue, runs `fn`, closes the connection whatever happens. */
async function withQueue<T>(q: QueueModule, o: QueueCliOptions, fn: (queue: Queue) => Promise<T>): Promise<T> {
  const connection = q.connectRedis(o.redis);
  const queue = q.openQueue(connection, o.queue);
  try {
    return await fn(queue);
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export function registerQueueCommands(program: Command, io: CliIo, signal: AbortSignal | undefined, setCode: (code: number) => void): void {
  queueOptions(
    program
      .command('enqueue')
      .description('Add articles to the Redis queue, in chunks: .jsonl archives, .txt/.html files, folders, or stdin (-). Enqueueing the same articles again adds nothing.')
      .argument('[files...]', 'inputs; none or - reads stdin'),
  )
    .option('--input <kind>', 'read every input as this kind (txt, html, jsonl) instead of going by its extension')
    .option('--chunk-size <n>', 'articles per job', count(1), 50)
    .option('--first-seq <n>', 'number of the first chunk (results are collected in this order)', count(0), 0)
    .action(async (files: string[], o: QueueCliOptions & { input?: InputKind; chunkSize: number; firstSeq: number }) => {
      const q = await loadQueue(io);
      if (!q) return setCode(EXIT.inputProblem);
      let problems = 0;
      const report = (p: Parameters<typeof formatProblem>[0]): void => {
        problems++;
        io.stderr.write(`${formatProblem(p)}\n`);
      };
      const paths = files.length ? files : ['-'];
      const inputs = await planInputs(paths, o.input ?? null, report, io.cwd ?? process.cwd());
      const articles = (async function* () {
        for await (const d of readDocuments(inputs, io.stdin, report)) yield { id: d.id, text: d.text };
      })();
      const r = await withQueue(q, o, (queue) =>
        q.enqueueArticles(queue, articles, { chunkSize: o.chunkSize, firstSeq: o.firstSeq, source: paths.join(' ') }),
      );
      io.stderr.write(`enqueued ${r.articles} articles in ${r.jobs} jobs (${r.added} new, ${r.jobs - r.added} already in the queue)\n`);
      setCode(problems ? EXIT.inputProblem : EXIT.ok);
    });

  queueOptions(
    program
      .command('worker')
      .description('Take jobs from the Redis queue and write their results as JSONL part files into DIR (one worker process per core). Stops on Ctrl-C or SIGTERM after the jobs in hand.')
      .requiredOption('--out <dir>', 'directory for the part files (shared by all workers)'),
  )
    .option('--concurrency <n>', 'jobs at once, each on its own worker thread', count(1), 1)
    .option('--lock-seconds <n>', 'a job whose worker stopped answering goes to another worker after this long', count(1), 30)
    .option('--until-idle', 'exit once the queue has nothing waiting, running or delayed')
    .option('--include-non-speech', 'also report scare quotes and titles (type other)')
    .option('--max-length <n>', 'read at most n characters of each article', count(1))
    .option('-v, --verbose', 'a line on stderr for each job done')
    .action(async (o: QueueCliOptions & { out: string; concurrency: number; lockSeconds: number; untilIdle?: boolean; includeNonSpeech?: boolean; maxLength?: number; verbose?: boolean }) => {
      const q = await loadQueue(io);
      if (!q) return setCode(EXIT.inputProblem);
      const extractOptions: ExtractOptions = { includeNonSpeech: Boolean(o.includeNonSpeech) };
      if (o.maxLength !== undefined) extractOptions.maxLength = o.maxLength;
      const { ExtractPool } = await import('./pool.js');
      const pool = o.concurrency > 1 ? new ExtractPool(o.concurrency, extractOptions) : null;
      const connection = q.connectRedis(o.redis);
      const sink = q.jsonlPartSink(o.out);
      let jobs = 0;
      let articles = 0;
      const worker = q.createQuoteWorker({
        connection,
        queueName: o.queue,
        sink,
        concurrency: o.concurrency,
        extractOptions,
        ...(pool ? { extractor: (text: string) => pool.extract(text) } : {}),
        lockDuration: o.lockSeconds * 1000,
      });
      worker.on('completed', (job, r) => {
        jobs++;
        articles += r.articles;
        if (o.verbose) io.stderr.write(`worker: done ${job.id} (${job.data.source} #${job.data.seq}, ${r.articles} articles)\n`);
      });
      worker.on('failed', (job, err) => io.stderr.write(`worker: job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}\n`));
      worker.on('error', (err) => io.stderr.write(`worker: ${err.message}\n`));
      const stopped = new Promise<void>((resolve) => {
        signal?.addEventListener('abort', () => resolve(), { once: true });
        process.once('SIGTERM', () => resolve());
        if (o.untilIdle) {
          const queue = q.openQueue(connection, o.queue);
          let idleChecks = 0;
          const timer = setInterval(() => {
            q.queueStatus(queue, 0).then(
              (s) => {
                idleChecks = q.isIdle(s) ? idleChecks + 1 : 0;
                if (idleChecks >= 2) {
                  clearInterval(timer);
                  void queue.close().then(() => resolve());
                }
              },
              (err: Error) => io.stderr.write(`worker: ${err.message}\n`),
            );
          }, 250);
        }
      });
      await stopped;
      await worker.close();
      await pool?.close();
      connection.disconnect();
      io.stderr.write(`worker: ${jobs} jobs, ${articles} articles\n`);
      setCode(EXIT.ok);
    });

  queueOptions(program.command('status').description('Show the job counts of the Redis queue and list its failed jobs.'))
    .option('--json', 'print the status as JSON')
    .action(async (o: QueueCliOptions & { json?: boolean }) => {
      const q = await loadQueue(io);
      if (!q) return setCode(EXIT.inputProblem);
      const s = await withQueue(q, o, (queue) => q.queueStatus(queue));
      if (o.json) {
        await writeWhole(io.stdout, JSON.stringify(s) + '\n');
      } else {
        let out = Object.entries(s.counts).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
        for (const f of s.failed) out += `failed ${f.id} (${f.source} #${f.seq}, ${f.articles} articles, ${f.attempts} attempts): ${f.reason}\n`;
        await writeWhole(io.stdout, out);
      }
      setCode(EXIT.ok);
    });

  program
    .command('collect')
    .description('Print the results in DIR (the workers\' part files) as JSONL, in enqueue order, each article id once.')
    .argument('<dir>', 'the workers\' --out directory')
    .action(async (dir: string) => {
      const q = await loadQueue(io);
      if (!q) return setCode(EXIT.inputProblem);
      const { resolve } = await import('node:path');
      for await (const line of q.collectParts(resolve(io.cwd ?? process.cwd(), dir))) {
        await writeWhole(io.stdout, line + '\n');
        if (signal?.aborted) return setCode(EXIT.interrupted);
      }
      setCode(EXIT.ok);
    });
}
