// The command line: `quotewise extract` and `quotewise audit`. run() takes its streams and
// an abort signal (Ctrl-C) as arguments, so that tests can run it in-process.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { audit, extract } from '../index.js';
import type { ExtractOptions, QuoteType, Scope } from '../index.js';
import { AUDIT_FORMATS, createAuditWriter, readClaims, type AuditFormat } from './audit-command.js';
import { applyFilter, type QuoteFilter } from './filter.js';
import { EXIT, flushed, outputFailureMessage, watchStdout, writeWhole, type CliIo } from './io.js';
import { formatProblem, planInputs, readDocuments, readLimits, type InputKind, type InputProblem } from './inputs.js';
import { createWriter, FORMATS, type Format } from './output.js';
import { ExtractPool, mapOrdered } from './pool.js';
import { createProgress, type Progress } from './progress.js';
import { suggestExtract } from './suggest.js';
import { visible } from './terminal.js';
import { version } from './version.js';
import { runMapper } from './mapper.js';
import { registerQueueCommands } from './queue-commands.js';

const QUOTE_TYPES: readonly QuoteType[] = ['direct', 'indirect', 'mixed', 'other'];

function parseTypes(value: string): QuoteType[] {
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = types.filter((t) => !(QUOTE_TYPES as readonly string[]).includes(t));
  if (types.length === 0 || bad.length) throw new InvalidArgumentError(`expected a comma-separated list of ${QUOTE_TYPES.join(', ')}`);
  return types as QuoteType[];
}

function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

function parseCount(max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? 'expected a positive whole number' : `expected a whole number from 1 to ${max}`);
    }
    return n;
  };
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 40 || n > 1000) throw new InvalidArgumentError('expected a whole number from 40 to 1000');
  return n;
}

/** Table width: --width, else the terminal's (60 to 120), else 80. */
function tableWidth(io: CliIo, option: number | undefined): number {
  if (option !== undefined) return option;
  if (io.stdout.isTTY && io.stdout.columns) return Math.max(60, Math.min(120, io.stdout.columns));
  return 80;
}

interface ExtractCliOptions {
  format?: Format;
  input: 'auto' | InputKind;
  types?: QuoteType[];
  minConfidence?: number;
  speaker?: string;
  includeNonSpeech?: boolean;
  scope?: Scope;
  maxLength?: number;
  workers: number;
  progress: boolean;
  width?: number;
  bom?: boolean;
  mapper?: boolean;
  recordTimeout?: number;
  maxRecordBytes?: number;
}

interface AuditCliOptions {
  source: string;
  quote?: string;
  speaker?: string;
  id?: string;
  claims?: string;
  format?: AuditFormat;
  input: 'auto' | InputKind;
  width?: number;
  bom?: boolean;
}

const inputOption = (): Option =>
  new Option('--input <kind>', 'read every input as this kind instead of going by its extension').choices(['auto', 'txt', 'html', 'jsonl']).default('auto');

export async function run(argv: readonly string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('quotewise');
  program
    .description('Find every quote in news articles (words, offsets, speaker, cue), and audit claimed quotes against their source.')
    .version(version(), '-v, --version', 'output the version number (-V too)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(visible(s, true)),
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
    })
    .exitOverride()
    .showHelpAfterError()
    .helpCommand(false);

  program
    .command('extract')
    .description('Print the quotes of articles: .txt, .html (main text only), .pdf (text layer), .docx, http(s) URLs, .jsonl ({"id","text"} per line), folders of those, or stdin (-).')
    .argument('[files...]', 'inputs; none or - reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(FORMATS))
    .addOption(inputOption())
    .option('--types <list>', 'only these quote types, comma-separated: direct,indirect,mixed,other', parseTypes)
    .option('--min-confidence <n>', 'only quotes with at least this confidence (0 to 1)', parseConfidence)
    .option('--speaker <name>', 'only quotes by this speaker (full name or surname)')
    .option('--include-non-speech', 'also report scare quotes and titles (type other)')
    .addOption(new Option('--scope <scope>', 'what counts as a quote: statements (what a source said) or wide (also questions, topics, intentions, beliefs, findings)').choices(['statements', 'wide']))
    .option('--max-length <n>', 'read at most n characters of each document, with an input-truncated warning (default: 5000000)', parseCount())
    .option('--workers <n>', 'extract on N worker threads; output stays in input order', parseCount(64), 1)
    .option('--no-progress', 'no progress bar on stderr (it is only drawn on a terminal)')
    .option('--width <columns>', 'table width (default: the terminal width, 80 when not a terminal)', parseWidth)
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark, so that Excel reads accents and curly quotes right')
    .option('--mapper', 'JSONL in, JSONL out for Spark, Hadoop and parallel: one line out per line in, in order; a bad line gives {"id","error"} and exit 0')
    .option('--record-timeout <seconds>', 'with --mapper: a record taking longer gives an error line', parseCount(86_400))
    .option('--max-record-bytes <n>', 'with --mapper: a longer line gives an error line', parseCount())
    .action(async (files: string[], opts: ExtractCliOptions, cmd: Command) => {
      if (files.length === 0 && io.stdin.isTTY) cmd.error('error: no input: give FILE... or pipe an article into stdin', { exitCode: EXIT.usage });
      if (opts.mapper) {
        if ((opts.format ?? 'jsonl') !== 'jsonl' || opts.input !== 'auto' && opts.input !== 'jsonl') cmd.error('error: --mapper reads and writes JSONL only', { exitCode: EXIT.usage });
        const types = opts.types ? new Set(opts.types) : null;
        const extractOptions: ExtractOptions = { includeNonSpeech: Boolean(opts.includeNonSpeech || types?.has('other')) };
        if (opts.scope !== undefined) extractOptions.scope = opts.scope;
        if (opts.maxLength !== undefined) extractOptions.maxLength = opts.maxLength;
        const filter = { types, minConfidence: opts.minConfidence ?? null, speaker: opts.speaker ?? null };
        code = await runMapper(files.length ? files : ['-'], { extract: extractOptions, filter, workers: opts.workers, recordTimeout: opts.recordTimeout ?? null, maxRecordBytes: opts.maxRecordBytes ?? null }, io, signal);
        return;
      }
      if (opts.recordTimeout !== undefined || opts.maxRecordBytes !== undefined) cmd.error('error: --record-timeout and --max-record-bytes go with --mapper', { exitCode: EXIT.usage });
      code = await runExtract(files.length ? files : ['-'], opts, io, signal);
    });

  program
    .command('audit')
    .description('Check claimed quotes against the article they are said to come from.')
    .requiredOption('--source <file>', 'the article: any input extract reads (.txt, .html, .pdf, .docx, a URL, .jsonl, -)')
    .option('--quote <text>', 'the claimed words (one claim)')
    .option('--speaker <name>', 'who the claim says spoke (with --quote)')
    .option('--id <id>', 'an id for the claim (with --quote)')
    .option('--claims <file>', 'many claims: .jsonl ({"id","quote","speaker"} per line) or .csv/.tsv (columns id,quote,speaker in any case and order; , ; or tab)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(AUDIT_FORMATS))
    .addOption(inputOption())
    .option('--width <columns>', 'table width (default: the terminal width, 80 when not a terminal)', parseWidth)
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark, so that Excel reads accents and curly quotes right')
    .action(async (opts: AuditCliOptions, cmd: Command) => {
      if ((opts.quote === undefined) === (opts.claims === undefined)) cmd.error('error: give either --quote TEXT or --claims FILE', { exitCode: EXIT.usage });
      if (opts.claims !== undefined && (opts.speaker !== undefined || opts.id !== undefined)) {
        cmd.error('error: --speaker and --id go with --quote (a claims file has its own columns)', { exitCode: EXIT.usage });
      }
      if (opts.claims === '-' && opts.source === '-') cmd.error('error: --source and --claims cannot both be stdin', { exitCode: EXIT.usage });
      code = await runAudit(opts, io, signal);
    });

  registerQueueCommands(program, io, signal, (c) => {
    code = c;
  });

  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    const suggestion = suggestExtract(argv, program.commands.map((c) => c.name()), io.cwd ?? process.cwd());
    if (suggestion !== null) {
      io.stderr.write(suggestion);
      return EXIT.usage;
    }
    // -V (commander's usual flag, and this command's before 0.2) still prints the version.
    await program.parseAsync(argv[0] === '-V' ? ['--version', ...argv.slice(1)] : [...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw err;
  }
  return code;
}

/** Problems on stderr, one line each, control characters shown (never sent to the terminal). */
function problemReporter(io: CliIo, beforeWrite?: () => void): { report: (p: InputProblem) => void; count: () => number } {
  let n = 0;
  return {
    report: (p) => {
      if (!p.warning) n++;
      beforeWrite?.(); // erases a progress line first, so the message starts on a clean line
      io.stderr.write(`${visible(formatProblem(p))}\n`);
    },
    count: () => n,
  };
}

/**
 * With one worker, documents shorter than this are extracted on the main thread (well under
 * a second each, so Ctrl-C waits at most that long) and longer ones on a worker thread started
 * on first need: a single article pays no thread start-up (about 0.1 s of CPU and 35 MB).
 */
const INLINE_MAX_CHARS = 200_000;

/** The extractor of a run: on worker threads (`--workers N`, and long documents in the executable), else inline. */
function extractor(io: CliIo, workers: number, options: ExtractOptions, signal: AbortSignal | undefined) {
  let pool: ExtractPool | null = workers > 1 ? new ExtractPool(workers, options) : null;
  const threadFor = (text: string): ExtractPool | null => {
    if (workers > 1) return pool;
    if (!io.threads || text.length < INLINE_MAX_CHARS) return null;
    pool ??= new ExtractPool(1, options);
    return pool;
  };
  // Ctrl-C stops the threads at once, even in the middle of a long document.
  const onAbort = (): void => void pool?.close();
  signal?.addEventListener('abort', onAbort, { once: true });
  const extractOne = async (text: string) => {
    if (signal?.aborted) throw new Error('interrupted');
    const thread = threadFor(text);
    if (thread) return thread.extract(text);
    await nextTurn(); // lets a Ctrl-C between documents be seen
    return extract(text, options);
  };
  return {
    extractOne,
    inFlight: workers > 1 ? workers * 2 : 1,
    close: async () => {
      signal?.removeEventListener('abort', onAbort);
      await pool?.close();
    },
  };
}

/** The exit code of a finished run. */
async function finish(io: CliIo, stdout: ReturnType<typeof watchStdout>, interrupted: boolean, problems: number): Promise<number> {
  if (!stdout.stopped()) await flushed(io.stdout);
  const failure = stdout.failure();
  if (failure) {
    io.stderr.write(`${visible(outputFailureMessage(failure))}\n`);
    return EXIT.outputFailed;
  }
  if (interrupted) return EXIT.interrupted;
  return problems > 0 ? EXIT.inputProblem : EXIT.ok;
}

async function runExtract(files: string[], o: ExtractCliOptions, io: CliIo, signal: AbortSignal | undefined): Promise<number> {
  let progress: Progress | null = null;
  const problems = problemReporter(io, () => progress?.clear());
  const forced = o.input === 'auto' ? null : o.input;
  const inputs = await planInputs(files, forced, problems.report, io.cwd ?? process.cwd());
  const total = inputs.some((i) => i.kind === 'jsonl' || i.path === '-') ? null : inputs.length;
  progress = createProgress(io.stderr, o.progress, total);
  const writer = createWriter(o.format ?? (io.stdout.isTTY ? 'table' : 'jsonl'), tableWidth(io, o.width), { bom: o.bom === true });
  const types = o.types ? new Set(o.types) : null;
  const options: ExtractOptions = { includeNonSpeech: Boolean(o.includeNonSpeech || types?.has('other')) };
  if (o.scope !== undefined) options.scope = o.scope;
  if (o.maxLength !== undefined) options.maxLength = o.maxLength;
  const filter: QuoteFilter = { types, minConfidence: o.minConfidence ?? null, speaker: o.speaker ?? null };
  const ex = extractor(io, o.workers, options, signal);
  const stdout = watchStdout(io.stdout);
  let interrupted = false;
  try {
    await writeWhole(io.stdout, writer.begin());
    const docs = readDocuments(inputs, io.stdin, problems.report, readLimits(o.maxLength));
    for await (const r of mapOrdered(docs, (d) => ex.extractOne(d.text), ex.inFlight)) {
      if ('error' in r && signal?.aborted) {
        interrupted = true; // the thread was stopped in the middle of this document
        break;
      }
      if ('error' in r) problems.report({ file: r.item.file, line: r.item.line, reason: `extraction failed: ${r.error.message}` });
      else {
        const out = writer.document(r.item, applyFilter(r.result, filter));
        if (io.stdout.isTTY && out !== '') progress.clear(); // the table goes to the same terminal
        await writeWhole(io.stdout, out);
      }
      progress.tick(visible(r.item.file));
      if (stdout.stopped()) break;
      if (signal?.aborted) {
        interrupted = true;
        break;
      }
    }
    // Even when interrupted: a JSON array or an HTML report is closed.
    if (!stdout.stopped()) await writeWhole(io.stdout, writer.end());
  } finally {
    progress.done();
    stdout.dispose();
    await ex.close();
  }
  return finish(io, stdout, interrupted, problems.count());
}

async function runAudit(o: AuditCliOptions, io: CliIo, signal: AbortSignal | undefined): Promise<number> {
  const problems = problemReporter(io);
  const claims =
    o.quote !== undefined
      ? [{ id: o.id ?? null, quote: o.quote, speaker: o.speaker ?? null }]
      : await readClaims(o.claims!, io.stdin, problems.report, io.cwd ?? process.cwd());
  const inputs = await planInputs([o.source], o.input === 'auto' ? null : o.input, problems.report, io.cwd ?? process.cwd());
  const writer = createAuditWriter(o.format ?? (io.stdout.isTTY ? 'table' : 'jsonl'), tableWidth(io, o.width), { bom: o.bom === true });
  const ex = extractor(io, 1, {}, signal);
  const stdout = watchStdout(io.stdout);
  let interrupted = false;
  try {
    await writeWhole(io.stdout, writer.begin());
    outer: for await (const doc of readDocuments(inputs, io.stdin, problems.report)) {
      let extraction;
      try {
        extraction = await ex.extractOne(doc.text);
      } catch (err) {
        if (signal?.aborted) {
          interrupted = true;
          break;
        }
        problems.report({ file: doc.file, line: doc.line, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` });
        continue;
      }
      await writeWhole(io.stdout, writer.source(doc.id));
      for (const claim of claims) {
        let result;
        try {
          result = audit(doc.text, claim, { extraction });
        } catch (err) {
          // One claim that breaks the audit is reported; the other claims are still checked.
          problems.report({ file: doc.file, line: doc.line, reason: `audit of claim ${claim.id ?? '(no id)'} failed: ${err instanceof Error ? err.message : String(err)}` });
          continue;
        }
        await writeWhole(io.stdout, writer.result(doc.id, result));
        if (stdout.stopped()) break outer;
      }
      if (signal?.aborted) {
        interrupted = true;
        break;
      }
    }
    if (!stdout.stopped()) await writeWhole(io.stdout, writer.end());
  } finally {
    stdout.dispose();
    await ex.close();
  }
  return finish(io, stdout, interrupted, problems.count());
}
