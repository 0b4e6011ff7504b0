// `npm run bench -- [options]`: quotewise's cost against its floor (bare wink-nlp) and its only
// JavaScript peer (compromise), cold start, scaling, pathological inputs and an archive soak.
// Figures are printed, never asserted: the targets are shown next to them.
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { queueBench } from './bench-queue.js';
import { FRESH_WORD_CAPACITY, pathologicalInputs, scalingInputs, syntheticArticle } from './bench-inputs.js';

const HELP = `Usage: npm run bench -- [options]

Default (about a minute on 2 cores): the fixtures (fixtures/gold/*.jsonl texts and
fixtures/*.txt) through (a) bare wink-nlp readDoc, pipe ['sbd','pos'], walking tokens, offsets
and POS; (b) quotewise extract(); (c) compromise nlp(text).quotations(); interleaved rounds in
one process; peak RSS (this process, and each method alone in a child process); cold start
(whole process against bare node, and inside it the import of the built dist/esm/index.js
and the first extract apart); scaling.

Options:
  --corpus FILE.jsonl   texts to measure (the "text" field of each line). Default: fixtures.
  --rounds N            interleaved rounds. Default 5 (3 with --corpus).
  --no-compromise       skip (c) (it runs at ~0.2 MB/s: minutes on a large corpus).
  --pathological        also the pathological inputs of issues 7 and 10 (up to 1 MB each, each
                        in a child process with a 120 s limit): time per MB vs ordinary news,
                        peak RSS. Rows of issue 10 also time the CLI's HTML reader, audit()
                        and the decoder (the "stage" in the note).
  --cases REGEX         with --pathological: only the inputs whose name matches.
  --soak                also the archive soak: a synthetic 30,000-article JSONL with hundreds
                        of thousands of never-seen words, through one process (library loop,
                        and the CLI if it reads JSONL archives): peak RSS, articles/s.
  --soak-articles N     articles in the soak archive. Default 30000.
  --queue               also the queue row (issue 15): a synthetic archive through the built
                        CLI with --workers 2, and through a private redis-server with two
                        \`quotewise worker\` processes (chunks of 50); articles/s of each and
                        the ratio. Skipped when redis-server is not installed.
  --queue-articles N    articles in the queue archive. Default 4000.
  --cold                only the cold start (seconds).
  --json                print the figures as JSON as well.
  -h, --help            this text.

Targets (issues 3 and 7; never asserted in tests): b/a >= 0.5, b/c >= 5, cold start <= 300 ms over bare node,
time per MB flat within 20% across scaling sizes, pathological inputs within 3x the time per MB
of ordinary news, soak peak RSS < 400 MB and >= 300 articles/s.`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1e6;

// ---- helpers ---------------------------------------------------------------------------------

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Runs `fn` once: wall-clock and this process's CPU milliseconds (user + system). */
function timeIt(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
const rssMB = (): number => process.resourceUsage().maxRSS / 1024;
const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string, n: number): string => s.padStart(n);
const progress = (msg: string): void => {
  process.stderr.write(`[bench] ${msg}\n`);
};

function loadCorpus(file: string | undefined): { label: string; texts: string[] } {
  const texts: string[] = [];
  const readJsonl = (f: string) => {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as { text?: unknown };
      if (typeof r.text === 'string') texts.push(r.text);
    }
  };
  if (file) {
    readJsonl(resolve(file));
    return { label: relative(process.cwd(), resolve(file)), texts };
  }
  const gold = join(root, 'fixtures', 'gold');
  if (existsSync(gold)) for (const f of readdirSync(gold).filter((x) => x.endsWith('.jsonl')).sort()) readJsonl(join(gold, f));
  for (const f of readdirSync(join(root, 'fixtures')).filter((x) => x.endsWith('.txt')).sort()) {
    texts.push(readFileSync(join(root, 'fixtures', f), 'utf8'));
  }
  return { label: 'fixtures (gold texts + fixtures/*.txt, deduplicated)', texts: [...new Set(texts)] };
}

// ---- the three methods -----------------------------------------------------------------------

type Method = 'a' | 'b' | 'c';
const METHOD_NAMES: Record<Method, string> = {
  a: "(a) wink-nlp readDoc ['sbd','pos'] + tokens/offsets/POS",
  b: '(b) quotewise extract()',
  c: '(c) compromise nlp(text).quotations()',
};

type Runner = (text: string) => number;

/** Imports only what the chosen methods need, so a child process measures one method's memory. */
async function makeRunners(methods: readonly Method[]): Promise<Partial<Record<Method, Runner>>> {
  const runners: Partial<Record<Method, Runner>> = {};
  if (methods.includes('a')) {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const wink = winkNLP(model, ['sbd', 'pos']);
    const its = wink.its;
    // The floor: what any wink-based extractor pays to get tokens with offsets and POS.
    runners.a = (text) => {
      const doc = wink.readDoc(text);
      const tokens = doc.tokens();
      const values = tokens.out(its.value) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const pos = tokens.out(its.pos) as string[];
      let offset = 0;
      let nouns = 0;
      for (let i = 0; i < values.length; i++) {
        offset += (spaces[i] ?? '').length + (values[i] ?? '').length;
        if (pos[i] === 'PROPN') nouns++;
      }
      return offset + nouns + doc.sentences().length();
    };
  }
  if (methods.includes('b')) {
    const { extract } = await import('../src/index.js');
    runners.b = (text) => extract(text).quotes.length;
  }
  if (methods.includes('c')) {
    const nlp = (await import('compromise')).default;
    runners.c = (text) => (nlp(text).quotations().out('array') as string[]).length;
  }
  return runners;
}

// ---- child processes (peak RSS per method, pathological cases, soak) -----------------------

interface ChildJob {
  kind: 'rss' | 'case' | 'soak';
  method?: Method;
  corpus?: string;
  caseName?: string;
  archive?: string;
}

function runChild(job: ChildJob, timeoutMs: number): { ok: true; out: Record<string, unknown> } | { ok: false; error: string } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, QUOTEWISE_BENCH_CHILD: JSON.stringify(job) },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error || res.status !== 0) {
    const why = res.error && (res.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : `exit ${res.status ?? res.signal}: ${(res.stderr || '').trim().split('\n').slice(-3).join(' | ')}`;
    return { ok: false, error: why };
  }
  const last = res.stdout.trim().split('\n').pop() ?? '{}';
  return { ok: true, out: JSON.parse(last) as Record<string, unknown> };
}

async function childMain(job: ChildJob): Promise<void> {
  const baseRss = rssMB();
  if (job.kind === 'rss') {
    const { texts } = loadCorpus(job.corpus);
    const run = (await makeRunners([job.method!]))[job.method!]!;
    const loaded = process.memoryUsage().rss / 1024 / 1024;
    const t0 = performance.now();
    for (const t of texts) run(t);
    console.log(
      JSON.stringify({ seconds: (performance.now() - t0) / 1000, peakRssMB: rssMB(), baseRssMB: baseRss, loadedMB: loaded }),
    );
    return;
  }
  const { extract } = await import('../src/index.js');
  if (job.kind === 'case') {
    const article = ordinaryArticle();
    const input = pathologicalInputs(article).find((p) => p.name === job.caseName)!;
    const stage = input.stage ?? 'extract';
    // What is timed, per stage (see NamedInput.stage); returns the extraction for the counts.
    let runOnce: () => ReturnType<typeof extract> | null;
    let size = input.text.length;
    if (stage === 'html') {
      const { htmlToText } = await import('../src/cli/html-text.js');
      runOnce = () => extract(htmlToText(input.text).text);
    } else if (stage === 'audit') {
      const { audit } = await import('../src/index.js');
      const extraction = extract(input.source!);
      size += input.source!.length;
      runOnce = () => {
        audit(input.source!, input.text, { extraction });
        return null;
      };
    } else if (stage === 'decode') {
      const { decodeText } = await import('../src/cli/decode.js');
      const files = input.parts!.map((p) => Buffer.from(p, 'latin1'));
      runOnce = () => {
        for (const f of files) decodeText(f, true);
        return null;
      };
    } else {
      runOnce = () => extract(input.text);
    }
    extract(article); // warm up: the wink instance and JIT
    // Ordinary news timed in this same process, interleaved with the input: the ratio compares
    // like with like (a fresh process runs slower code for its first megabytes than the parent,
    // warmed by the throughput and scaling runs, whose figure is kept as the second ratio).
    const news = scalingInputs(article).find((x) => x.name === '×100')!.text;
    const newsCpu: number[] = [];
    const wall: number[] = [];
    const cpu: number[] = [];
    let quotes = 0;
    let warnings = 0;
    let bad = 0;
    for (let i = 0; i < 3; i++) {
      newsCpu.push(timeIt(() => extract(news)).cpu);
      let r: ReturnType<typeof extract> | null = null;
      const t = timeIt(() => {
        r = runOnce();
      });
      wall.push(t.wall);
      cpu.push(t.cpu);
      const got = r as ReturnType<typeof extract> | null;
      if (got) {
        quotes = got.quotes.length;
        warnings = got.warnings.length;
        if (stage === 'extract') bad = got.quotes.filter((q) => input.text.slice(q.start, q.end) !== q.text).length;
      }
      if (t.cpu > 20_000) break; // one slow run says enough; three would take minutes
    }
    const per = (xs: number[]) => (median(xs) / size) * MB;
    const peak = rssMB();
    // The floor on the same text: bare wink-nlp, one readDoc (not on the long space runs,
    // which wink cannot read).
    let floorCpuMsPerMB: number | null = null;
    let newsFloorCpuMsPerMB: number | null = null;
    if (stage === 'extract' && !/space/.test(input.name)) {
      const runA = (await makeRunners(['a'])).a!;
      const floorOf = (text: string) => {
        const xs: number[] = [];
        for (let i = 0; i < 3; i++) xs.push(timeIt(() => runA(text)).cpu);
        return (median(xs) / text.length) * MB;
      };
      runA(article);
      floorCpuMsPerMB = floorOf(input.text);
      newsFloorCpuMsPerMB = floorOf(scalingInputs(article).find((x) => x.name === '×100')!.text);
    }
    console.log(
      JSON.stringify({
        chars: size,
        msPerMB: per(wall),
        cpuMsPerMB: per(cpu),
        newsCpuMsPerMB: (median(newsCpu) / news.length) * MB,
        floorCpuMsPerMB,
        newsFloorCpuMsPerMB,
        peakRssMB: peak,
        quotes,
        warnings,
        badSpans: bad,
      }),
    );
    return;
  }
  if (job.kind === 'soak') {
    const samples: [number, number][] = [];
    let n = 0;
    let chars = 0;
    let quotes = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const lines = createInterface({ input: createReadStream(job.archive!, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line === '') continue;
      const { text } = JSON.parse(line) as { text: string };
      quotes += extract(text).quotes.length;
      chars += text.length;
      n++;
      if (n % 5000 === 0) samples.push([n, Math.round(process.memoryUsage().rss / 1024 / 1024)]);
    }
    const seconds = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpuSeconds = (c.user + c.system) / 1e6;
    console.log(JSON.stringify({ articles: n, chars, quotes, seconds, cpuSeconds, articlesPerSecond: n / seconds, peakRssMB: rssMB(), samples }));
  }
}

/** The "ordinary news" article for scaling and pathological baselines: the seed fixture. */
function ordinaryArticle(): string {
  return readFileSync(join(root, 'fixtures', '000_4deb51c0f7f3ecc6.txt'), 'utf8');
}

// ---- parts of the benchmark ------------------------------------------------------------------

interface Throughput {
  method: Method;
  name: string;
  secondsPerRound: number;
  mbPerSecond: number;
  /** Throughput by CPU time of this process (includes GC threads). */
  cpuMbPerSecond: number;
  articlesPerSecond: number;
  rounds: number[];
  peakRssMBAlone?: number | string;
  /** RSS of the child once the method's modules are loaded, before any article. */
  loadedRssMB?: number;
}

async function compare(texts: string[], rounds: number, withCompromise: boolean): Promise<{ results: Throughput[]; reps: number; mb: number }> {
  const methods: Method[] = withCompromise ? ['a', 'b', 'c'] : ['a', 'b'];
  const runners = (await makeRunners(methods)) as Record<Method, Runner>;
  const chars = texts.reduce((s, t) => s + t.length, 0);
  // Warm up every method once (JIT, wink instance, compromise lexicon).
  for (const m of methods) for (const t of texts.slice(0, 50)) runners[m](t);
  // Small corpora are repeated within a round so that a round of (b) lasts >= ~600 ms.
  // One pass timed by CPU (steadier on a loaded machine), repeated for at least 200 ms.
  let passes = 0;
  let cpuMs = 0;
  while (passes === 0 || cpuMs < 200) {
    cpuMs += timeIt(() => {
      for (const t of texts) runners.b(t);
    }).cpu;
    passes++;
  }
  const reps = Math.max(1, Math.ceil(600 / Math.max(cpuMs / passes, 1e-3)));
  const times: Record<Method, number[]> = { a: [], b: [], c: [] };
  // CPU time of this process as well: less disturbed by other processes on a shared machine.
  const cpuTimes: Record<Method, number[]> = { a: [], b: [], c: [] };
  for (let r = 0; r < rounds; r++) {
    // Rotate the order each round so no method always runs after the same one.
    const order = methods.map((_, i) => methods[(i + r) % methods.length]!);
    for (const m of order) {
      const run = runners[m];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let k = 0; k < reps; k++) for (const t of texts) run(t);
      times[m].push((performance.now() - t0) / 1000);
      const c1 = process.cpuUsage(c0);
      cpuTimes[m].push((c1.user + c1.system) / 1e6);
    }
    progress(`round ${r + 1}/${rounds}: ${order.map((m) => `${m} ${f2(times[m].at(-1)!)} s`).join(', ')}`);
  }
  const results = methods.map((m) => {
    const sec = median(times[m]);
    const cpuSec = median(cpuTimes[m]);
    return {
      method: m,
      name: METHOD_NAMES[m],
      secondsPerRound: sec,
      mbPerSecond: (chars * reps) / MB / sec,
      cpuMbPerSecond: (chars * reps) / MB / cpuSec,
      articlesPerSecond: (texts.length * reps) / sec,
      rounds: times[m],
    };
  });
  return { results, reps, mb: chars / MB };
}

/**
 * The built ESM entry to measure. dist/ when it is newer than src/; otherwise src/ is compiled
 * into scratch/bench-build/esm (git-ignored; dist/ is left alone, other work may be mid-edit).
 */
let built: { dir: string; note: string } | undefined;
function builtDir(): { dir: string; note: string } {
  if (built) return built;
  const dist = join(root, 'dist', 'esm');
  const fresh = existsSync(join(dist, 'index.js')) && newestMtime(join(root, 'src')) <= statSync(join(dist, 'index.js')).mtimeMs;
  if (fresh) return (built = { dir: dist, note: 'dist/esm (up to date with src/)' });
  const out = join(root, 'scratch', 'bench-build', 'esm');
  progress('dist/ missing or older than src/: compiling src/ into scratch/bench-build/esm');
  rmSync(out, { recursive: true, force: true });
  const b = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', out, '--declaration', 'false'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (b.status === 0 || existsSync(join(out, 'index.js'))) {
    const warn = b.status === 0 ? '' : ' (tsc reported type errors; JavaScript emitted anyway)';
    return (built = { dir: out, note: `src/ compiled with tsconfig.build.json into scratch/bench-build/esm${warn}` });
  }
  return (built = { dir: dist, note: `could not compile src/ (${b.stdout.trim().split('\n')[0] ?? ''}); measured the older dist/` });
}

type Timing = { wall: number; cpu: number };
type ColdRuns = Record<'quotewise' | 'wink' | 'compromise', Timing[]>;
interface ColdStart extends ColdRuns {
  note: string;
  /** Whole processes, wall clock measured by this process around the spawn: bare `node -e 0`, and quotewise. */
  bareNode: number[];
  quotewiseProcess: number[];
  /** The same two processes' CPU time from their start to their last line (process.cpuUsage()). */
  bareNodeCpu: number[];
  quotewiseProcessCpu: number[];
  /** quotewise's split, measured inside its process: the import, the first and the second extract(seed). */
  importTime: Timing[];
  firstExtract: Timing[];
  secondExtract: Timing[];
}

const COLD_RUNS = 7;

/**
 * Cold start (issue 11): the whole process (node + import of the built library + extract(seed)),
 * against bare `node -e 0` spawned in the same rounds, and inside it the import and the first
 * extract apart. wink-nlp and compromise are timed from their script's first line (their rows
 * since issue 3).
 */
function coldStart(): ColdStart {
  const { dir, note: buildNote } = builtDir();
  const dist = join(dir, 'index.js');
  let note = buildNote;
  const out: ColdStart = { quotewise: [], wink: [], compromise: [], note: '', bareNode: [], quotewiseProcess: [], bareNodeCpu: [], quotewiseProcessCpu: [], importTime: [], firstExtract: [], secondExtract: [] };
  if (!existsSync(dist)) return { ...out, note: 'no built index.js' };
  const article = join(root, 'fixtures', '000_4deb51c0f7f3ecc6.txt');
  const NOW = 'const cpu=()=>{const c=process.cpuUsage(c0);return (c.user+c.system)/1000};';
  const REPORT = 'const c=process.cpuUsage(c0);console.log(JSON.stringify([performance.now()-t0,(c.user+c.system)/1000]));';
  const READ = `const {readFileSync}=await import('node:fs');const text=readFileSync(${JSON.stringify(article)},'utf8');`;
  const scripts = {
    quotewise:
      `const c0=process.cpuUsage();const t0=performance.now();${NOW}${READ}const i0=[performance.now(),cpu()];` +
      `const {extract}=await import(${JSON.stringify(new URL(`file://${dist}`).href)});const i1=[performance.now(),cpu()];` +
      `extract(text);const i2=[performance.now(),cpu()];extract(text);const i3=[performance.now(),cpu()];` +
      `const d=(a,b)=>({wall:b[0]-a[0],cpu:b[1]-a[1]});const u=process.cpuUsage();` +
      `console.log(JSON.stringify({total:[i2[0]-t0,i2[1]],process:(u.user+u.system)/1000-(i3[1]-i2[1]),import:d(i0,i1),first:d(i1,i2),second:d(i2,i3)}));`,
    wink: `const c0=process.cpuUsage();const t0=performance.now();${READ}const w=(await import('wink-nlp')).default;const m=(await import('wink-eng-lite-web-model')).default;const n=w(m,['sbd','pos']);n.readDoc(text).tokens().out();${REPORT}`,
    compromise: `const c0=process.cpuUsage();const t0=performance.now();${READ}const nlp=(await import('compromise')).default;nlp(text).quotations().out('array');${REPORT}`,
  };
  const spawnTimed = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    return { ...r, wall: performance.now() - t0 };
  };
  for (let i = 0; i < COLD_RUNS; i++) {
    // Bare node prints its CPU time so far: the same last step as the quotewise script.
    const bare = spawnTimed(['-e', 'const u=process.cpuUsage();console.log((u.user+u.system)/1000)']);
    if (bare.status === 0) {
      out.bareNode.push(bare.wall);
      out.bareNodeCpu.push(Number(bare.stdout.trim()));
    }
    for (const k of ['quotewise', 'wink', 'compromise'] as const) {
      const r = spawnTimed(['--input-type=module', '-e', scripts[k]]);
      if (r.status !== 0) {
        note += ` ${k} failed: ${r.stderr.trim().split('\n').slice(-1)[0]}`;
        continue;
      }
      if (k === 'quotewise') {
        const q = JSON.parse(r.stdout.trim()) as { total: [number, number]; process: number; import: Timing; first: Timing; second: Timing };
        out.quotewiseProcessCpu.push(q.process);
        out.quotewise.push({ wall: q.total[0], cpu: q.total[1] });
        out.quotewiseProcess.push(r.wall);
        out.importTime.push(q.import);
        out.firstExtract.push(q.first);
        out.secondExtract.push(q.second);
      } else {
        const [wall, cpu] = JSON.parse(r.stdout.trim()) as [number, number];
        out[k].push({ wall, cpu });
      }
    }
  }
  return { ...out, note };
}

/** The cold-start section of the report. */
function coldStartLines(cold: ColdStart): string[] {
  const lines: string[] = [];
  const coldLine = (k: keyof ColdRuns, what: string) => {
    const wall = cold[k].map((x) => x.wall);
    const cpu = cold[k].map((x) => x.cpu);
    return wall.length
      ? `  ${pad(what, 58)} ${lpad(f1(median(wall)), 6)} ms wall (min ${f1(Math.min(...wall))}), ${lpad(f1(median(cpu)), 6)} ms CPU; median of ${wall.length}`
      : `  ${what}: n/a`;
  };
  const timingLine = (what: string, xs: readonly Timing[]) =>
    xs.length
      ? `  ${pad(what, 58)} ${lpad(f1(median(xs.map((x) => x.wall))), 6)} ms wall (min ${f1(Math.min(...xs.map((x) => x.wall)))}), ${lpad(f1(median(xs.map((x) => x.cpu))), 6)} ms CPU`
      : `  ${what}: n/a`;
  const med = (xs: number[]) => (xs.length ? median(xs) : NaN);
  const [bare, whole, bareCpu, wholeCpu] = [cold.bareNode, cold.quotewiseProcess, cold.bareNodeCpu, cold.quotewiseProcessCpu].map(med) as [number, number, number, number];
  lines.push(`Cold start, whole process (spawned from here; median of ${COLD_RUNS}, bare node in the same rounds;`);
  lines.push('  CPU: the process\'s own CPU time from its start to the end of the first extract):');
  lines.push(`  ${pad('bare node (node -e 0)', 58)} ${lpad(f1(bare), 6)} ms wall, ${lpad(f1(bareCpu), 6)} ms CPU`);
  lines.push(`  ${pad('node + import dist/esm/index.js + extract(seed)', 58)} ${lpad(f1(whole), 6)} ms wall, ${lpad(f1(wholeCpu), 6)} ms CPU`);
  lines.push(`  ${pad('  over bare node                 (target <= 300)', 58)} ${lpad(f1(whole - bare), 6)} ms wall, ${lpad(f1(wholeCpu - bareCpu), 6)} ms CPU`);
  lines.push('Inside that process (timed from its first line; median):');
  lines.push(timingLine('import of the built library', cold.importTime));
  lines.push(timingLine('first extract(seed)', cold.firstExtract));
  lines.push(timingLine('second extract(seed)', cold.secondExtract));
  lines.push('Cold start of the peers (child process; import + first article, timed from the first line of the script):');
  lines.push(coldLine('quotewise', 'quotewise built index.js + extract(seed)'));
  lines.push(coldLine('wink', "wink-nlp + model + readDoc(seed), pipe ['sbd','pos']"));
  lines.push(coldLine('compromise', 'compromise + nlp(seed).quotations()'));
  if (cold.note) lines.push(`  built: ${cold.note.trim()}`);
  return lines;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Milliseconds per MB of extract() on `text` (wall and CPU): repeated until >= 0.5 s and 3 runs, median. */
function msPerMB(extract: (t: string) => unknown, text: string): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  while (wall.length < 3 || (total < 500 && wall.length < 50)) {
    const t = timeIt(() => extract(text));
    wall.push(t.wall);
    cpu.push(t.cpu);
    total += t.wall;
  }
  return { wall: (median(wall) / text.length) * MB, cpu: (median(cpu) / text.length) * MB };
}

async function scaling(article: string) {
  const { extract } = await import('../src/index.js');
  extract(article);
  return scalingInputs(article).map((s) => {
    const m = msPerMB(extract, s.text);
    return { name: s.name, chars: s.text.length, msPerMB: m.wall, cpuMsPerMB: m.cpu };
  });
}

/** `newsCpuMsPerMB`: CPU ms per MB of ordinary news, the baseline of the ratio. */
function pathological(article: string, newsCpuMsPerMB: number, only: RegExp | null) {
  return pathologicalInputs(article).filter((p) => !only || only.test(p.name)).map((p) => {
    progress(`pathological: ${p.name}`);
    const r = runChild({ kind: 'case', caseName: p.name }, 120_000);
    const note = p.stage && p.stage !== 'extract' ? `[${p.stage}] ${p.note}` : p.note;
    return r.ok
      ? {
          name: p.name,
          note,
          chars: p.text.length,
          ...(r.out as { msPerMB: number; cpuMsPerMB: number; newsCpuMsPerMB: number; floorCpuMsPerMB: number | null; newsFloorCpuMsPerMB: number | null; peakRssMB: number; quotes: number; warnings: number; badSpans: number }),
          ratio: (r.out.cpuMsPerMB as number) / (r.out.newsCpuMsPerMB as number),
          ratioToWarm: (r.out.cpuMsPerMB as number) / newsCpuMsPerMB,
        }
      : { name: p.name, note, chars: p.text.length, error: r.error };
  });
}

function soak(articles: number) {
  const dir = mkdtempSync(join(tmpdir(), 'quotewise-soak-'));
  const archive = join(dir, 'archive.jsonl');
  try {
    progress(`soak: writing ${articles} synthetic articles to ${archive}`);
    const fd = openSync(archive, 'w');
    let fresh = 0;
    let chars = 0;
    for (let i = 0; i < articles; i++) {
      const a = syntheticArticle(i, fresh);
      fresh += a.fresh;
      chars += a.text.length;
      writeSync(fd, `${JSON.stringify({ id: `soak-${i}`, text: a.text })}\n`);
    }
    closeSync(fd);
    const size = statSync(archive).size;
    progress(`soak: ${(size / MB).toFixed(1)} MB, ${fresh} never-seen words; library loop`);
    const lib = runChild({ kind: 'soak', archive }, 900_000);
    const cli = soakCli(archive);
    return { articles, freshWords: Math.min(fresh, FRESH_WORD_CAPACITY), chars, archiveMB: size / MB, library: lib.ok ? lib.out : { error: lib.error }, cli };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the built CLI over the archive if it reads JSONL archives; peak RSS from GNU time. */
function soakCli(archive: string): Record<string, unknown> {
  const main = join(builtDir().dir, 'cli', 'main.js');
  if (!existsSync(main)) return { skipped: `${relative(root, main)} missing` };
  const help = spawnSync(process.execPath, [main, 'extract', '--help'], { encoding: 'utf8' });
  if (!/jsonl/i.test(`${help.stdout}${help.stderr}`)) return { skipped: 'the built CLI does not document JSONL input yet' };
  const hasTime = existsSync('/usr/bin/time');
  const outFile = `${archive}.out.jsonl`;
  const t0 = performance.now();
  const args = hasTime ? ['-v', process.execPath, main, 'extract', archive, '--format', 'jsonl'] : [main, 'extract', archive, '--format', 'jsonl'];
  const res = spawnSync(hasTime ? '/usr/bin/time' : process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', openSync(outFile, 'w'), 'pipe'],
    timeout: 900_000,
  });
  const seconds = (performance.now() - t0) / 1000;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(res.stderr ?? '');
  const system = /System time \(seconds\): ([\d.]+)/.exec(res.stderr ?? '');
  const lines = readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
  return {
    command: `node ${relative(root, main)} extract archive.jsonl --format jsonl`,
    status: res.status,
    seconds,
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : null,
    outputLines: lines,
    peakRssMB: peak ? Number(peak[1]) / 1024 : null,
    stderrTail: res.status === 0 ? undefined : (res.stderr ?? '').trim().split('\n').slice(-3).join(' | '),
  };
}

// ---- main --------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const child = process.env.QUOTEWISE_BENCH_CHILD;
  if (child) return childMain(JSON.parse(child) as ChildJob);

  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      rounds: { type: 'string' },
      'no-compromise': { type: 'boolean', default: false },
      pathological: { type: 'boolean', default: false },
      cases: { type: 'string' },
      soak: { type: 'boolean', default: false },
      'soak-articles': { type: 'string', default: '30000' },
      queue: { type: 'boolean', default: false },
      'queue-articles': { type: 'string', default: '4000' },
      json: { type: 'boolean', default: false },
      cold: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.cold) {
    const cold = coldStart();
    console.log([`quotewise bench --cold — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length} cores`, `load average at start: ${loadavg().map(f2).join(' ')}`, '', ...coldStartLines(cold), '', `load average at end: ${loadavg().map(f2).join(' ')}`].join('\n'));
    if (values.json) console.log(JSON.stringify(cold, null, 2));
    return;
  }
  const rounds = Number(values.rounds ?? (values.corpus ? 3 : 5));
  const soakArticles = Number(values['soak-articles']);
  if (!(rounds >= 1) || !(soakArticles >= 1)) {
    console.error('--rounds and --soak-articles take positive integers');
    process.exit(2);
  }
  const t0 = performance.now();
  const corpus = loadCorpus(values.corpus);
  const withCompromise = !values['no-compromise'];
  const lines: string[] = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  lines.push(`quotewise bench — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length} cores (${cpu}), ${process.platform}`);
  lines.push(`load average at start: ${loadavg().map(f2).join(' ')} (other processes on the machine slow every figure)`);
  lines.push(`corpus: ${corpus.label}: ${corpus.texts.length} articles, ${f2(corpus.texts.reduce((s, t) => s + t.length, 0) / MB)} MB`);

  progress('throughput: interleaved rounds');
  const cmp = await compare(corpus.texts, rounds, withCompromise);
  const mainPeak = rssMB();
  // Each method alone in a child process: its own peak RSS (this process holds all three).
  const corpusFile = values.corpus ? resolve(values.corpus) : undefined;
  for (const r of cmp.results) {
    progress(`peak RSS of ${r.method} alone`);
    const res = runChild({ kind: 'rss', method: r.method, ...(corpusFile ? { corpus: corpusFile } : {}) }, 900_000);
    r.peakRssMBAlone = res.ok ? (res.out.peakRssMB as number) : res.error;
    if (res.ok) r.loadedRssMB = res.out.loadedMB as number;
  }
  lines.push(`rounds: ${rounds}, interleaved (order rotated each round); each round runs the corpus ${cmp.reps}× per method; median round`);
  lines.push('');
  lines.push(`${pad('method', 56)} ${lpad('MB/s', 7)} ${lpad('articles/s', 11)} ${lpad('MB/s (CPU)', 11)} ${lpad('peak RSS alone', 15)} ${lpad('(loaded)', 9)}`);
  for (const r of cmp.results) {
    const rss = typeof r.peakRssMBAlone === 'number' ? `${f1(r.peakRssMBAlone)} MB` : String(r.peakRssMBAlone);
    lines.push(
      `${pad(r.name, 56)} ${lpad(f2(r.mbPerSecond), 7)} ${lpad(f1(r.articlesPerSecond), 11)} ${lpad(f2(r.cpuMbPerSecond), 11)} ${lpad(rss, 15)} ${lpad(r.loadedRssMB === undefined ? '' : `${f1(r.loadedRssMB)} MB`, 9)}`,
    );
  }
  lines.push('  MB/s by wall clock (median round); MB/s (CPU) by this process\'s CPU time; peak RSS alone: the');
  lines.push('  method by itself in a child process (node + tsx); (loaded): its RSS after imports, before any text.');
  const by = (m: Method) => cmp.results.find((r) => r.method === m);
  const a = by('a')!;
  const b = by('b')!;
  const c = by('c');
  lines.push(
    `b/a = ${f2(b.mbPerSecond / a.mbPerSecond)} (CPU ${f2(b.cpuMbPerSecond / a.cpuMbPerSecond)}; target >= 0.5)` +
      (c ? `   b/c = ${f1(b.mbPerSecond / c.mbPerSecond)} (CPU ${f1(b.cpuMbPerSecond / c.cpuMbPerSecond)}; target >= 5)` : '   b/c: skipped (--no-compromise)'),
  );
  lines.push(`peak RSS of this process (all three methods): ${f1(mainPeak)} MB`);

  progress('cold start');
  const cold = coldStart();
  lines.push('');
  lines.push(...coldStartLines(cold));

  progress('scaling');
  const article = ordinaryArticle();
  const sc = await scaling(article);
  lines.push('');
  lines.push('Scaling (extract() on the seed article; median time per MB, wall clock and CPU):');
  for (const s of sc) {
    lines.push(`  ${pad(s.name, 22)} ${lpad((s.chars / 1000).toFixed(1), 8)} KB ${lpad(f1(s.msPerMB), 9)} ms/MB ${lpad(f1(s.cpuMsPerMB), 9)} CPU ms/MB`);
  }
  const spread = (xs: number[]) => f2(Math.max(...xs) / Math.min(...xs));
  lines.push(
    `  spread: max/min = ${spread(sc.map((s) => s.msPerMB))} wall, ${spread(sc.map((s) => s.cpuMsPerMB))} CPU (target: flat within 20%, <= 1.20)`,
  );

  let patho: ReturnType<typeof pathological> | undefined;
  if (values.pathological) {
    // Ordinary news: the seed article ×100 (as paragraphs), the same baseline the ratio uses.
    const news = sc.find((s) => s.name === '×100')!.cpuMsPerMB;
    patho = pathological(article, news, values.cases ? new RegExp(values.cases, 'i') : null);
    lines.push('');
    lines.push(
      `Pathological inputs (each alone in a child process; ratio = its CPU ms/MB over ordinary news (the seed ×100) timed in the same process, interleaved; target <= 3;`,
    );
    lines.push(`  warm = the same over ordinary news in this process after the throughput and scaling runs: ${f1(news)} CPU ms/MB;`);
    const newsFloors = patho.flatMap((p) => ('newsFloorCpuMsPerMB' in p && typeof p.newsFloorCpuMsPerMB === 'number' ? [p.newsFloorCpuMsPerMB] : []));
    lines.push(
      `  floor (a): CPU ms/MB of bare wink-nlp readDoc on the same text, one call (on the ordinary news: ${newsFloors.length ? f1(median(newsFloors)) : 'n/a'}); peak RSS of the extract runs):`,
    );
    lines.push(
      `  ${pad('input', 20)} ${lpad('KB', 7)} ${lpad('ms/MB', 9)} ${lpad('CPU ms/MB', 10)} ${lpad('ratio', 6)} ${lpad('warm', 6)} ${lpad('floor (a)', 10)} ${lpad('peak RSS', 9)} ${lpad('quotes', 7)} ${lpad('warnings', 8)}  what`,
    );
    for (const p of patho) {
      if ('error' in p) lines.push(`  ${pad(p.name, 20)} ${lpad((p.chars / 1000).toFixed(0), 7)} FAILED: ${p.error}`);
      else
        lines.push(
          `  ${pad(p.name, 20)} ${lpad((p.chars / 1000).toFixed(0), 7)} ${lpad(f1(p.msPerMB), 9)} ${lpad(f1(p.cpuMsPerMB), 10)} ${lpad(f2(p.ratio), 6)} ${lpad(f2(p.ratioToWarm), 6)} ${lpad(p.floorCpuMsPerMB === null ? 'n/a' : f1(p.floorCpuMsPerMB), 10)} ${lpad(`${f1(p.peakRssMB)} MB`, 9)} ${lpad(String(p.quotes), 7)} ${lpad(String(p.warnings), 8)}  ${p.note}${p.badSpans ? ` — ${p.badSpans} BAD SPANS` : ''}`,
        );
    }
  }

  let soaked: ReturnType<typeof soak> | undefined;
  if (values.soak) {
    soaked = soak(soakArticles);
    lines.push('');
    lines.push(
      `Archive soak: ${soaked.articles} synthetic articles (mean ${f1(soaked.chars / soaked.articles / 1000)} KB), ${f1(soaked.archiveMB)} MB JSONL, ${soaked.freshWords} never-seen words (targets: peak RSS < 400 MB, >= 300 articles/s)`,
    );
    const lib = soaked.library as Record<string, unknown>;
    if ('error' in lib) lines.push(`  library loop (one process): FAILED: ${String(lib.error)}`);
    else {
      lines.push(
        `  library loop (one node + tsx process, readline + extract): ${f1(lib.articlesPerSecond as number)} articles/s (${f2((lib.chars as number) / MB / (lib.seconds as number))} MB/s), ${f2(lib.seconds as number)} s; by CPU time ${f1((lib.articles as number) / (lib.cpuSeconds as number))} articles/s (${f2(lib.cpuSeconds as number)} s); peak RSS ${f1(lib.peakRssMB as number)} MB; ${String(lib.quotes)} quotes`,
      );
      lines.push(`  RSS every 5,000 articles (MB): ${(lib.samples as [number, number][]).map(([n, r]) => `${n / 1000}k:${r}`).join(' ')}`);
    }
    const cli = soaked.cli;
    if ('skipped' in cli) lines.push(`  CLI: skipped: ${String(cli.skipped)}`);
    else
      lines.push(
        `  CLI (${String(cli.command)}): exit ${String(cli.status)}, ${f1(soaked.articles / (cli.seconds as number))} articles/s incl. startup, ${f2(cli.seconds as number)} s; by CPU time ${cli.cpuSeconds === null ? 'n/a' : `${f1(soaked.articles / (cli.cpuSeconds as number))} articles/s (${f2(cli.cpuSeconds as number)} s, all threads)`}; peak RSS ${cli.peakRssMB === null ? 'n/a' : `${f1(cli.peakRssMB as number)} MB`}, ${String(cli.outputLines)} output lines${cli.stderrTail ? `; stderr: ${String(cli.stderrTail)}` : ''}`,
      );
  }

  let queued: Awaited<ReturnType<typeof queueBench>> | undefined;
  if (values.queue) {
    queued = await queueBench(join(builtDir().dir, 'cli', 'main.js'), Number(values['queue-articles']), 2, progress);
    lines.push('');
    if ('skipped' in queued) lines.push(`Queue (issue 15): skipped: ${queued.skipped}`);
    else {
      lines.push(`Queue (issue 15): ${queued.articles} synthetic articles, best of ${queued.rounds} alternating rounds, process start to exit (target: queue ≥ 0.85 × CLI)`);
      lines.push(`  CLI extract --workers 2:           ${f1(queued.cliPerSecond)} articles/s (${queued.cliSeconds.map(f2).join(', ')} s)`);
      lines.push(`  Redis queue, 2 worker processes:   ${f1(queued.queuePerSecond)} articles/s (${queued.queueSeconds.map(f2).join(', ')} s; chunks of ${queued.chunkSize}; enqueue ${queued.enqueueSeconds.map(f2).join(', ')} s apart)`);
      if (queued.cpuRatio !== null) {
        lines.push(`  CPU seconds (all threads; both workers added): CLI ${queued.cliCpuSeconds.map(f2).join(', ')}, queue ${queued.queueCpuSeconds.map(f2).join(', ')}`);
      }
      lines.push(`  queue/CLI: ${f2(queued.ratio)} wall${queued.cpuRatio === null ? '' : `, ${f2(queued.cpuRatio)} by CPU time`}; collected output ${queued.sameOutput ? 'identical to' : 'DIFFERENT FROM'} the CLI's`);
    }
  }

  lines.push('');
  lines.push(`load average at end: ${loadavg().map(f2).join(' ')}`);
  lines.push(`Bench run time: ${f1((performance.now() - t0) / 1000)} s`);
  console.log(lines.join('\n'));
  if (values.json) {
    console.log(JSON.stringify({ corpus: { label: corpus.label, articles: corpus.texts.length }, throughput: cmp, mainPeakRssMB: mainPeak, cold, scaling: sc, pathological: patho, soak: soaked, queue: queued }, null, 2));
  }
}

await main();
