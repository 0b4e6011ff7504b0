import { SENTENCE_CONNECTIVES } from '../data/connectives.js';
import type { AnalyzedText } from '../document.js';
import { copyDrafts, type QuoteDraft, type ReportedClause } from '../draft.js';
import { firstIndexWhere } from '../sorted.js';
import { QUOTE_FRAME_WORDS } from '../data/clause-words.js';
import { CONTINUING_PARTICIPLES } from '../data/speech-verbs.js';
import { W, hasWordClass } from '../layers/word-classes.js';

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER_FIRST = /^\p{Lu}/u;
/** An attribution after a quote is short: `the union wrote`, `Sen. Claire McCaskill (D-Mo.) said`. */
const MAX_INTERRUPTION_WORDS = 8;

/**
 * Turns reported clauses into drafts and reconciles them with the quoted spans found before:
 * - a clause that is only a quote (`he said, “…”`, `“…,” he said`) is left to the direct draft;
 * - a clause with quoted words in it (`characterized the deal as the only “concrete” result`)
 *   becomes ONE `mixed` draft, and the direct/other drafts inside it are left out of the
 *   returned list (`continues` links re-pointed), so the words are not reported twice;
 * - a clause whose quote runs past the sentence end (wink splits inside quotes) is extended to
 *   the closing mark; a clause that starts inside a quote starts after it instead.
 * Belief clauses (`type: 'other'`) never absorb quotes. Duplicate spans are reported once.
 * Returns every draft: the quoted ones kept, then the reported ones.
 */
export function mergeMixedQuotes(doc: AnalyzedText, drafts: readonly QuoteDraft[], clauses: readonly ReportedClause[]): QuoteDraft[] {
  const quoted = drafts.slice().sort((a, b) => a.outerStart - b.outerStart);
  const removed = new Set<QuoteDraft>();
  const out: QuoteDraft[] = [];
  const seen = new Set<string>();
  for (const clause of clauses) {
    const speech = clause.cue.kind !== 'belief';
    const around = clauseAroundQuotes(doc, quoted, clause, speech);
    if (!around) continue;
    const { start, end, inside } = around;
    if (inside.length > 0 && speech && onlyAttributesQuotes(doc, clause, start, end, inside)) continue;
    const key = `${start}:${end}:${clause.cue.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mixed = speech && inside.length > 0;
    if (mixed) for (const q of inside) removed.add(q);
    out.push(clauseDraft(doc, clause, start, end, mixed));
  }
  const kept = copyDrafts(drafts, () => null, removed);
  for (const d of out) kept.push(d);
  return kept;
}

/**
 * A clause's character span reconciled with the quotes it overlaps (cut after a quote it starts
 * in, stretched to the close of one it ends in, cut before a quote's own attribution) and the
 * quotes inside it; null when the clause lies inside a quotation.
 */
function clauseAroundQuotes(
  doc: AnalyzedText,
  quoted: readonly QuoteDraft[],
  clause: ReportedClause,
  speech: boolean,
): { start: number; end: number; inside: QuoteDraft[] } | null {
  const { text, tokens } = doc;
  const firstToken = tokens[clause.first]!;
  let start = firstToken.start;
  let end = tokens[clause.end - 1]!.end;
  // Quotes overlapping the clause (found by binary search over their start).
  let inside: QuoteDraft[] = [];
  for (const q of overlapping(quoted, start, end)) {
    if (q.outerStart < start && q.outerEnd >= end) {
      // `The agency “only asks for the big units. That leaves most out,” the audit says.`: wink
      // cut the quote at its inner sentence end, so the trailing clause starts inside it. The
      // quote runs on from the writer's words before it: the report is that sentence, lead-in
      // and quote together (as `The agency “only asks for the big units,” the audit says` is).
      const lead = speech && q.embedded ? leadInBeforeQuote(doc, clause, q) : null;
      if (lead === null) return null; // the cue and clause are inside a quotation
      start = lead;
      end = q.outerEnd;
    }
    if (q.outerStart < start) start = skipSpace(text, q.outerEnd, end);
    else if (q.outerEnd > end && q.paragraph === firstToken.paragraph) end = q.outerEnd;
    if (q.outerStart >= start && q.outerEnd <= end) inside.push(q);
  }
  if (end <= start) return null;
  // A cue inside quote marks is the speaker's words (`"Out of nowhere, he said, '…'"`), not
  // the attribution of a clause around the quote.
  const cueAt = tokens[clause.cue.first]!.start;
  if (inside.some((q) => q.outerStart < cueAt && cueAt < q.outerEnd)) return null;
  if (speech) {
    const cut = endBeforeOwnAttribution(doc, clause, inside);
    if (cut !== null) {
      end = cut;
      inside = inside.filter((q) => q.outerEnd <= end);
      if (end <= start) return null;
    }
  }
  return { start, end, inside };
}

/** The clause's words outside its quotes only attribute them: the direct drafts report the quotes, no clause record. */
function onlyAttributesQuotes(doc: AnalyzedText, clause: ReportedClause, start: number, end: number, inside: readonly QuoteDraft[]): boolean {
  const { text, tokens } = doc;
  const firstToken = tokens[clause.first]!;
  let rest = '';
  let at = start;
  for (const q of inside) {
    rest += text.slice(at, q.outerStart) + ' ';
    at = q.outerEnd;
  }
  rest += text.slice(at, end);
  // Only a direct quote (`he said, “…”`, `“…,” he said`): the direct draft reports it. A
  // quote after a complementiser (`says on its website that “there were issues …”`) is
  // reported speech framed by the writer: one mixed record, as PolNeAR annotates it.
  const framed = QUOTE_FRAME_WORDS.has(firstToken.lower) && firstToken.end <= inside[0]!.outerStart;
  if (!framed && inside.every((q) => q.type === 'direct' || q.type === 'other') && !hasOwnWord(rest)) return true;
  return onlyLeadIn(doc, clause, start, end, inside);
}

/** Is there a word in `rest` besides quote-framing words and connectives (read up to the first one)? */
function hasOwnWord(rest: string): boolean {
  const words = new RegExp(WORD.source, WORD.flags);
  for (let m = words.exec(rest); m !== null; m = words.exec(rest)) {
    const w = m[0].toLowerCase();
    if (!QUOTE_FRAME_WORDS.has(w) && !SENTENCE_CONNECTIVES.has(w)) return true;
  }
  return false;
}

/** The draft of a reported clause: `other` for a belief, `mixed` when it holds quotes, else `indirect`. */
function clauseDraft(doc: AnalyzedText, clause: ReportedClause, start: number, end: number, mixed: boolean): QuoteDraft {
  const { text, tokens } = doc;
  const speech = clause.cue.kind !== 'belief';
  const cueFirst = tokens[clause.cue.first]!;
  const cueLast = tokens[clause.cue.end - 1]!;
  return {
    start,
    end,
    outerStart: start,
    outerEnd: end,
    type: !speech ? 'other' : mixed ? 'mixed' : 'indirect',
    paragraph: tokens[clause.first]!.paragraph,
    continues: null,
    speechLike: speech,
    embedded: false,
    speaker: null,
    cue: { text: text.slice(cueFirst.start, cueLast.end), start: cueFirst.start, end: cueLast.end, lemma: clause.cue.lemma },
    cueTokens: { first: clause.cue.first, end: clause.cue.end },
    addressee: null,
    confidence: 0, // set by attribution, from the rule catalogue
    rule: mixed ? (`${clause.rule}+quoted` as const) : clause.rule,
  };
}

/**
 * The words of a clause outside its quotes are only the quotes' attribution, so the clause is a
 * direct quote with its cue, not a mixed quote: the lead-in before the quote holds the cue
 * itself (`Douglas Brinkley, a historian, recalled, "…"`) or is a phrase without a verb that ends
 * in a comma or colon (`told his radio audience of Monday, “…”`, `Said Ellis: “…”`); or the words
 * after the quote are the speaker before a trailing cue (`“…,” Mr. King, 82, told …`); or only
 * `as` stands before the quote (`described as “an intentional act.”`).
 */
function onlyLeadIn(doc: AnalyzedText, clause: ReportedClause, start: number, end: number, inside: readonly QuoteDraft[]): boolean {
  const { text, tokens } = doc;
  const first = inside[0]!;
  const last = inside[inside.length - 1]!;
  const pre = text.slice(start, first.outerStart);
  // `"…," adding that …`: a participle after the quote attributes anew; it is not content.
  const cueStart = tokens[clause.cue.first]!.start;
  let post = text.slice(last.outerEnd, end).replace(NEW_ATTRIBUTION, '');
  // `declared, “What a night!” and said that …`: a quoted utterance after its cue, then narration.
  if (cueStart < first.outerStart && UTTERANCE_END.test(text.slice(last.start, last.end))) post = post.replace(NARRATION_AFTER, '');
  const between = inside.slice(1).some((q, i) => WORD_CHAR.test(text.slice(inside[i]!.outerEnd, q.outerStart)));
  if (between) return false;
  const preWords = WORD_CHAR.test(pre);
  const postWords = WORD_CHAR.test(post);
  if (!preWords && !postWords) return true;
  if (preWords && !postWords) {
    if (/^\s*as\s*$/iu.test(pre)) return true;
    // `His verdict: “It is not good,” he said`: a label before a quoted sentence with its own cue after it.
    if (cueStart >= last.outerEnd && /[:—–-]\s*$/u.test(pre) && UPPER_FIRST.test(text.slice(first.start, first.start + 1))) return true;
    if (QUOTE_FRAME_WORDS.has(tokens[clause.first]!.lower)) return false;
    if (cueStart >= start && cueStart < first.outerStart) return true;
    // `McCaskill scolded him: “…,” she said`: a lead-in with a speech verb of its own.
    if (/[,:]\s*$/u.test(pre) && hasSpeechVerb(doc, start, first.outerStart)) return true;
    // A short phrase right after the cue: its addressee, time or (inverted) speaker.
    const adjacent = clause.first - clause.cue.end <= 1 && cueStart < start;
    return adjacent && /[,:]\s*$/u.test(pre) && (pre.match(WORDS) ?? []).length <= MAX_LEAD_IN_WORDS && !hasFiniteVerb(doc, start, first.outerStart);
  }
  // `“…,” Mr. King, 82, told`: the quote ends in a comma and the speaker follows.
  // (`…‘super predator,’” Ms. Cyril, who …, told`: the quote's own comma may stand inside a nested
  // closing mark; a relative clause in the speaker phrase is about the speaker, not content.)
  if (!preWords && postWords) return cueStart >= end && /[,—–-]\s*$/u.test(withoutClosingMarks(text.slice(last.start, last.end)) + text.slice(last.outerEnd, last.outerEnd + 1)) && !hasFiniteVerb(doc, last.outerEnd, end, true);
  return false;
}

/** Longest lead-in between a cue and its quote: `told his radio audience of Monday, “…”`. */
const MAX_LEAD_IN_WORDS = 6;
const WORDS = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** `, adding that …`, `, saying …` after a quote, to the end of the clause. */
/** The quoted words end as an utterance does (`…,”`, `…!”`), not mid-phrase. */
const UTTERANCE_END = /[,.!?…]\s*$/u;
/** Narration after a quoted utterance: `, and said that …`, `, as they had before`, `, drawing jeers`. */
const NARRATION_AFTER = /^\s*[,—–-]?\s*(?:and|but|as|when|while|then|before|after|until|\p{L}+ing)\b[\s\S]*$/u;
const NEW_ATTRIBUTION = new RegExp(`^\\s*[,—–-]?\\s*(?:${CONTINUING_PARTICIPLES.join('|')})\\b[\\s\\S]*$`, 'u');

/** A speech-verb form used as a verb among the tokens in [from, to). */
function hasSpeechVerb(doc: AnalyzedText, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let i = firstIndexWhere(tokens, (t) => t.start >= from); i < tokens.length && tokens[i]!.end <= to; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && hasWordClass(t, W.SPEECH_VERB_FORM)) return true;
  }
  return false;
}

/**
 * A verb (not an -ing form) or auxiliary among the tokens in [from, to). With `skipRelatives`,
 * not in a relative clause set off by a comma (`, who was also in the film,`): it runs to the
 * next comma.
 */
function hasFiniteVerb(doc: AnalyzedText, from: number, to: number, skipRelatives = false): boolean {
  const { tokens } = doc;
  let relative = false;
  for (let i = firstIndexWhere(tokens, (t) => t.start >= from); i < tokens.length && tokens[i]!.end <= to; i++) {
    const t = tokens[i]!;
    if (t.text === ',') relative = false;
    else if (skipRelatives && hasWordClass(t, W.RELATIVE_PRONOUN) && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.lower === 'and')) relative = true;
    if (relative) continue;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

/** The words of a quote without the closing marks of quotes nested at its end (`…predator,’`). */
const withoutClosingMarks = (s: string): string => s.replace(/[’'”"»›]+$/u, '');

/**
 * A direct quote that has its own attribution (`…, Trump boasted, “That makes me smart.”`,
 * `…, saying, “…”`, `…, a man yelled “Stay there!”`) is not part of the clause reported by an
 * earlier cue in the sentence: the clause ends at the punctuation before that attribution, and
 * the quote stays direct. So does a sentence quoted after a colon that ends the clause's own
 * words (`asserted that the town had changed: “It is not the same town,” he said`).
 * Returns the new end offset, or null when no quote inside has an attribution of its own.
 */
function endBeforeOwnAttribution(doc: AnalyzedText, clause: ReportedClause, inside: readonly QuoteDraft[]): number | null {
  const { tokens } = doc;
  for (const q of inside) {
    if (q.type !== 'direct') continue;
    const open = firstIndexWhere(tokens, (t) => t.start >= q.outerStart);
    const before = tokens[open - 1];
    if (!before || before.index <= clause.cue.end) continue;
    const sentence = UPPER_FIRST.test(doc.text.slice(q.start, q.start + 1));
    if (before.text === ':' && sentence && attributedAfter(doc, q)) return tokens[open - 2]!.end;
    // A speech verb right before the mark attributes a quoted sentence or follows as a participle
    // (`saying “we …”`); `what she calls “real solutions”` names words instead.
    const bare = hasWordClass(before, W.SPEECH_VERB_FORM) && before.pos === 'VERB' && before.lemma !== 'call' && (sentence || before.lower.endsWith('ing'));
    const verb = bare ? before : before.text === ',' || before.text === ':' ? tokens[open - 2] : undefined;
    if (!verb || verb.index < clause.cue.end || !hasWordClass(verb, W.SPEECH_VERB_FORM)) continue;
    for (let b = verb.index - 1; b > clause.first; b--) {
      if (hasWordClass(tokens[b]!, W.PART_BOUNDARY)) return tokens[b - 1]!.end;
    }
    return null;
  }
  return null;
}

/** The quote's own trailing attribution follows its closing mark: `“…,” he claimed`, `“…” the union wrote`. */
function attributedAfter(doc: AnalyzedText, q: QuoteDraft): boolean {
  const { tokens } = doc;
  const after = firstIndexWhere(tokens, (t) => t.start >= q.outerEnd);
  for (let i = after; i < tokens.length && i < after + MAX_INTERRUPTION_WORDS; i++) {
    const t = tokens[i]!;
    if (t.paragraph !== q.paragraph || (t.pos === 'PUNCT' && t.text !== ',')) return false;
    if (t.pos === 'VERB' && hasWordClass(t, W.SPEECH_VERB_FORM)) return true;
  }
  return false;
}

/**
 * Where the writer's words before quote `q` begin (the start of the sentence its opening mark is
 * in, after any colon), when `clause` is the trailing attribution of the whole quote: a clause
 * of a trailing cue right after the closing mark. Null otherwise.
 */
function leadInBeforeQuote(doc: AnalyzedText, clause: ReportedClause, q: QuoteDraft): number | null {
  if (clause.rule !== 'reported-trailing' && clause.rule !== 'reported-trailing-inverted') return null;
  const { tokens, sentences } = doc;
  const cue = tokens[clause.cue.first]!;
  if (cue.start < q.outerEnd || cue.paragraph !== q.paragraph) return null;
  const open = firstIndexWhere(tokens, (t) => t.start >= q.outerStart);
  const sentence = sentences[firstIndexWhere(sentences, (x) => x.endToken > open)];
  if (!sentence || sentence.firstToken >= open) return null;
  let first = sentence.firstToken;
  for (let i = first; i < open; i++) if (tokens[i]!.text === ':') first = i + 1;
  return first < open ? tokens[first]!.start : null;
}

/** Drafts (sorted by outerStart) whose outer span overlaps [start, end). */
function overlapping(sorted: readonly QuoteDraft[], start: number, end: number): QuoteDraft[] {
  // First draft that could end after `start`: drafts do not nest, so outerStart order ≈ outerEnd order.
  const lo = firstIndexWhere(sorted, (q) => q.outerEnd > start);
  const found: QuoteDraft[] = [];
  for (let i = Math.max(0, lo - 1); i < sorted.length && sorted[i]!.outerStart < end; i++) {
    const q = sorted[i]!;
    if (q.outerEnd > start) found.push(q);
  }
  return found;
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && /[\s,.;:]/u.test(text[i]!)) i++;
  return i;
}
