// Derives the wide scope's confidences (#14) from polnear_train and prints them next to the
// catalogue's (src/rules/catalogue.ts: WIDE_ONLY_FINDING_RULES, CONTENT_KIND_CONFIDENCE).
// Run on polnear_train ONLY (dev measures the result: `npm run eval -- … --scope wide`):
//
//   npm run calibrate:wide -- ../shared/eval/polnear_train.jsonl
//
// 1. The scale: speaker accuracy per confidence band of the default scope's records on train
//    (matched at > 0.3, gold with a speaker), as the eval prints it. Confidences there are the
//    catalogue's hand-set, calibrated figures; this script does not change them.
// 2. The groups: in the wide scope, records of a wide-only finding rule (one group per rule),
//    and records of a shared rule whose content is not a statement (one group per rule and
//    kind), attributed by `+speaker-before` or `+speaker-after` (lower attribution rules cap the
//    confidence anyway). Their speaker accuracy on train.
// 3. A group's confidence: the middle of the default-scope band (from 0.4 up) whose accuracy is
//    nearest the group's; nearer to 0% than to every band, 0.3; under MIN_RECORDS records, no figure
//    (a wide-only rule keeps 0.3, a shared rule's kind keeps its rule's confidence). A content
//    kind only caps a shared rule: a figure at or above the rule's own needs no entry.
//    Rerun after retraining the model (npm run train:attributions) or changing a wide-only rule.
// Prints a Markdown table (docs/attribution.md holds a copy) and exits 1 when the catalogue
// differs from what the data gives.
import { extract } from '../src/index.js';
import { CONTENT_KIND_CONFIDENCE, FINDING_RULES, WIDE_ONLY_FINDING_RULES, findingRuleOf, type FindingRuleId } from '../src/rules/catalogue.js';
import type { ContentKind, Quote } from '../src/types.js';
import { FINE_BANDS, matchQuotes, speakerCorrect } from './score.js';
import { readTrainSplit } from './train-split.js';

const MIN_RECORDS = 20;
const TOP_ATTRIBUTIONS = new Set(['speaker-before', 'speaker-after']);
const LOWEST = 0.3;

const file = process.argv[2] ?? '../shared/eval/polnear_train.jsonl';
const articles = readTrainSplit(file, 'calibrate');

/** Every matched record of the scope with a gold speaker: the record and whether its speaker is right. */
function scored(scope: 'statements' | 'wide'): { q: Quote; ok: boolean }[] {
  const out: { q: Quote; ok: boolean }[] = [];
  for (const a of articles) {
    const quotes = extract(a.text, { scope }).quotes;
    const { goldToPred } = matchQuotes(a.quotes, quotes, 0.3);
    goldToPred.forEach((j, gi) => {
      const g = a.quotes[gi]!;
      if (j < 0 || g.speakerStart === null || g.speakerEnd === null) return;
      out.push({ q: quotes[j]!, ok: speakerCorrect(g, quotes[j]!) });
    });
  }
  return out;
}

// 1. The default scope's scale.
const scale: { confidence: number; accuracy: number; n: number }[] = [];
const defaults = scored('statements');
for (const [min, max] of FINE_BANDS) {
  if (min < 0.4) continue;
  const inBand = defaults.filter(({ q }) => q.confidence >= min && (q.confidence < max || max === 1));
  if (inBand.length === 0) continue;
  scale.push({ confidence: Math.round((min + 0.05) * 100) / 100, accuracy: inBand.filter((r) => r.ok).length / inBand.length, n: inBand.length });
}
/** The middle of the default-scope band whose accuracy is nearest (ties: the higher band); nearer to 0% than to every band: LOWEST. */
const place = (accuracy: number): number => {
  let best = { confidence: LOWEST, distance: accuracy };
  for (const b of scale) if (Math.abs(accuracy - b.accuracy) <= best.distance) best = { confidence: b.confidence, distance: Math.abs(accuracy - b.accuracy) };
  return best.confidence;
};

// 2. The groups.
const wideOnly = new Set<FindingRuleId>(WIDE_ONLY_FINDING_RULES);
const groups = new Map<string, { rule: FindingRuleId; kind: ContentKind | null; ok: number; n: number }>();
for (const { q, ok } of scored('wide')) {
  const parts = q.rule.split('+');
  if (!TOP_ATTRIBUTIONS.has(parts[parts.length - 1]!)) continue;
  const rule = findingRuleOf(q.rule);
  if (!wideOnly.has(rule) && q.contentKind === 'statement') continue;
  const kind = wideOnly.has(rule) ? null : q.contentKind;
  const key = `${rule} ${kind ?? ''}`;
  const g = groups.get(key) ?? { rule, kind, ok: 0, n: 0 };
  g.n++;
  if (ok) g.ok++;
  groups.set(key, g);
}

// 3. Their confidences, against the catalogue's.
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`Default scope on ${file} (the scale): ${scale.map((b) => `${b.confidence} ← ${pct(b.accuracy)}% (${b.n})`).join(', ')}\n`);
console.log('| group | records | speaker right | derived | catalogue |');
console.log('|---|---|---|---|---|');
let differs = 0;
const seen = new Set<string>();
for (const g of [...groups.values()].sort((a, b) => b.n - a.n)) {
  const placed = g.n >= MIN_RECORDS ? place(g.ok / g.n) : null;
  // A content kind only caps its rule: at or above the rule's own figure it needs no entry.
  const derived = placed !== null && g.kind !== null && placed >= FINDING_RULES[g.rule].confidence ? null : placed;
  const catalogue = g.kind === null ? FINDING_RULES[g.rule].confidence : (CONTENT_KIND_CONFIDENCE[g.rule]?.[g.kind] ?? null);
  const expected = derived ?? (g.kind === null ? LOWEST : null);
  if (expected !== catalogue) differs++;
  seen.add(`${g.rule} ${g.kind ?? ''}`);
  const name = g.kind === null ? `\`${g.rule}\`` : `\`${g.rule}\`, ${g.kind}`;
  const shown = derived ?? (placed === null ? `(under ${MIN_RECORDS})` : `${placed} (no cap: rule ${FINDING_RULES[g.rule].confidence})`);
  console.log(`| ${name} | ${g.n} | ${pct(g.ok / g.n)}% | ${shown} | ${catalogue ?? '–'} |`);
}
// A catalogue figure with no records behind it.
for (const rule of WIDE_ONLY_FINDING_RULES) {
  if (!seen.has(`${rule} `) && FINDING_RULES[rule].confidence !== LOWEST) differs++;
}
for (const [rule, kinds] of Object.entries(CONTENT_KIND_CONFIDENCE)) {
  for (const kind of Object.keys(kinds ?? {})) {
    const g = groups.get(`${rule} ${kind}`);
    if (!g || g.n < MIN_RECORDS) differs++;
  }
}
console.log(differs === 0 ? '\nThe catalogue holds these figures.' : `\n${differs} figure(s) of the catalogue differ from the data: update src/rules/catalogue.ts.`);
process.exitCode = differs === 0 ? 0 : 1;
