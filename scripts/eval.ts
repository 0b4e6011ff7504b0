// `npm run eval -- [FILE.jsonl ...] [options]`: runs extract() over gold articles and prints
// quote P/R/F1 at 0.3 and 0.8 overlap, speaker / name / cue accuracy, a confidence table and,
// on request, the most instructive errors. The metric lives in scripts/score.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/index.js';
import type { Quote } from '../src/index.js';
import { SPEECH_VERB_FORMS } from '../src/data/lexicon.generated.js';
import { SPEECH_VERB_LEMMAS } from '../src/data/speech-verbs.js';
import { goldShape } from './gold-shape.js';
import type { Scope } from '../src/index.js';
import {
  filterGold,
  GOLD_TYPES,
  isGoldType,
  isSpeechCue,
  score,
  speechForms,
  type GoldQuote,
  type GoldRecord,
  type GoldType,
  type Prf,
  type ScoredDocument,
  type ThresholdReport,
} from './score.js';

const HELP = `Usage: npm run eval -- [FILE.jsonl ...] [options]

Scores quotewise's extract() against gold quotes (format: ../shared/eval/README.md).
Default files: fixtures/gold/*.jsonl.

Options:
  --scope SCOPE      the extract() scope to score: statements (default: what a source said)
                     or wide (also questions, topics, intentions, beliefs, findings).
  --speech-only      keep only gold whose cue reports speech: a speech-verb form
                     (src/data/lexicon.generated.ts SPEECH_VERB_FORMS, plus the lemmas
                     of src/data/speech-verbs.ts with their regular inflections), "according
                     to", or a punctuation-only cue (":", "—", "―"). In the statements scope,
                     also only gold whose content is a statement, sorted by the eval's OWN
                     gold-side surface test (scripts/gold-shape.ts, which imports nothing from
                     the library: content opening with "to" is an intention, with whether or a
                     wh-word a question, content without a finite-clause word a topic); the
                     tables score that gold, and a summary prints both definitions (cue only;
                     cue + statement content) with how many gold each keeps. Default: off.
  --types LIST       comma-separated gold/prediction types to keep (direct,indirect,mixed).
                     Default: all three.
  --by-cue N         recall and speaker accuracy (at 0.3) for the N gold cues with the most
                     misses (grouped by the cue's speech verb, else the whole cue). Default: 0.
  --errors N         list the N most instructive misses, false alarms, wrong speakers and
                     wrong canonical names (each). Default: 0.
  --json             print the whole report as JSON instead of tables.
  --limit N          score only the first N articles of each file. Default: all.
  -h, --help         this text.

Filtered-out gold is not dropped silently: an unmatched prediction that would have matched it
counts neither as a hit nor as a false alarm (reported as "ignored predictions").`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parse() {
  try {
    return parseOptions();
  } catch (err) {
    // parseArgs throws for an unknown option or a missing value: a usage error, not a crash.
    console.error(`${(err as Error).message}\nRun npm run eval -- --help for the options.`);
    process.exit(2);
  }
}

function parseOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'speech-only': { type: 'boolean', default: false },
      scope: { type: 'string', default: 'statements' },
      types: { type: 'string' },
      errors: { type: 'string', default: '0' },
      'by-cue': { type: 'string', default: '0' },
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  let types: GoldType[] | undefined;
  if (values.types !== undefined) {
    const list = values.types.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = list.filter((t) => !isGoldType(t));
    if (bad.length > 0 || list.length === 0) {
      console.error(`--types: expected a comma-separated list of direct, indirect, mixed; got "${values.types}"`);
      process.exit(2);
    }
    types = list as GoldType[];
  }
  const errors = Number(values.errors);
  if (!Number.isInteger(errors) || errors < 0) {
    console.error(`--errors: expected a non-negative integer, got "${values.errors}"`);
    process.exit(2);
  }
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(limit > 0)) {
    console.error(`--limit: expected a positive integer, got "${values.limit}"`);
    process.exit(2);
  }
  let files = positionals.map((p) => resolve(p));
  if (files.length === 0) {
    const dir = join(root, 'fixtures', 'gold');
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(dir, f));
  }
  const label = positionals.length === 0 ? `fixtures/gold/*.jsonl (${files.length} files)` : null;
  const byCue = Number(values['by-cue']);
  if (!Number.isInteger(byCue) || byCue < 0) {
    console.error(`--by-cue: expected a non-negative integer, got "${values['by-cue']}"`);
    process.exit(2);
  }
  const scope = values.scope;
  if (scope !== 'statements' && scope !== 'wide') {
    console.error(`--scope: expected statements or wide, got "${scope}"`);
    process.exit(2);
  }
  return { files, label, speechOnly: values['speech-only'], scope: scope as Scope, types, errors, byCue, json: values.json, limit };
}

interface Loaded {
  file: string;
  records: GoldRecord[];
  badGold: string[];
}

function load(file: string, limit: number): Loaded {
  const records: GoldRecord[] = [];
  const badGold: string[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length && records.length < limit; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const r = JSON.parse(line) as GoldRecord;
    if (typeof r.text !== 'string' || !Array.isArray(r.quotes)) throw new Error(`${file}:${i + 1}: not a gold record`);
    const quotes: GoldQuote[] = [];
    for (const q of r.quotes) {
      // A gold span that does not match its text would make every figure wrong: report it.
      if (r.text.slice(q.start, q.end) !== q.text || !isGoldType(q.type)) {
        badGold.push(`${r.id}: ${q.start}-${q.end} ${JSON.stringify(q.text.slice(0, 40))}`);
        continue;
      }
      quotes.push({
        ...q,
        speaker: q.speaker ?? null,
        speakerStart: q.speakerStart ?? null,
        speakerEnd: q.speakerEnd ?? null,
        cue: q.cue ?? null,
        cueStart: q.cueStart ?? null,
        cueEnd: q.cueEnd ?? null,
      });
    }
    records.push({ id: r.id, text: r.text, quotes });
  }
  return { file, records, badGold };
}

/** Counts spans of a prediction that break `input.slice(start, end) === text`. */
function badSpans(text: string, q: Quote): number {
  let bad = 0;
  for (const s of [q, q.speaker, q.cue, q.addressee]) if (s && text.slice(s.start, s.end) !== s.text) bad++;
  return bad;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const count = (n: number): string => String(n).padStart(6);
const snip = (s: string, n = 90): string => {
  const flat = s.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > n ? `${flat.slice(0, n - 1)}…` : flat);
};

function topCounts(items: readonly string[], n: number): string {
  const m = new Map<string, number>();
  for (const it of items) m.set(it, (m.get(it) ?? 0) + 1);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, v]) => `${JSON.stringify(k)} ${v}`)
    .join(', ');
}

/** Takes items round-robin across documents so that one article cannot fill the list. */
function spread<T extends { doc: number }>(sorted: readonly T[], n: number): T[] {
  const byDoc = new Map<number, T[]>();
  for (const it of sorted) {
    const l = byDoc.get(it.doc) ?? [];
    l.push(it);
    byDoc.set(it.doc, l);
  }
  // Documents ordered by the rank of their best item, so the best items come first.
  const queues = [...byDoc.values()];
  const out: T[] = [];
  for (let round = 0; out.length < n; round++) {
    let any = false;
    for (const q of queues) {
      const it = q[round];
      if (it === undefined) continue;
      any = true;
      out.push(it);
      if (out.length >= n) break;
    }
    if (!any) break;
  }
  return out;
}

const TYPE_RANK: Record<GoldType, number> = { direct: 0, mixed: 1, indirect: 2 };

function main(): void {
  const t0 = performance.now();
  const opts = parse();
  const forms = speechForms(SPEECH_VERB_FORMS.keys(), SPEECH_VERB_LEMMAS);
  const loaded = opts.files.map((f) => load(f, opts.limit));

  const docs: ScoredDocument[] = [];
  const docFile: number[] = [];
  const allGold: GoldQuote[] = [];
  const keptGold: GoldQuote[] = [];
  const droppedGold: GoldQuote[] = [];
  // Warm up: the first call creates the wink-nlp instance (cold start is measured by the bench).
  extract('Warm-up, "he said."');
  let extractMs = 0;
  let chars = 0;
  let spanErrors = 0;
  let crashes = 0;
  const crashIds: string[] = [];
  let predictedTotal = 0;
  const predTypes: string[] = [];
  const predKinds: string[] = [];
  // In the statements scope --speech-only also sets aside gold whose content is not a statement,
  // by the eval's own gold-side test (scripts/gold-shape.ts); the cue-only figure is kept too.
  const byContent = opts.speechOnly && opts.scope === 'statements';
  const setAsideKinds: string[] = [];
  const cueOnlyDocs: ScoredDocument[] = [];
  loaded.forEach((l, fi) => {
    for (const r of l.records) {
      const base = { speechOnly: opts.speechOnly, ...(opts.types ? { types: opts.types } : {}), speechForms: forms };
      const { kept, ignored } = filterGold(r.quotes, byContent ? { ...base, contentKindOf: goldShape, contentKinds: ['statement'] } : base);
      if (byContent) {
        const cueOnly = filterGold(r.quotes, base);
        for (const q of cueOnly.kept) if (goldShape(q) !== 'statement') setAsideKinds.push(goldShape(q));
        cueOnlyDocs.push({ id: r.id, text: r.text, gold: cueOnly.kept, ignored: cueOnly.ignored, predicted: [] });
      }
      allGold.push(...r.quotes);
      keptGold.push(...kept);
      droppedGold.push(...ignored);
      let quotes: Quote[] = [];
      const s = performance.now();
      try {
        quotes = extract(r.text, { scope: opts.scope }).quotes;
      } catch (err) {
        crashes++;
        crashIds.push(`${r.id}: ${(err as Error).message}`);
      }
      extractMs += performance.now() - s;
      chars += r.text.length;
      for (const q of quotes) spanErrors += badSpans(r.text, q);
      predictedTotal += quotes.length;
      const predicted = opts.types ? quotes.filter((q) => (opts.types as string[]).includes(q.type)) : quotes;
      for (const q of predicted) {
        predTypes.push(q.type);
        predKinds.push(q.contentKind);
      }
      docs.push({ id: r.id, text: r.text, gold: kept, ignored, predicted });
      if (byContent) cueOnlyDocs[cueOnlyDocs.length - 1]!.predicted = predicted;
      docFile.push(fi);
    }
  });

  const reports = score(docs);
  const definitions = byContent
    ? [
        { definition: 'cue only', gold: cueOnlyDocs.reduce((n, d) => n + d.gold.length, 0), reports: score(cueOnlyDocs) },
        { definition: 'cue + statement content', gold: keptGold.length, reports },
      ]
    : null;
  const perFile =
    loaded.length > 1
      ? loaded.map((l, fi) => {
          const sub = docs.filter((_, di) => docFile[di] === fi);
          return { file: l.file, articles: sub.length, reports: score(sub) };
        })
      : [];
  const errors = opts.errors > 0 ? collectErrors(docs, reports[0]!, opts.errors) : null;
  const cueRows = opts.byCue > 0 ? cueBreakdown(docs, reports[0]!, opts.byCue) : null;
  const totalMs = performance.now() - t0;

  const typeCounts = (qs: readonly GoldQuote[]) =>
    Object.fromEntries(GOLD_TYPES.map((t) => [t, qs.filter((q) => q.type === t).length]));
  const summary = {
    files: loaded.map((l) => relative(process.cwd(), l.file)),
    articles: docs.length,
    gold: { total: allGold.length, byType: typeCounts(allGold), invalid: loaded.flatMap((l) => l.badGold) },
    scope: opts.scope,
    filters: { speechOnly: opts.speechOnly, types: opts.types ?? [...GOLD_TYPES], setAsideByContent: countBy(setAsideKinds) },
    kept: { total: keptGold.length, byType: typeCounts(keptGold) },
    dropped: { total: droppedGold.length, byType: typeCounts(droppedGold) },
    predictions: { total: predictedTotal, scored: predTypes.length, byType: countBy(predTypes), byContentKind: countBy(predKinds) },
    spanInvariantViolations: spanErrors,
    extractErrors: crashIds,
    timing: {
      extractMs: Math.round(extractMs),
      totalMs: Math.round(totalMs),
      mbPerSecond: chars / 1e6 / (extractMs / 1000),
    },
  };

  if (opts.json) {
    // Match lists are per-quote detail for --errors, too long for JSON output.
    const strip = (r: ThresholdReport): Partial<ThresholdReport> => {
      const rest: Partial<ThresholdReport> = { ...r };
      delete rest.matches;
      delete rest.misses;
      delete rest.falseAlarms;
      return rest;
    };
    console.log(
      JSON.stringify(
        {
          ...summary,
          keptCues: opts.speechOnly ? cueTable(keptGold) : undefined,
          droppedCues: droppedGold.length > 0 ? cueTable(droppedGold) : undefined,
          reports: reports.map(strip),
          speechOnlyDefinitions: definitions?.map((d) => ({ definition: d.definition, gold: d.gold, reports: d.reports.map(strip) })),
          perFile: perFile.map((p) => ({ file: p.file, articles: p.articles, reports: p.reports.map(strip) })),
          errors,
          byCue: cueRows,
        },
        null,
        2,
      ),
    );
    return;
  }

  const out: string[] = [];
  const typeLine = (c: Record<string, number>) => GOLD_TYPES.map((t) => `${c[t] ?? 0} ${t}`).join(', ');
  out.push(`quotewise eval: ${opts.label ?? summary.files.join(', ')} (scope: ${opts.scope})`);
  out.push(`  ${docs.length} articles, ${allGold.length} gold quotes (${typeLine(summary.gold.byType)})`);
  if (summary.gold.invalid.length > 0) {
    out.push(`  ${summary.gold.invalid.length} gold quotes skipped: span does not match text or unknown type, e.g. ${summary.gold.invalid.slice(0, 3).join('; ')}`);
  }
  const filterDesc = [
    opts.speechOnly
      ? `speech-only (cue has a speech-verb form, "according to", or is ":"/dash${byContent ? '; content a statement' : ''})`
      : null,
    opts.types ? `types=${opts.types.join(',')} (gold and predictions)` : null,
  ].filter(Boolean);
  out.push(`  filters: ${filterDesc.length > 0 ? filterDesc.join('; ') : 'none'}`);
  out.push(`  kept ${keptGold.length} of ${allGold.length} gold quotes (${typeLine(summary.kept.byType)})`);
  if (byContent) {
    out.push(`  speech-cue gold set aside as not a statement (scripts/gold-shape.ts): ${Object.entries(countBy(setAsideKinds)).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
    out.push('  speech-only figures by definition of the gold (the tables below score the second):');
    for (const d of definitions ?? []) {
      const at = (r: ThresholdReport) => `>${r.threshold} P ${pct(r.overall.precision)} R ${pct(r.overall.recall)} F1 ${pct(r.overall.f1)}`;
      out.push(`    ${d.definition.padEnd(24)} ${String(d.gold).padStart(6)} gold   ${at(d.reports[0]!)}   ${at(d.reports[1]!)}`);
    }
  }
  if (opts.speechOnly) {
    out.push(`  kept cues (top 15): ${topCounts(keptGold.map((q) => q.cue ?? '(none)'), 15)}`);
  }
  if (droppedGold.length > 0) {
    out.push(`  dropped cues (top 15): ${topCounts(droppedGold.map((q) => q.cue ?? '(none)'), 15)}`);
  }
  out.push(
    `  predictions: ${predTypes.length} scored (${Object.entries(summary.predictions.byType).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'})` +
      (predTypes.length !== predictedTotal ? `, ${predictedTotal - predTypes.length} removed by --types` : ''),
  );
  out.push(`  predictions by content kind: ${Object.entries(summary.predictions.byContentKind).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
  out.push(`  span invariant violations (input.slice(start,end) !== text): ${spanErrors}; extract errors: ${crashes}`);
  for (const c of crashIds.slice(0, 5)) out.push(`    ! ${c}`);
  out.push('');
  out.push('Quote spans: a gold quote is matched by the best remaining prediction covering > threshold of it;');
  out.push('  "exact": only a prediction with identical start and end matches (Citron\'s exact-match figure).');
  out.push('  Per type: recall counts gold of the type (matched by a prediction of any type);');
  out.push('  precision counts predictions of the type (matched to gold of any type).');
  out.push('');
  out.push('  overlap  type         P      R     F1   pred matched/all   gold matched/all');
  for (const r of reports) {
    const row = (label: string, p: Prf) =>
      `  ${(r.exact ? 'exact' : `>${r.threshold}`).padEnd(7)}  ${label.padEnd(8)}  ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   ${count(p.predMatched)} / ${count(p.predTotal)}    ${count(p.goldMatched)} / ${count(p.goldTotal)}`;
    out.push(row('all', r.overall));
    for (const t of opts.types ?? GOLD_TYPES) out.push(row(t, r.byType[t]));
    if (r.ignoredPredictions > 0) out.push(`           (${r.ignoredPredictions} predictions matched only filtered-out gold: not counted)`);
  }
  for (const p of perFile) {
    const r0 = p.reports[0]!;
    const figures =
      r0.overall.goldTotal === 0
        ? `no gold quotes; ${r0.overall.fp} predictions (false alarms)`
        : p.reports.map((r) => `${r.exact ? 'exact' : `@${r.threshold}`} P ${pct(r.overall.precision).trim()} R ${pct(r.overall.recall).trim()} F1 ${pct(r.overall.f1).trim()}`).join('; ');
    out.push(`  file ${relative(process.cwd(), p.file)} (${p.articles} articles, ${r0.overall.goldTotal} gold): ${figures}`);
  }
  out.push('');
  const r3 = reports[0]!;
  const accLine = (a: { correct: number; total: number; accuracy: number }) =>
    a.total === 0 ? 'n/a (none)' : `${pct(a.accuracy).trim()}% (${a.correct}/${a.total})`;
  for (const r of reports) {
    out.push(`Matched ${r.exact ? 'exactly' : `at >${r.threshold}`}:`);
    out.push(
      `  speaker accuracy   ${accLine(r.speaker)}  [${GOLD_TYPES.map((t) => `${t} ${accLine(r.speakerByType[t])}`).join('; ')}]`,
    );
    out.push(`  canonical name     ${accLine(r.speakerName)}`);
    out.push(`  speaker kind       ${accLine(r.speakerKind)}`);
    out.push(`  cue accuracy       ${accLine(r.cue)}`);
    out.push(`  no-source gold     ${r.noSourceSpeaker.total} matched, predicted no speaker for ${r.noSourceSpeaker.correct}`);
  }
  out.push('  speaker: the predicted speaker mention overlaps the gold mention (a pronoun "he" is right only');
  out.push('  where the gold marks that "he"); gold without a speaker (no-source) is left out of it and');
  out.push('  counted on the "no-source" line. Canonical name: only gold with a hand-annotated speakerName');
  out.push('  (never speakerNameAuto; speakerNameUnsure left out): every token of one "|" alternative, ignoring');
  out.push('  determiners, one-letter initials and Jr./Sr./II/III, occurs in the predicted speaker.name (in the');
  out.push('  mention text when the name is null). Kind: predicted speaker.kind equals gold speakerKind (no');
  out.push('  speaker = "none"). Cue: predicted cue span overlaps the gold cue.');
  out.push('');
  out.push(`Type of matched pairs at >${r3.threshold} (rows gold, columns predicted):`);
  const predCols = [...new Set(GOLD_TYPES.flatMap((t) => Object.keys(r3.typeConfusion[t])))].sort();
  out.push(`  ${'gold'.padEnd(10)}${predCols.map((c) => c.padStart(10)).join('')}`);
  for (const t of GOLD_TYPES) out.push(`  ${t.padEnd(10)}${predCols.map((c) => String(r3.typeConfusion[t][c] ?? 0).padStart(10)).join('')}`);
  out.push('');
  const kindRows = Object.keys(r3.kindConfusion).sort();
  if (kindRows.length > 0) {
    out.push(`Speaker kind of matched pairs at >${r3.threshold} (rows gold speakerKind, columns predicted kind):`);
    const kindCols = [...new Set(kindRows.flatMap((k) => Object.keys(r3.kindConfusion[k]!)))].sort();
    out.push(`  ${'gold'.padEnd(13)}${kindCols.map((c) => c.padStart(13)).join('')}`);
    for (const k of kindRows) out.push(`  ${k.padEnd(13)}${kindCols.map((c) => String(r3.kindConfusion[k]![c] ?? 0).padStart(13)).join('')}`);
    out.push('');
  }
  out.push(`Speaker accuracy by predicted confidence (matched at >${r3.threshold}, gold with a speaker):`);
  out.push('  band           quotes  correct  accuracy');
  for (const b of [...r3.confidenceCoarse, ...r3.confidence]) {
    out.push(`  ${b.label.padEnd(12)} ${count(b.total)}   ${count(b.correct)}   ${b.total === 0 ? '    -' : pct(b.accuracy)}`);
  }
  // Calibration (#12): each non-empty band is right at least as often as every band below it.
  const filled = r3.confidence.filter((b) => b.total > 0);
  const inversions: string[] = [];
  for (let i = 1; i < filled.length; i++) {
    if (filled[i]!.accuracy < filled[i - 1]!.accuracy) inversions.push(`${filled[i - 1]!.label} > ${filled[i]!.label}`);
  }
  out.push(`  calibrated (accuracy never lower in a higher band): ${inversions.length === 0 ? 'yes' : `no (${inversions.join(', ')})`}`);
  if (cueRows) {
    out.push('');
    out.push(`Gold cues with the most misses at >${reports[0]!.threshold} (by the cue's speech verb, else the whole cue):`);
    out.push('  cue                 gold  missed  recall  speaker ok');
    for (const c of cueRows) {
      out.push(
        `  ${c.cue.padEnd(18)} ${count(c.gold)}  ${count(c.missed)}  ${pct(c.gold ? (c.gold - c.missed) / c.gold : 0)}  ${c.speakerTotal ? pct(c.speakerOk / c.speakerTotal) : '    -'}`,
      );
    }
  }
  if (errors) {
    out.push('');
    out.push(...formatErrors(errors, docs));
  }
  out.push('');
  out.push(
    `Run time: ${(totalMs / 1000).toFixed(2)} s total; extract ${(extractMs / 1000).toFixed(2)} s over ${(chars / 1e6).toFixed(2)} MB (${summary.timing.mbPerSecond.toFixed(2)} MB/s, ${(docs.length / (extractMs / 1000)).toFixed(0)} articles/s)`,
  );
  console.log(out.join('\n'));
}

/** Per gold cue (first word, lower-cased): gold count, misses, speaker accuracy of the matched. */
function cueBreakdown(docs: readonly ScoredDocument[], r: ThresholdReport, n: number) {
  const forms = speechForms(SPEECH_VERB_FORMS.keys(), SPEECH_VERB_LEMMAS);
  // "has said", "said Monday" -> "said"; a cue without a speech verb is kept whole ("is expected").
  const key = (q: GoldQuote) => {
    const cue = (q.cue ?? '(none)').trim().toLowerCase().replace(/\s+/g, ' ');
    const verb = cue.split(/[^a-z']+/).find((w) => forms.has(w));
    return verb ?? (cue.length > 18 ? `${cue.slice(0, 17)}…` : cue || '(none)');
  };
  const rows = new Map<string, { cue: string; gold: number; missed: number; speakerOk: number; speakerTotal: number }>();
  const row = (q: GoldQuote) => {
    const k = key(q);
    let x = rows.get(k);
    if (!x) rows.set(k, (x = { cue: k, gold: 0, missed: 0, speakerOk: 0, speakerTotal: 0 }));
    return x;
  };
  for (const d of docs) for (const q of d.gold) row(q).gold++;
  for (const m of r.misses) row(docs[m.doc]!.gold[m.gold]!).missed++;
  for (const m of r.matches) {
    const g = docs[m.doc]!.gold[m.gold]!;
    if (g.speakerStart === null) continue;
    const x = row(g);
    x.speakerTotal++;
    if (speakerOk(g, docs[m.doc]!.predicted[m.pred]!)) x.speakerOk++;
  }
  return [...rows.values()].sort((a, b) => b.missed - a.missed || b.gold - a.gold).slice(0, n);
}

function countBy(items: readonly string[]): Record<string, number> {
  const m: Record<string, number> = {};
  for (const it of items) m[it] = (m[it] ?? 0) + 1;
  return m;
}

function cueTable(qs: readonly GoldQuote[]): Record<string, number> {
  return countBy(qs.map((q) => q.cue ?? '(none)'));
}

interface ErrorItem {
  doc: number;
  kind: 'miss' | 'false-alarm' | 'wrong-speaker' | 'wrong-name';
  gold?: number;
  pred?: number;
}

/**
 * Picks the most instructive errors at the first threshold: misses of direct quotes first
 * (those should be easy), then boundary misses (a prediction overlaps but too little); false
 * alarms by descending confidence; wrong speakers on direct quotes, most confident first.
 * Each list is spread round-robin over articles.
 */
function collectErrors(docs: readonly ScoredDocument[], r: ThresholdReport, n: number) {
  const forms = speechForms(SPEECH_VERB_FORMS.keys(), SPEECH_VERB_LEMMAS);
  const misses = r.misses
    .map((m) => {
      const d = docs[m.doc]!;
      const g = d.gold[m.gold]!;
      const partial = d.predicted.some((p) => p.start < g.end && p.end > g.start);
      return { ...m, g, key: [TYPE_RANK[g.type], partial ? 0 : 1, isSpeechCue(g.cue, forms) ? 0 : 1, -(g.end - g.start)] };
    })
    .sort((a, b) => cmp(a.key, b.key));
  const falseAlarms = r.falseAlarms
    .map((f) => ({ ...f, key: [-docs[f.doc]!.predicted[f.pred]!.confidence, docs[f.doc]!.predicted[f.pred]!.start] }))
    .sort((a, b) => cmp(a.key, b.key));
  const wrong = r.matches
    .filter((m) => {
      const g = docs[m.doc]!.gold[m.gold]!;
      return g.speakerStart !== null && !speakerOk(g, docs[m.doc]!.predicted[m.pred]!);
    })
    .map((m) => {
      const g = docs[m.doc]!.gold[m.gold]!;
      return { ...m, key: [TYPE_RANK[g.type], -docs[m.doc]!.predicted[m.pred]!.confidence] };
    })
    .sort((a, b) => cmp(a.key, b.key));
  const items: ErrorItem[] = [
    ...spread(misses, n).map((m) => ({ doc: m.doc, kind: 'miss' as const, gold: m.gold })),
    ...spread(falseAlarms, n).map((f) => ({ doc: f.doc, kind: 'false-alarm' as const, pred: f.pred })),
    ...spread(wrong, n).map((w) => ({ doc: w.doc, kind: 'wrong-speaker' as const, gold: w.gold, pred: w.pred })),
    ...spread(r.nameErrors, n).map((w) => ({ doc: w.doc, kind: 'wrong-name' as const, gold: w.gold, pred: w.pred })),
  ];
  return items.map((it) => describeError(docs[it.doc]!, it));
}

function speakerOk(g: GoldQuote, p: ScoredDocument['predicted'][number]): boolean {
  return p.speaker !== null && g.speakerStart !== null && g.speakerEnd !== null && p.speaker.start < g.speakerEnd && p.speaker.end > g.speakerStart;
}

function cmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function describeError(d: ScoredDocument, it: ErrorItem) {
  const g = it.gold === undefined ? undefined : d.gold[it.gold];
  let p = it.pred === undefined ? undefined : d.predicted[it.pred];
  // For a miss, show the prediction that overlaps the gold most (a boundary error), if any.
  if (!p && g) {
    let best = 0;
    for (const q of d.predicted) {
      const o = Math.min(q.end, g.end) - Math.max(q.start, g.start);
      if (o > best) {
        best = o;
        p = q;
      }
    }
  }
  // For a false alarm, show the gold it overlaps most, if any.
  let og = g;
  if (!og && p) {
    let best = 0;
    for (const q of [...d.gold, ...(d.ignored ?? [])]) {
      const o = Math.min(q.end, p.end) - Math.max(q.start, p.start);
      if (o > best) {
        best = o;
        og = q;
      }
    }
  }
  return {
    kind: it.kind,
    article: d.id,
    gold: og
      ? {
          type: og.type,
          start: og.start,
          end: og.end,
          text: og.text,
          speaker: og.speaker,
          cue: og.cue,
          speakerName: og.speakerName ?? null,
          speakerKind: og.speakerKind ?? null,
        }
      : null,
    predicted: p
      ? {
          type: p.type,
          start: p.start,
          end: p.end,
          text: p.text,
          speaker: p.speaker ? p.speaker.text : null,
          name: p.speaker ? p.speaker.name : null,
          kind: p.speaker ? p.speaker.kind : 'none',
          cue: p.cue ? p.cue.text : null,
          rule: p.rule,
          confidence: p.confidence,
        }
      : null,
    context: snip(d.text.slice(Math.max(0, (og ?? p)!.start - 60), Math.min(d.text.length, (og ?? p)!.end + 60)), 220),
  };
}

function formatErrors(errors: ReturnType<typeof describeError>[], _docs: readonly ScoredDocument[]): string[] {
  const out: string[] = [];
  const titles = {
    miss: 'Misses (gold not matched)',
    'false-alarm': 'False alarms (prediction not matched)',
    'wrong-speaker': 'Wrong speakers (matched quote)',
    'wrong-name': 'Wrong canonical names (matched quote, gold speakerName set)',
  };
  for (const kind of ['miss', 'false-alarm', 'wrong-speaker', 'wrong-name'] as const) {
    const list = errors.filter((e) => e.kind === kind);
    out.push(`${titles[kind]}: ${list.length}`);
    list.forEach((e, i) => {
      out.push(`  ${i + 1}. ${e.article}`);
      if (e.gold) {
        out.push(`     gold ${e.gold.type} ${e.gold.start}-${e.gold.end} ${snip(e.gold.text)}`);
        out.push(
          `          speaker ${JSON.stringify(e.gold.speaker)} cue ${JSON.stringify(e.gold.cue)}` +
            (e.gold.speakerName !== null || e.gold.speakerKind !== null
              ? ` name ${JSON.stringify(e.gold.speakerName)} kind ${e.gold.speakerKind ?? '-'}`
              : ''),
        );
      } else out.push('     gold: none overlaps');
      if (e.predicted) {
        out.push(`     pred ${e.predicted.type} ${e.predicted.start}-${e.predicted.end} ${snip(e.predicted.text)}`);
        out.push(
          `          speaker ${JSON.stringify(e.predicted.speaker)} (name ${JSON.stringify(e.predicted.name)}, kind ${e.predicted.kind}) cue ${JSON.stringify(e.predicted.cue)} rule ${e.predicted.rule} conf ${e.predicted.confidence.toFixed(2)}`,
        );
      } else out.push('     pred: none overlaps');
      out.push(`     context ${e.context}`);
    });
  }
  return out;
}

main();
