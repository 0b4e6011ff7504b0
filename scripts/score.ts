// The eval scorer: pure functions, no I/O, so that tests/score.test.ts can pin every metric
// on hand-made gold/prediction pairs. The metric is the Gender Gap Tracker's (see
// ../shared/eval/README.md): for each gold quote in order, the best remaining prediction whose
// overlap covers MORE than `threshold` of the gold span is its match.

/** The quote types the gold distinguishes. */
export type GoldType = 'direct' | 'indirect' | 'mixed';
export const GOLD_TYPES: readonly GoldType[] = ['direct', 'indirect', 'mixed'];

/** One gold quote fragment, as in ../shared/eval/README.md (extra fields are ignored). */
export interface GoldQuote {
  text: string;
  start: number;
  end: number;
  type: GoldType;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** Canonical name annotated by hand; absent/null when not annotated. `|` separates alternatives. */
  speakerName?: string | null;
  /** True where the annotator was unsure of `speakerName`: left out of the name score. */
  speakerNameUnsure?: boolean;
  /** What the speaker is (dev split): person, organization, group, anonymous, document or none. */
  speakerKind?: string | null;
  attributionId?: string;
}

/** One gold article. */
export interface GoldRecord {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/** The part of a quotewise `Quote` the scorer reads (structurally compatible with it). */
export interface PredictedQuote extends SpanLike {
  type: string;
  speaker: (SpanLike & { name: string | null; kind?: string }) | null;
  cue: SpanLike | null;
  confidence: number;
  rule: string;
}

/** One article to score: its gold (after filters), the gold set aside by filters, the predictions. */
export interface ScoredDocument {
  id: string;
  text: string;
  gold: GoldQuote[];
  /**
   * Gold removed by a filter (--speech-only, --types). A prediction left unmatched that would
   * have matched one of these is neither a hit nor a false alarm: it is not counted.
   */
  ignored?: GoldQuote[];
  predicted: PredictedQuote[];
}

export interface Prf {
  /** Matched gold (overall: also the matched predictions). */
  tp: number;
  /** Unmatched predictions. */
  fp: number;
  /** Unmatched gold. */
  fn: number;
  /** Predictions matched / all predictions (per type: predictions of that type). */
  predMatched: number;
  predTotal: number;
  /** Gold matched / all gold (per type: gold of that type). */
  goldMatched: number;
  goldTotal: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface ConfidenceBand {
  label: string;
  min: number;
  /** Exclusive, except the last band, which includes 1. */
  max: number;
  correct: number;
  total: number;
  accuracy: number;
}

export interface Match {
  doc: number;
  gold: number;
  pred: number;
  coverage: number;
}

export interface ThresholdReport {
  threshold: number;
  /** True for the exact-boundaries report (Citron's "exact match"); `threshold` is then 1. */
  exact: boolean;
  overall: Prf;
  /**
   * Per type: recall counts gold of that type (matched by a prediction of any type),
   * precision counts predictions of that type (matched to gold of any type).
   */
  byType: Record<GoldType, Prf>;
  /** Matched pairs: rows gold type, columns predicted type. */
  typeConfusion: Record<GoldType, Record<string, number>>;
  /** Over matched quotes whose gold has a speaker mention: predicted mention overlaps it. */
  speaker: Accuracy;
  speakerByType: Record<GoldType, Accuracy>;
  /** Matched quotes whose gold has no speaker (no-source attributions): predicted null counts as correct. */
  noSourceSpeaker: Accuracy;
  /**
   * Over matched quotes whose gold has a hand-annotated `speakerName` (not marked unsure):
   * every token of one `|` alternative occurs in the predicted name (see `nameCorrect`).
   */
  speakerName: Accuracy;
  /** Over matched quotes whose gold has a `speakerKind`: predicted kind equals it (no speaker = 'none'). */
  speakerKind: Accuracy;
  /** Matched pairs with a gold kind: rows gold kind, columns predicted kind. */
  kindConfusion: Record<string, Record<string, number>>;
  /** Matched quotes counted in `speakerName` whose name was judged wrong. */
  nameErrors: Match[];
  /** Over matched quotes whose gold has a cue span: predicted cue overlaps it. */
  cue: Accuracy;
  /** Speaker accuracy of matched quotes (gold with a speaker) by predicted confidence. */
  confidence: ConfidenceBand[];
  confidenceCoarse: ConfidenceBand[];
  /** Predictions not counted because they matched only filtered-out gold. */
  ignoredPredictions: number;
  matches: Match[];
  /** Per document: gold indices unmatched, prediction indices unmatched (and not ignored). */
  misses: { doc: number; gold: number }[];
  falseAlarms: { doc: number; pred: number }[];
}

/** Length of the intersection of [a, b) and [c, d). */
export function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/** Fraction of the gold span covered by the prediction (an empty gold span is covered only by an identical one). */
export function coverage(gold: { start: number; end: number }, pred: { start: number; end: number }): number {
  const len = gold.end - gold.start;
  if (len <= 0) return pred.start === gold.start && pred.end === gold.end ? 1 : 0;
  return overlap(gold.start, gold.end, pred.start, pred.end) / len;
}

/**
 * Greedy matching: gold quotes in the given order each take the best remaining prediction
 * whose coverage of the gold span is strictly greater than `threshold`. Best = highest
 * coverage, then least extra length outside the gold, then earliest. Returns, per gold,
 * the matched prediction index or -1, and its coverage.
 */
export function matchQuotes(
  gold: readonly { start: number; end: number }[],
  predicted: readonly { start: number; end: number }[],
  threshold: number,
  exact = false,
): { goldToPred: number[]; coverage: number[] } {
  const taken = new Array<boolean>(predicted.length).fill(false);
  const goldToPred: number[] = [];
  const cov: number[] = [];
  for (const g of gold) {
    let best = -1;
    let bestCov = 0;
    let bestExtra = Infinity;
    for (let j = 0; j < predicted.length; j++) {
      if (taken[j]) continue;
      const p = predicted[j]!;
      if (exact && (p.start !== g.start || p.end !== g.end)) continue;
      const c = coverage(g, p);
      if (!exact && !(c > threshold)) continue;
      const extra = p.end - p.start - overlap(g.start, g.end, p.start, p.end);
      if (c > bestCov || (c === bestCov && extra < bestExtra)) {
        best = j;
        bestCov = c;
        bestExtra = extra;
      }
    }
    goldToPred.push(best);
    cov.push(best >= 0 ? bestCov : 0);
    if (best >= 0) taken[best] = true;
  }
  return { goldToPred, coverage: cov };
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, predMatched: tp, predTotal: tp + fp, goldMatched: tp, goldTotal: tp + fn, precision, recall, f1 };
}

const acc = (correct: number, total: number): Accuracy => ({
  correct,
  total,
  accuracy: total === 0 ? 0 : correct / total,
});

const spansOverlap = (a: { start: number; end: number }, bStart: number, bEnd: number): boolean =>
  overlap(a.start, a.end, bStart, bEnd) > 0;

/** Whether the predicted speaker mention overlaps the gold one (false when either is missing). */
export function speakerCorrect(g: GoldQuote, p: PredictedQuote): boolean {
  if (g.speakerStart === null || g.speakerEnd === null || p.speaker === null) return false;
  return spansOverlap(p.speaker, g.speakerStart, g.speakerEnd);
}

/** Whether the predicted cue overlaps the gold cue (false when either is missing). */
export function cueCorrect(g: GoldQuote, p: PredictedQuote): boolean {
  if (g.cueStart === null || g.cueEnd === null || p.cue === null) return false;
  return spansOverlap(p.cue, g.cueStart, g.cueEnd);
}

/** Words a name match ignores: determiners and generational suffixes. */
const IGNORED_NAME_TOKENS = new Set(['the', 'a', 'an', 'jr', 'sr', 'ii', 'iii']);

/**
 * The tokens of a name as the match compares them: NFC, lower case, split on whitespace,
 * punctuation trimmed from both ends (hyphens and apostrophes inside a token are kept, so
 * "Jo-Renee" is one token; a possessive "Trump's" stays "trump's", not "trump"), and
 * determiners, one-letter initials ("J.") and Jr./Sr./II/III left out.
 */
export function nameTokens(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.normalize('NFC').toLowerCase().replace(/\u2019/g, "'").split(/\s+/u)) {
    const t = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (t === '' || IGNORED_NAME_TOKENS.has(t)) continue;
    if ([...t].length === 1 && /\p{L}/u.test(t)) continue;
    out.push(t);
  }
  return out;
}

/**
 * Canonical-name agreement, as ../shared/eval/README.md defines it: every token of one
 * `|` alternative of the gold name (ignoring determiners, one-letter initials and
 * Jr./Sr./II/III) occurs among the tokens of the predicted `speaker.name` or, when that is
 * null, of the predicted mention text. No predicted speaker is wrong; gold marked
 * `speakerNameUnsure` is not scored (the caller leaves it out).
 */
export function nameCorrect(g: GoldQuote, p: PredictedQuote): boolean {
  if (!g.speakerName || p.speaker === null) return false;
  const predicted = new Set(nameTokens(p.speaker.name ?? p.speaker.text));
  return g.speakerName.split('|').some((alt) => {
    const want = nameTokens(alt);
    return want.length > 0 && want.every((t) => predicted.has(t));
  });
}

/** Whether a gold quote takes part in the name score: a hand-annotated name not marked unsure. */
export function nameScored(g: GoldQuote): boolean {
  return !!g.speakerName && g.speakerNameUnsure !== true;
}

/** The predicted kind as the gold labels it: no speaker is 'none'; a speaker without a kind is 'unknown'. */
export function predictedKind(p: PredictedQuote): string {
  return p.speaker === null ? 'none' : (p.speaker.kind ?? 'unknown');
}

/** Speaker-kind agreement with gold `speakerKind` (false when the gold has none). */
export function kindCorrect(g: GoldQuote, p: PredictedQuote): boolean {
  return !!g.speakerKind && g.speakerKind === predictedKind(p);
}

export const FINE_BANDS: readonly [number, number][] = [
  [0, 0.2],
  [0.2, 0.4],
  [0.4, 0.5],
  [0.5, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1],
];
export const COARSE_BANDS: readonly [number, number][] = [
  [0, 0.5],
  [0.5, 1],
];

function bands(limits: readonly [number, number][]): ConfidenceBand[] {
  return limits.map(([min, max], i) => ({
    label: i === limits.length - 1 ? `[${min.toFixed(1)}, ${max.toFixed(1)}]` : `[${min.toFixed(1)}, ${max.toFixed(1)})`,
    min,
    max,
    correct: 0,
    total: 0,
    accuracy: 0,
  }));
}

function addToBand(list: ConfidenceBand[], confidence: number, correct: boolean): void {
  const last = list.length - 1;
  const i = list.findIndex((b, k) => confidence >= b.min && (confidence < b.max || k === last));
  // Out-of-range confidences (a bug in the system under test) go to the nearest end band.
  const band = list[i >= 0 ? i : confidence < 0 ? 0 : last]!;
  band.total++;
  if (correct) band.correct++;
}

const byTypeRecord = <T>(make: () => T): Record<GoldType, T> => ({
  direct: make(),
  indirect: make(),
  mixed: make(),
});

/**
 * Scores documents at one threshold, or with `exact` only on identical boundaries (then an
 * ignored prediction is one with the exact boundaries of filtered-out gold).
 */
export function scoreAt(docs: readonly ScoredDocument[], threshold: number, exact = false): ThresholdReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const goldByType = byTypeRecord(() => ({ total: 0, matched: 0 }));
  const predByType = byTypeRecord(() => ({ total: 0, matched: 0 }));
  const typeConfusion = byTypeRecord<Record<string, number>>(() => ({}));
  let spk = [0, 0];
  const spkByType = byTypeRecord(() => [0, 0]);
  let noSrc = [0, 0];
  let name = [0, 0];
  let kind = [0, 0];
  const kindConfusion: Record<string, Record<string, number>> = {};
  const nameErrors: Match[] = [];
  let cue = [0, 0];
  const fine = bands(FINE_BANDS);
  const coarse = bands(COARSE_BANDS);
  let ignoredPredictions = 0;
  const matches: Match[] = [];
  const misses: { doc: number; gold: number }[] = [];
  const falseAlarms: { doc: number; pred: number }[] = [];

  docs.forEach((d, di) => {
    const { goldToPred, coverage: cov } = matchQuotes(d.gold, d.predicted, threshold, exact);
    const predMatched = new Array<boolean>(d.predicted.length).fill(false);
    goldToPred.forEach((j, gi) => {
      const g = d.gold[gi]!;
      goldByType[g.type].total++;
      if (j < 0) {
        fn++;
        misses.push({ doc: di, gold: gi });
        return;
      }
      const p = d.predicted[j]!;
      predMatched[j] = true;
      tp++;
      goldByType[g.type].matched++;
      typeConfusion[g.type][p.type] = (typeConfusion[g.type][p.type] ?? 0) + 1;
      matches.push({ doc: di, gold: gi, pred: j, coverage: cov[gi]! });
      if (g.speakerStart !== null && g.speakerEnd !== null) {
        const ok = speakerCorrect(g, p);
        spk = [spk[0]! + (ok ? 1 : 0), spk[1]! + 1];
        const t = spkByType[g.type];
        t[0]! += ok ? 1 : 0;
        t[1]! += 1;
        addToBand(fine, p.confidence, ok);
        addToBand(coarse, p.confidence, ok);
      } else {
        noSrc = [noSrc[0]! + (p.speaker === null ? 1 : 0), noSrc[1]! + 1];
      }
      if (nameScored(g)) {
        const ok = nameCorrect(g, p);
        name = [name[0]! + (ok ? 1 : 0), name[1]! + 1];
        if (!ok) nameErrors.push({ doc: di, gold: gi, pred: j, coverage: cov[gi]! });
      }
      if (g.speakerKind) {
        kind = [kind[0]! + (kindCorrect(g, p) ? 1 : 0), kind[1]! + 1];
        const row = (kindConfusion[g.speakerKind] ??= {});
        const pk = predictedKind(p);
        row[pk] = (row[pk] ?? 0) + 1;
      }
      if (g.cueStart !== null && g.cueEnd !== null) cue = [cue[0]! + (cueCorrect(g, p) ? 1 : 0), cue[1]! + 1];
    });
    // Unmatched predictions that would have matched filtered-out gold are not counted.
    const ignored = d.ignored ?? [];
    d.predicted.forEach((p, j) => {
      if (predMatched[j]) {
        if (isGoldType(p.type)) {
          predByType[p.type].total++;
          predByType[p.type].matched++;
        }
        return;
      }
      if (ignored.some((g) => (exact ? g.start === p.start && g.end === p.end : coverage(g, p) > threshold))) {
        ignoredPredictions++;
        return;
      }
      fp++;
      falseAlarms.push({ doc: di, pred: j });
      if (isGoldType(p.type)) predByType[p.type].total++;
    });
  });

  const byType = byTypeRecord(() => prf(0, 0, 0));
  for (const t of GOLD_TYPES) {
    const g = goldByType[t];
    const p = predByType[t];
    byType[t] = prf2(p.matched, p.total, g.matched, g.total);
  }
  return {
    threshold: exact ? 1 : threshold,
    exact,
    overall: prf(tp, fp, fn),
    byType,
    typeConfusion,
    speaker: acc(spk[0]!, spk[1]!),
    speakerByType: {
      direct: acc(spkByType.direct[0]!, spkByType.direct[1]!),
      indirect: acc(spkByType.indirect[0]!, spkByType.indirect[1]!),
      mixed: acc(spkByType.mixed[0]!, spkByType.mixed[1]!),
    },
    noSourceSpeaker: acc(noSrc[0]!, noSrc[1]!),
    speakerName: acc(name[0]!, name[1]!),
    speakerKind: acc(kind[0]!, kind[1]!),
    kindConfusion,
    nameErrors,
    cue: acc(cue[0]!, cue[1]!),
    confidence: fine.map((b) => ({ ...b, accuracy: b.total === 0 ? 0 : b.correct / b.total })),
    confidenceCoarse: coarse.map((b) => ({ ...b, accuracy: b.total === 0 ? 0 : b.correct / b.total })),
    ignoredPredictions,
    matches,
    misses,
    falseAlarms,
  };
}

/**
 * Per-type P/R/F1 when a prediction's type may differ from its gold's: precision from
 * predictions of the type (matched / total), recall from gold of the type (matched / total).
 * tp is reported as the matched gold; fp and fn as the unmatched predictions and gold.
 */
function prf2(predMatched: number, predTotal: number, goldMatched: number, goldTotal: number): Prf {
  const precision = predTotal === 0 ? 0 : predMatched / predTotal;
  const recall = goldTotal === 0 ? 0 : goldMatched / goldTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    tp: goldMatched,
    fp: predTotal - predMatched,
    fn: goldTotal - goldMatched,
    predMatched,
    predTotal,
    goldMatched,
    goldTotal,
    precision,
    recall,
    f1,
  };
}

export function isGoldType(t: string): t is GoldType {
  return t === 'direct' || t === 'indirect' || t === 'mixed';
}

/** Scores at each threshold (default the field's 0.3 and 0.8), then on exact boundaries. */
export function score(docs: readonly ScoredDocument[], thresholds: readonly number[] = [0.3, 0.8]): ThresholdReport[] {
  return [...thresholds.map((t) => scoreAt(docs, t)), scoreAt(docs, 1, true)];
}

// ---- Gold filters -------------------------------------------------------------------------

/** Cues that report speech although they hold no speech verb: "according to", a colon, a dash. */
const PUNCTUATION_CUE = /^[\s:\u2010-\u2015\-–—]+$/u;

/**
 * Whether a gold cue reports speech: any word of it is a speech-verb form (`forms`, e.g.
 * SPEECH_VERB_FORMS: "said Monday", "has said", "told"), or it contains "according to", or it
 * is only punctuation (":", "—", "―": the cue of `Pat Caddell: "…"`). Belief, plan and
 * finding cues ("thinks", "wants", "shows", "found") are not speech.
 */
export function isSpeechCue(cue: string | null, forms: ReadonlyMap<string, string> | ReadonlySet<string>): boolean {
  if (cue === null) return false;
  const c = cue.trim();
  if (c === '') return false;
  if (PUNCTUATION_CUE.test(c)) return true;
  const lower = c.toLowerCase().replace(/[\u2019']/g, "'");
  if (/\baccording to\b/.test(lower)) return true;
  for (const w of lower.split(/[^a-z']+/)) if (w && forms.has(w)) return true;
  return false;
}

/**
 * The word forms --speech-only accepts: the generated form table plus regular inflections of
 * each lemma (the table misses some, e.g. "pledged"). Over-generation ("snaped") is harmless.
 */
export function speechForms(forms: Iterable<string>, lemmas: Iterable<string>): Set<string> {
  const out = new Set<string>(forms);
  for (const l of lemmas) {
    const stem = l.endsWith('e') ? l.slice(0, -1) : l;
    const yStem = /[^aeiou]y$/.test(l) ? l.slice(0, -1) : null;
    out.add(l);
    out.add(yStem ? `${yStem}ies` : /(s|sh|ch|x|z)$/.test(l) ? `${l}es` : `${l}s`);
    out.add(yStem ? `${yStem}ied` : `${stem}ed`);
    out.add(`${stem}ing`);
  }
  return out;
}

export interface GoldFilter {
  speechOnly?: boolean;
  types?: readonly GoldType[];
  speechForms: ReadonlyMap<string, string> | ReadonlySet<string>;
  /**
   * With `speechOnly`: the content kind of a gold quote (statement, question, topic,
   * intention); gold whose kind is not listed in `contentKinds` is set aside. The eval sorts
   * gold with the library's own shape test (src/stages/classify-content.ts `reportedShape`).
   */
  contentKindOf?: (q: GoldQuote) => string;
  contentKinds?: readonly string[];
}

/** Splits gold into kept and ignored by the filters. */
export function filterGold(quotes: readonly GoldQuote[], f: GoldFilter): { kept: GoldQuote[]; ignored: GoldQuote[] } {
  const kept: GoldQuote[] = [];
  const ignored: GoldQuote[] = [];
  for (const q of quotes) {
    const ok =
      (!f.types || f.types.includes(q.type)) &&
      (!f.speechOnly || isSpeechCue(q.cue, f.speechForms)) &&
      (!f.speechOnly || !f.contentKindOf || !f.contentKinds || f.contentKinds.includes(f.contentKindOf(q)));
    (ok ? kept : ignored).push(q);
  }
  return { kept, ignored };
}
