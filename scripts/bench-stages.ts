// CPU time of each stage after text analysis, the order of src/extract.ts: the texts are
// analysed once (wink is not what this measures), then every round runs the stages over all of
// them; per stage, the median and the minimum over rounds. Keep the list in step with extract.ts.
//   npx tsx scripts/bench-stages.ts [--corpus FILE.jsonl] [--case NAME] [--rounds N]
// --case: one input of `npm run bench` (pathological or scaling, e.g. 'many titles', '×100').
// CPU time, not wall clock: on a shared machine compare trees in the same minute, alternately.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { analyzeText } from '../src/stages/analyze-text.js';
import { findQuoteMarks } from '../src/stages/find-quote-marks.js';
import { pairQuoteMarks } from '../src/stages/pair-quote-marks.js';
import { findClauses } from '../src/stages/find-clauses.js';
import { findReportingCues } from '../src/stages/find-reporting-cues.js';
import { findPageFurniture } from '../src/stages/find-page-furniture.js';
import { findDirectQuotes } from '../src/stages/find-direct-quotes.js';
import { findIndirectQuotes } from '../src/stages/find-indirect-quotes.js';
import { mergeMixedQuotes } from '../src/stages/merge-mixed-quotes.js';
import { classifyQuotes } from '../src/stages/classify-quotes.js';
import { dropFurnitureQuotes } from '../src/stages/drop-furniture-quotes.js';
import { attributeReportedClauses } from '../src/stages/attribute-reported-clauses.js';
import { attributeDirectQuotes } from '../src/stages/attribute-direct-quotes.js';
import { shareUtteranceSpeakers } from '../src/stages/share-utterance-speakers.js';
import { attributeFloatingQuotes } from '../src/stages/attribute-floating-quotes.js';
import { resolveSpeakers } from '../src/stages/resolve-speakers.js';
import { classifyContent } from '../src/stages/classify-content.js';
import { checkCueSenses } from '../src/stages/check-cue-senses.js';
import { dropNestedAttributions } from '../src/stages/drop-nested-attributions.js';
import { endBeforeParticipleReports } from '../src/stages/end-before-participle-reports.js';
import { selectScope } from '../src/stages/select-scope.js';
import { finalizeQuotes } from '../src/stages/finalize-quotes.js';
import { buildRoster } from '../src/stages/build-roster.js';
import type { AnalyzedText, Document } from '../src/document.js';
import type { QuoteType } from '../src/types.js';
import { pathologicalInputs, scalingInputs } from './bench-inputs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(option('--rounds') ?? 10);
const caseName = option('--case');
const corpus = option('--corpus') ?? join(root, '..', 'shared', 'eval', 'polnear_dev.jsonl');

function texts(): { label: string; texts: string[] } {
  if (caseName !== undefined) {
    const article = readFileSync(join(root, 'fixtures', '000_4deb51c0f7f3ecc6.txt'), 'utf8');
    const input = [...pathologicalInputs(article), ...scalingInputs(article)].find((p) => p.name === caseName);
    if (!input) throw new Error(`no bench input named ${caseName}`);
    return { label: caseName, texts: [input.text] };
  }
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return { label: corpus, texts: lines.map((l) => (JSON.parse(l) as { text: string }).text) };
}

const SPEECH: ReadonlySet<QuoteType> = new Set(['direct', 'indirect', 'mixed']);

/** One pass of the stages over every analysed text; adds each stage's CPU ms to `ms`. */
function pass(analysed: readonly AnalyzedText[], ms: Map<string, number>): void {
  const time = <R>(stage: string, run: () => R): R => {
    const start = process.cpuUsage();
    const result = run();
    const used = process.cpuUsage(start);
    ms.set(stage, (ms.get(stage) ?? 0) + (used.user + used.system) / 1000);
    return result;
  };
  for (const text of analysed) {
    const marks = time('quote marks', () => pairQuoteMarks(text, findQuoteMarks(text)));
    const withQuotes = { ...text, quotes: marks.layer };
    const withClauses = { ...withQuotes, clauses: time('clauses', () => findClauses(withQuotes)) };
    const doc: Document = { ...withClauses, cues: time('cues', () => findReportingCues(withClauses)) };
    const furniture = time('page furniture', () => findPageFurniture(doc));
    const direct = time('direct quotes', () => findDirectQuotes(doc, doc.quotes.spans));
    const clauses = time('indirect quotes', () => findIndirectQuotes(doc));
    const merged = time('mixed quotes', () => mergeMixedQuotes(doc, direct.drafts, clauses));
    const prose = time('classify, drop furniture', () => dropFurnitureQuotes(classifyQuotes(merged), furniture));
    const atClauses = time('attribution: clause cues', () => attributeReportedClauses(doc, prose));
    const atQuotes = time('attribution: quote cues', () => attributeDirectQuotes(doc, atClauses));
    const fragments = time('attribution: fragments', () => shareUtteranceSpeakers(atQuotes));
    const attributed = time('attribution: floating', () => attributeFloatingQuotes(doc, fragments));
    const entities = time('entity layer', () => resolveSpeakers(doc, attributed, furniture));
    const withContent = time('content kinds', () => classifyContent(doc, entities.drafts));
    const senses = time('cue senses', () => checkCueSenses(doc, withContent));
    const scoped = time('nested, scope', () => selectScope(dropNestedAttributions(endBeforeParticipleReports(doc, senses), doc.text), 'statements'));
    const quotes = time('finalize', () => finalizeQuotes(doc, scoped, SPEECH));
    time('roster', () => buildRoster(quotes, entities));
  }
}

const { label, texts: inputs } = texts();
const tokenizer = new WinkTokenizer();
const analysed = inputs.map((t) => analyzeText(t, tokenizer));
const chars = inputs.reduce((n, t) => n + t.length, 0);
const perStage = new Map<string, number[]>();
const warmUp = 2;
for (let r = 0; r < rounds + warmUp; r++) {
  const ms = new Map<string, number>();
  pass(analysed, ms);
  ms.set('TOTAL', [...ms.values()].reduce((a, b) => a + b, 0));
  if (r < warmUp) continue;
  for (const [stage, v] of ms) perStage.set(stage, [...(perStage.get(stage) ?? []), v]);
}
const median = (v: readonly number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
console.log(`${label}: ${inputs.length} texts, ${(chars / 1e6).toFixed(3)} MB; ${rounds} rounds after ${warmUp} warm-up; CPU ms per pass`);
console.log(`${'stage'.padEnd(28)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'ms/MB'.padStart(8)}`);
for (const [stage, v] of perStage) {
  console.log(`${stage.padEnd(28)} ${median(v).toFixed(1).padStart(8)} ${Math.min(...v).toFixed(1).padStart(8)} ${((median(v) / chars) * 1e6).toFixed(0).padStart(8)}`);
}
