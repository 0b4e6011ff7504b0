// Checks a claimed quote ("Bolton said: they barely responded") against the article it
// is said to come from. Pure: the article is extracted (or a given extraction is reused),
// the claim's words are looked for in each quote, and the speaker is compared.
import { QuoteExtractionError } from '../errors.js';
import { extract } from '../extract.js';
import type { Extraction, ExtractOptions, Quote, QuoteSpeaker, QuoteType, Span } from '../types.js';
import { speakerLabel, speakerMatches } from './names.js';
import { alignPairs, diffWords } from './align.js';
import { parseClaim, wordsOf, type Word } from './words.js';

/** How a claimed quote relates to its source article. */
export type AuditVerdict = 'verbatim' | 'near-verbatim' | 'altered' | 'misattributed' | 'not-found';

/** A claimed quote: the words, and optionally who is said to have said them. */
export interface AuditClaim {
  /** Carried into the result, to tell claims apart. */
  id?: string | null;
  /** The words as claimed, with or without quote marks; `…` or `...` marks an elision. */
  quote: string;
  /** Who the claim says spoke: a full name or a surname. Without it the speaker is not checked. */
  speaker?: string | null;
}

export interface AuditOptions {
  /** The result of `extract(sourceText)`, to reuse it when auditing many claims against one article. */
  extraction?: Extraction;
  /** Options for `extract` when no `extraction` is given. */
  extractOptions?: ExtractOptions;
}

/** One step of the word-level diff from the source words to the claim's words. */
export interface AuditChange {
  /** `added`: only in the claim; `removed`: only in the source. */
  type: 'equal' | 'added' | 'removed';
  text: string;
}

/** The source span the claim was matched to: `sourceText.slice(start, end) === text`. */
export interface AuditMatch extends Span {
  /** Ids of the article's quotes the span falls in (none when it is the article's own narration). */
  quoteIds: string[];
  /** Type of those quotes, null for narration. */
  type: QuoteType | null;
}

export interface AuditResult {
  /** The claim's id, or null. */
  id: string | null;
  claim: string;
  claimedSpeaker: string | null;
  verdict: AuditVerdict;
  /** 0..1: word overlap of the claim and the matched span (case, marks, punctuation and marked elisions ignored). */
  similarity: number;
  match: AuditMatch | null;
  /** The article's speaker for the matched quote (null: no quote, or the article names no one). */
  speaker: QuoteSpeaker | null;
  /** Word-level diff from the matched source words to the claim's words; empty when the words are identical or nothing matched. */
  changes: AuditChange[];
  /** One sentence saying why. */
  reason: string;
}

/** Strength of a word match: 3 verbatim, 2 near-verbatim, 1 altered. */
type Level = 1 | 2 | 3;

/** A run of quotes the article presents as one utterance (linked by `continues`). */
interface Unit {
  quotes: Quote[];
  words: Word[];
  speaker: QuoteSpeaker | null;
  /** Indirect or mixed: the reporter's words, so a match is verbatim only inside quote marks. */
  paraphrase: boolean;
  type: QuoteType;
}

interface Candidate {
  unit: Unit | null;
  words: Word[];
  /** Word range [from, to) of `words`. */
  from: number;
  to: number;
  level: Level;
  similarity: number;
  notes: string[];
  /** For an exact match: where each of the claim's segments starts in `words`. */
  runs?: { starts: number[]; segments: Word[][] };
}

const LEVEL_VERDICT = { 3: 'verbatim', 2: 'near-verbatim', 1: 'altered' } as const;
/** Below this word similarity nothing counts as the claimed quote. */
const MIN_SIMILARITY = 0.5;

/**
 * Audits one claimed quote against `sourceText`. Never throws for any strings; throws
 * {@link QuoteExtractionError} for arguments of the wrong type.
 */
export function audit(sourceText: string, claim: AuditClaim | string, options?: AuditOptions): AuditResult {
  if (typeof sourceText !== 'string') {
    throw new QuoteExtractionError('INVALID_TEXT', `audit(sourceText, claim) expects sourceText to be a string, got ${kind(sourceText)}`);
  }
  const c = normaliseClaim(claim);
  const given = resolveAuditOptions(options)?.extraction;
  if (given !== undefined) checkExtraction(sourceText, given);
  const extraction = given ?? extract(sourceText, options?.extractOptions);

  const base = { id: c.id, claim: c.quote, claimedSpeaker: c.speaker };
  const parsed = parseClaim(c.quote);
  const segments = parsed.segments;
  if (segments.length === 0) {
    return { ...base, verdict: 'not-found', similarity: 0, match: null, speaker: null, changes: [], reason: 'the claim has no words' };
  }
  const claimWords = segments.flat();
  const candidates = unitsOf(sourceText, extraction.quotes)
    .map((u) => matchWords(sourceText, u, segments, claimWords, parsed.insertion))
    .filter((m): m is Candidate => m !== null)
    .sort(byStrength);
  const narration = (): Candidate | null => {
    const words = wordsOf(sourceText);
    const found = findExact(words, segments);
    return found ? { unit: null, words, from: found.from, to: found.to, level: 2, similarity: 1, notes: [], runs: { starts: found.runs, segments } } : null;
  };

  const best = candidates[0];
  const claimed = c.speaker;
  const result = (cand: Candidate, verdict: AuditVerdict, reason: string): AuditResult => ({
    ...base,
    verdict,
    similarity: round(cand.similarity),
    match: spanOf(sourceText, cand),
    speaker: speakerOf(cand),
    changes: changesOf(cand, claimWords),
    reason: parsed.quotedOnly ? `${reason} (only the words inside the claim’s quote marks were compared)` : reason,
  });

  const mine = claimed === null ? [] : candidates.filter((m) => speakerMatches(claimed, speakerOf(m)));
  const chosen = claimed === null ? best : mine[0];
  if (chosen && (!best || chosen.level >= best.level) && (chosen.level >= 2 || !narration())) {
    const verdict = LEVEL_VERDICT[chosen.level];
    return result(chosen, verdict, describe(verdict, chosen));
  }
  if (best && best.level >= 2) {
    return result(best, 'misattributed', `the words are in ${ids(best)}, which the article attributes to ${who(best)}${claimed ? `, not ${claimed}` : ''}`);
  }
  const inNarration = narration();
  if (inNarration) {
    return result(inNarration, 'misattributed', 'the words are in the article, but not as anyone’s quote: the article attributes them to no one');
  }
  if (chosen) return result(chosen, 'altered', describe('altered', chosen));
  if (best) {
    return result(best, 'misattributed', `the closest quote, ${ids(best)}, is attributed to ${who(best)}${claimed ? `, not ${claimed}` : ''}, and its words differ`);
  }
  return {
    ...base,
    verdict: 'not-found',
    similarity: 0,
    match: null,
    speaker: null,
    changes: [],
    reason: 'nothing in the article is close to the claimed words',
  };
}

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function normaliseClaim(claim: unknown): { id: string | null; quote: string; speaker: string | null } {
  if (typeof claim === 'string') return { id: null, quote: claim, speaker: null };
  if (typeof claim !== 'object' || claim === null || Array.isArray(claim)) {
    throw new QuoteExtractionError('INVALID_TEXT', `audit(sourceText, claim) expects claim to be a string or { quote, speaker?, id? }, got ${kind(claim)}`);
  }
  const { id, quote, speaker } = claim as Record<string, unknown>;
  if (typeof quote !== 'string') {
    throw new QuoteExtractionError('INVALID_TEXT', `audit(sourceText, claim) expects claim.quote to be a string, got ${kind(quote)}`);
  }
  if (speaker !== undefined && speaker !== null && typeof speaker !== 'string') {
    throw new QuoteExtractionError('INVALID_TEXT', `audit(sourceText, claim) expects claim.speaker to be a string or null, got ${kind(speaker)}`);
  }
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    throw new QuoteExtractionError('INVALID_TEXT', `audit(sourceText, claim) expects claim.id to be a string or null, got ${kind(id)}`);
  }
  const name = typeof speaker === 'string' && speaker.trim() !== '' ? speaker.trim() : null;
  return { id: id === undefined || id === null ? null : String(id), quote, speaker: name };
}

const QUOTE_TYPES: ReadonlySet<string> = new Set(['direct', 'indirect', 'mixed', 'other']);

/**
 * A given `extraction` must be one of `sourceText`: every quote well-formed and its span the
 * text it claims to be. A malformed object (hand-edited JSON, another version's records) or the
 * extraction of another article would otherwise give a raw TypeError or a silently wrong
 * verdict. O(total quote length).
 */
function checkExtraction(sourceText: string, extraction: Extraction): void {
  const bad = (why: string): never => {
    throw new QuoteExtractionError('INVALID_OPTION', `options.extraction must be the result of extract(sourceText): ${why}`);
  };
  extraction.quotes.forEach((q: unknown, k) => {
    const at = `quotes[${k}]`;
    if (typeof q !== 'object' || q === null) return bad(`${at} is ${kind(q)}, not a quote`);
    const { id, text, start, end, type, continues, speaker } = q as Record<string, unknown>;
    if (typeof id !== 'string') bad(`${at}.id is ${kind(id)}, not a string`);
    if (typeof text !== 'string') bad(`${at}.text is ${kind(text)}, not a string`);
    if (!Number.isInteger(start) || !Number.isInteger(end)) bad(`${at}.start and .end must be whole numbers`);
    if (typeof type !== 'string' || !QUOTE_TYPES.has(type)) bad(`${at}.type is ${JSON.stringify(type)}, not one of direct, indirect, mixed, other`);
    if (continues !== null && typeof continues !== 'string') bad(`${at}.continues is ${kind(continues)}, not a quote id or null`);
    if (speaker !== null && (typeof speaker !== 'object' || Array.isArray(speaker))) bad(`${at}.speaker is ${kind(speaker)}, not a speaker or null`);
    if (sourceText.slice(start as number, end as number) !== text) {
      bad(`quote ${id as string} ("${(text as string).slice(0, 40)}") is not at ${start as number}–${end as number} of sourceText: the extraction is of another text`);
    }
  });
}

function resolveAuditOptions(options: unknown): AuditOptions | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new QuoteExtractionError('INVALID_OPTION', `audit options must be an object, got ${kind(options)}`);
  }
  for (const [key, value] of Object.entries(options)) {
    if (key === 'extraction') {
      if (value !== undefined && (typeof value !== 'object' || value === null || !Array.isArray((value as Extraction).quotes))) {
        throw new QuoteExtractionError('INVALID_OPTION', 'options.extraction must be the result of extract(sourceText)');
      }
    } else if (key !== 'extractOptions') {
      throw new QuoteExtractionError('INVALID_OPTION', `unknown audit option "${key}" (known: extraction, extractOptions)`);
    }
  }
  return options as AuditOptions;
}

/** Quotes grouped into utterances along `continues`, in document order; non-speech left out. */
function unitsOf(text: string, quotes: readonly Quote[]): Unit[] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const rootOf = (q: Quote): Quote => {
    let cur = q;
    for (let hops = 0; cur.continues !== null && hops < quotes.length; hops++) {
      const prev = byId.get(cur.continues);
      if (!prev) break;
      cur = prev;
    }
    return cur;
  };
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (q.type === 'other') continue;
    const root = rootOf(q).id;
    const group = groups.get(root);
    if (group) group.push(q);
    else groups.set(root, [q]);
  }
  return [...groups.values()].map((qs) => {
    const types = new Set(qs.map((q) => q.type));
    const type: QuoteType = types.size === 1 ? qs[0]!.type : types.has('indirect') ? 'indirect' : 'mixed';
    return {
      quotes: qs,
      words: qs.flatMap((q) => wordsOf(text, q.start, q.end)),
      speaker: qs.find((q) => q.speaker !== null)?.speaker ?? null,
      paraphrase: type !== 'direct',
      type,
    };
  });
}

/** The claim's segments, each contiguous, in order in `words`: the first such placement. */
function findExact(words: Word[], segments: Word[][]): { from: number; to: number; notes: string[]; runs: number[] } | null {
  const first = segments[0]!;
  for (let i = 0; i + first.length <= words.length; i++) {
    if (!runAt(words, i, first)) continue;
    const runs = [i];
    let at = i + first.length;
    for (const seg of segments.slice(1)) {
      let j = at;
      while (j + seg.length <= words.length && !runAt(words, j, seg)) j++;
      // Later segments missing after the earliest start are missing after any later one too.
      if (j + seg.length > words.length) return null;
      runs.push(j);
      at = j + seg.length;
    }
    const notes: string[] = [];
    if (segments.some((seg, k) => seg.some((w, n) => words[runs[k]! + n]!.exact !== w.exact))) notes.push('letter case differs');
    if (runs.some((r, k) => k > 0 && r > runs[k - 1]! + segments[k - 1]!.length)) notes.push('words are elided where the claim marks an ellipsis');
    return { from: i, to: at, notes, runs };
  }
  return null;
}

// Double quote marks and guillemets (single marks are too often apostrophes to tell).
const OPENING = new Set(['“', '"', '«', '»', '„', '`', "'"]);
const CLOSING = new Set(['”', '"', '»', '«', '“', "'"]);
const DOUBLE = /[“”"«»„]/;

/**
 * True when `[start, end)` lies between an opening and a closing double mark with no other
 * double mark in between: a quoted fragment of a mixed quote (`called it the only “concrete”
 * result`). The marks may sit just outside the quote record.
 */
function insideMarks(text: string, start: number, end: number, unit: Unit): boolean {
  const lo = Math.max(0, Math.min(...unit.quotes.map((q) => q.start)) - 2);
  const hi = Math.min(text.length, Math.max(...unit.quotes.map((q) => q.end)) + 2);
  let i = start - 1;
  // Doubled marks of wire and archive text: ``…'' and ''…''.
  while (i >= lo && !DOUBLE.test(text[i]!) && !['``', "''"].includes(text.slice(i - 1, i + 1))) i--;
  let j = end;
  while (j < hi && !DOUBLE.test(text[j]!) && text.slice(j, j + 2) !== "''") j++;
  const between = text.slice(start, end);
  if (i < lo || j >= hi || DOUBLE.test(between) || between.includes("''")) return false;
  return OPENING.has(text[i]!) && CLOSING.has(text[j]!);
}

function runAt(words: Word[], at: number, run: Word[]): boolean {
  for (let k = 0; k < run.length; k++) if (words[at + k]!.key !== run[k]!.key) return false;
  return true;
}

/** The best match of the claim in one unit's words, or null when nothing is close. */
function matchWords(text: string, unit: Unit, segments: Word[][], claimWords: Word[], insertion: boolean): Candidate | null {
  const words = unit.words;
  const exact = findExact(words, segments);
  if (exact) {
    // The reporter's words are never verbatim, but the quoted words inside a mixed quote are.
    const quoted = !unit.paraphrase || insideMarks(text, words[exact.from]!.start, words[exact.to - 1]!.end, unit);
    const notes = [...exact.notes];
    if (insertion) notes.push('the claim puts words of its own in brackets');
    if (!quoted) notes.push(`the article reports these words as ${unit.type} speech, not in quote marks`);
    const level: Level = notes.length > 0 ? 2 : 3;
    return { unit, words, from: exact.from, to: exact.to, level, similarity: 1, notes, runs: { starts: exact.runs, segments } };
  }
  // One word too many at either edge of the claim (a stray "and", a word of the narration) is
  // still the same quote, provided the quote does not have that word: a word the quote has
  // elsewhere means words between were cut (an alteration, found below).
  if (claimWords.length >= 4) {
    const has = new Set(words.map((w) => w.key));
    const trimmed: [Word[][], string, Word][] = [
      [[segments[0]!.slice(1), ...segments.slice(1)], 'the claim’s first word is not in the source', claimWords[0]!],
      [[...segments.slice(0, -1), segments.at(-1)!.slice(0, -1)], 'the claim’s last word is not in the source', claimWords.at(-1)!],
    ];
    for (const [segs, note, extra] of trimmed) {
      if (has.has(extra.key)) continue;
      const found = findExact(words, segs.filter((s) => s.length > 0));
      if (!found) continue;
      const n = found.to - found.from;
      return { unit, words, from: found.from, to: found.to, level: 2, similarity: (2 * n) / (n + n + 1), notes: [...found.notes, note] };
    }
  }
  const fuzzy = alignFuzzy(words, claimWords);
  if (!fuzzy || fuzzy.similarity < MIN_SIMILARITY) return null;
  return { unit, words, ...fuzzy, level: 1, notes: [] };
}

// Word forms compared loosely for alignment only ("responded" ~ "respond"); the verdict and the
// diff use the words as written.
function stem(w: Word): string {
  const k = w.key.replace(/'s$/, '');
  if (k.length <= 3) return k;
  return k.replace(/(?:ing|ed|es|s|e)$/, '');
}

/** Aligns the claim with the densest stretch of `words` that shares its words. */
function alignFuzzy(words: Word[], claimWords: Word[]): { from: number; to: number; similarity: number } | null {
  const a = words.map(stem);
  const b = claimWords.map(stem);
  const pairs = alignPairs(a, b);
  if (pairs.length < Math.min(2, b.length)) return null;
  // A common word far from the rest ("the" three sentences away) is not part of the match.
  const maxGap = Math.max(3, Math.ceil(b.length / 2));
  let bestCluster: [number, number][] = [];
  let cluster: [number, number][] = [];
  for (const p of pairs) {
    const prev = cluster.at(-1);
    if (prev && p[0] - prev[0] - 1 > maxGap) cluster = [];
    cluster.push(p);
    if (cluster.length > bestCluster.length) bestCluster = [...cluster];
  }
  const firstPair = bestCluster[0]!;
  const lastPair = bestCluster.at(-1)!;
  // Claim words before the first / after the last shared word stand for source words there.
  const from = Math.max(0, firstPair[0] - firstPair[1]);
  const to = Math.min(words.length, lastPair[0] + 1 + (b.length - 1 - lastPair[1]));
  let common = 0;
  for (const part of diffWords(a.slice(from, to), b)) if (!part.added && !part.removed) common += part.count;
  if (common < Math.min(2, b.length)) return null;
  return { from, to, similarity: (2 * common) / (to - from + b.length) };
}

function byStrength(x: Candidate, y: Candidate): number {
  return y.level - x.level || y.similarity - x.similarity || x.words[x.from]!.start - y.words[y.from]!.start;
}

function spanOf(text: string, c: Candidate): AuditMatch {
  const start = c.words[c.from]!.start;
  const end = c.words[c.to - 1]!.end;
  const quotes = c.unit ? c.unit.quotes.filter((q) => q.start < end && q.end > start) : [];
  return { text: text.slice(start, end), start, end, quoteIds: quotes.map((q) => q.id), type: c.unit?.type ?? null };
}

function changesOf(c: Candidate, claimWords: Word[]): AuditChange[] {
  const out: AuditChange[] = [];
  const push = (type: AuditChange['type'], words: string[]): void => {
    if (words.length === 0) return;
    const last = out.at(-1);
    if (last && last.type === type) last.text += ` ${words.join(' ')}`;
    else out.push({ type, text: words.join(' ') });
  };
  const diff = (source: string[], claim: string[]): void => {
    for (const part of diffWords(source, claim)) push(part.added ? 'added' : part.removed ? 'removed' : 'equal', part.value);
  };
  if (c.runs) {
    // An exact match: each segment against its own run, the elided words between them removed.
    const { starts, segments } = c.runs;
    segments.forEach((seg, k) => {
      const start = starts[k]!;
      if (k > 0) push('removed', c.words.slice(starts[k - 1]! + segments[k - 1]!.length, start).map((w) => w.exact));
      diff(c.words.slice(start, start + seg.length).map((w) => w.exact), seg.map((w) => w.exact));
    });
  } else {
    diff(c.words.slice(c.from, c.to).map((w) => w.exact), claimWords.map((w) => w.exact));
  }
  // Identical words: nothing to show.
  return out.every((p) => p.type === 'equal') ? [] : out;
}

function covered(c: Candidate): Quote[] {
  const start = c.words[c.from]!.start;
  const end = c.words[c.to - 1]!.end;
  return c.unit?.quotes.filter((q) => q.start < end && q.end > start) ?? [];
}

/** The speaker of the quotes the match falls in (the utterance's, if they have none). */
function speakerOf(c: Candidate): QuoteSpeaker | null {
  return covered(c).find((q) => q.speaker !== null)?.speaker ?? c.unit?.speaker ?? null;
}

function ids(c: Candidate): string {
  const qs = covered(c).map((q) => q.id);
  return qs.length === 1 ? `quote ${qs[0]}` : `quotes ${qs.join('+')}`;
}

/** True when the match leaves out words at the start or end of the quotes it falls in. */
function isPart(c: Candidate): boolean {
  const qs = covered(c);
  if (qs.length === 0) return false;
  const inside = c.words.filter((w) => w.start >= qs[0]!.start && w.end <= qs.at(-1)!.end);
  return c.words[c.from]!.start > inside[0]!.start || c.words[c.to - 1]!.end < inside.at(-1)!.end;
}

function who(c: Candidate): string {
  return speakerLabel(speakerOf(c)) ?? 'no one';
}

function describe(verdict: AuditVerdict, c: Candidate): string {
  const where = `${ids(c)} (${who(c)})`;
  const part = isPart(c) ? 'part of ' : '';
  switch (verdict) {
    case 'verbatim':
      return `the words are ${part}${where}`;
    case 'near-verbatim':
      return `the words match ${part}${where}: ${c.notes.join('; ')}`;
    default:
      return `${where} matches ${Math.round(c.similarity * 100)}% of the words; words were changed, added or removed`;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
