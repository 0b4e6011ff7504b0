import type { Document, Sentence, Token } from '../document.js';
import type { ReportedClause } from '../draft.js';
import type { FindingRuleId } from '../rules/catalogue.js';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from '../data/lexicon.generated.js';
import { ADDRESSEE_SLOTS, NAMING_VERBS, TOPIC_ON_VERBS } from '../data/speech-verbs.js';
import { ROLE_PREPOSITIONS, STANDALONE_DETERMINERS, SUBORDINATORS, TEMPORAL_WH } from '../data/clause-words.js';
import { DASHES } from '../data/punctuation.js';
import { CLAUSE_SUBJECT_PRONOUNS } from '../data/pronouns.js';
import { cueParticle, cueVerb, cueWordAt } from '../layers/cues.js';
import { FINDING_CUE_LEMMAS } from '../data/content-kinds.js';
import { FINDING_SOURCE_NOUNS } from '../data/source-nouns.js';
import { findExpectations } from '../rules/expectations.js';
import { coordinatesWithCue, opensOwnAttribution } from '../rules/coordinated-cue.js';
import { firstClauseBreak, objectEnd } from '../rules/object-extent.js';
import { isClosingMark, isOpeningMark, quotedSpanAt } from '../layers/quote-marks.js';
import { hasTag, inCapitals, isUpperText } from '../layers/tokens.js';
import { BARE_CLAUSE_VERBS, BELIEF_BARE_CLAUSE_LEMMAS, BELIEF_INFINITIVE_LEMMAS, MODAL_AUXILIARIES, WRITER_PRONOUNS, EMPTY_OBJECTS, INFINITIVE_VERBS, NOT_SPEAKER_LABELS, NOT_TRAILING_VERBS, OBJECT_VERBS, PARENTHETICAL_CUE_VERBS, QUOTE_ONLY_VERBS } from '../data/reporting-frames.js';
import { NOMINAL_HEAD_TAG_BITS, NOUN_PHRASE_TAG_BITS, PREPOSITION_OBJECT_TAGS } from '../data/tag-classes.js';
import { W, hasWordClass } from '../layers/word-classes.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_CAPITAL = /\p{Lu}/u;

/** Verbs whose addressee comes first: `X told reporters (that) …`, `X warned Congress …`. */
const isAddresseeVerb = (lemma: string): boolean => ADDRESSEE_SLOTS.get(lemma) === 'object';

/** Longest speaker phrase between a clause's comma and a trailing cue: `, the assistant leader of the caucus, said`. */
const MAX_SPEAKER_TOKENS = 14;
/** Longest stretch after a trailing cue before the sentence ends: `said in a statement on Friday.` */
const MAX_CUE_TAIL_TOKENS = 12;
/** Longest reported clause, in tokens, on either side of its cue (news sentences are far shorter). */
const MAX_CLAUSE_TOKENS = 200;
/** Longest name before a colon that attributes: `Sen. Lindsey Graham:`. */
const MAX_LABEL_TOKENS = 4;
/** How far after a cue a complementiser is sought: `said during a rally in Michigan that …`. */
const MAX_COMPLEMENTIZER_DISTANCE = 14;

type FoundCue = ReportedClause['cue'];

/** A cue that reports a topic with its preposition (`talked about`, `commented on`; the cue layer pairs them). */
const isTopicCue = (lemma: string): boolean => {
  const particle = cueParticle(lemma);
  return particle === 'about' || particle === 'against' || (particle === 'on' && TOPIC_ON_VERBS.has(cueVerb(lemma)));
};

/**
 * Reported speech without quote marks (`X said that …`, `…, X said.`, `according to X, …`):
 * the reported clauses of every sentence, with their cue and the rule that found them.
 * Works sentence by sentence over tokens, linearly. merge-mixed-quotes.ts turns the clauses
 * into drafts against the direct quotes; attribution finds their speakers.
 */
export function findIndirectQuotes(doc: Document): ReportedClause[] {
  const clauses: ReportedClause[] = [];
  for (const sentence of doc.sentences) findInSentence(doc, sentence, clauses);
  return clauses;
}

function findInSentence(doc: Document, s: Sentence, out: ReportedClause[]): void {
  const labelled = findLabelledClause(doc, s);
  if (labelled) out.push(labelled);
  for (const c of findExpectations(doc, s)) out.push(c);
  const cues = findCues(doc, s);
  if (cues.length === 0) return;
  // Trailing attributions first: their comma bounds the clause of any cue before them.
  const bounds: number[] = [];
  const trailing = new Set<FoundCue>();
  for (const cue of cues) {
    const found = findTrailingClause(doc, around(s, cue), cue);
    if (!found) continue;
    trailing.add(cue);
    bounds.push(found.boundary);
    for (const clause of found.clauses) if (!leavesCueQuote(doc, clause)) out.push(clause);
  }
  let b = 0;
  for (const cue of cues) {
    if (trailing.has(cue)) continue;
    while (b < bounds.length && bounds[b]! <= cue.end) b++; // bounds ascend with their cues
    const w = around(s, cue);
    const limit = Math.min(bounds[b] ?? w.endToken, w.endToken);
    if (cue.kind === 'source') {
      for (const clause of findAccordingToClauses(doc, w, cue)) if (!leavesCueQuote(doc, clause)) out.push(clause);
      continue;
    }
    const found = findLeadingClause(doc, w, cue, limit);
    const clause = found ? beforeCoordinatedCue(doc, found, cues) : null;
    if (clause && !leavesCueQuote(doc, clause)) out.push(clause);
  }
}

/**
 * `The club denied the report and said it would appeal.`: a second speech verb coordinated with
 * the cue (`and` + the verb, the subject shared) starts an attribution of its own, so the first
 * report ends before the `and`; the second cue's report is found from that cue. After an
 * object, a naming or an infinitive the verb can only be the cue's coordinate; after a clause
 * it may be the clause's own (`Police say he fled and refused to stop`), so there only the same
 * verb again counts (`said …, and said …`), or a past verb whose form the clause's verb rules
 * out (`said she would order …, and warned …`: rules/coordinated-cue.ts; `but` too). polnear_train
 * wide: +17 matched, 2 false alarms fewer; with any verb after a clause +21 matched for +7 false
 * alarms (75%), left out; the verb-form test: +5 matched for +2 predictions, exact matches +19.
 */
function beforeCoordinatedCue(doc: Document, clause: ReportedClause, cues: readonly FoundCue[]): ReportedClause | null {
  const { tokens } = doc;
  if (clause.cue.kind !== 'speech') return clause;
  const ownSubject = clause.rule === 'reported-bare' || clause.rule === 'reported-that';
  for (let i = clause.first + 1; i < clause.end - 1; i++) {
    // (A cue inside the clause first: `that an official said that …, and questioned …` may coordinate its verbs.)
    if (opensOwnAttribution(doc, i, clause.end)) {
      const cut = trimClause(doc, clause.first, i);
      return cut ? { ...clause, first: cut.first, end: cut.end } : null;
    }
    if (cues.some((c) => c.first === i && c.kind === 'speech')) return clause;
    if ((tokens[i]!.lower !== 'and' && tokens[i]!.lower !== 'but') || tokens[i]!.pos !== 'CCONJ') continue;
    let j = i + 1;
    while (j < clause.end && isAdverbial(tokens[j]!)) j++;
    const second = cues.find((c) => c.first === j && c.kind === 'speech' && tokens[j]!.pos === 'VERB');
    if (!second || (ownSubject && second.lemma !== clause.cue.lemma && !coordinatesWithCue(doc, clause.first, i, j))) continue;
    const span = trimClause(doc, clause.first, i);
    return span ? { ...clause, first: span.first, end: span.end } : null;
  }
  return clause;
}

/**
 * A cue inside quote marks is the quoted speaker's word: it reports nothing outside them
 * (`“I think I'd do well,” Trump said` is no belief whose content is `Trump said`).
 */
function leavesCueQuote(doc: Document, clause: ReportedClause): boolean {
  const span = quotedSpanAt(doc, clause.cue.first);
  return span >= 0 && (quotedSpanAt(doc, clause.first) !== span || quotedSpanAt(doc, clause.end - 1) !== span);
}

/**
 * `Sanders: Clinton Needs to Get Away From Personality Stuff` — a headline (the article's first
 * paragraph) or a paragraph opened by a name and a colon attributes what follows to the name.
 * The cue is the colon. Labels (`Update:`, `Editor's note:`, `WASHINGTON:`) are not names.
 */
function findLabelledClause(doc: Document, s: Sentence): ReportedClause | null {
  const { tokens } = doc;
  const paragraph = doc.paragraphs[s.paragraph];
  if (!paragraph || tokens[s.firstToken]!.start !== paragraph.start) return null;
  let colon = -1;
  for (let i = s.firstToken; i < s.endToken && i - s.firstToken <= MAX_LABEL_TOKENS; i++) {
    const t = tokens[i]!;
    if (t.text === ':') {
      colon = i;
      break;
    }
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN') || !UPPER_FIRST.test(t.text) || NOT_SPEAKER_LABELS.has(t.lower)) return null;
  }
  if (colon <= s.firstToken) return null;
  const label = tokens.slice(s.firstToken, colon);
  const headline = s.paragraph === 0;
  // All capitals is a dateline or a transcript turn (`WASHINGTON:`, `PENCE:` inside a quote).
  if (inCapitals(tokens, s.firstToken, colon)) return null;
  if (!headline && !label.some((t) => LAST_NAMES.has(t.lower) || MALE_FIRST_NAMES.has(t.lower) || FEMALE_FIRST_NAMES.has(t.lower))) return null;
  const span = trimClause(doc, colon + 1, s.endToken);
  if (!span || span.end - span.first < 3) return null;
  if (!headline && !isClause(doc, span.first, span.end, false)) return null;
  const cue: FoundCue = { first: colon, end: colon + 1, lemma: ':', kind: 'speech' };
  return { first: span.first, end: span.end, cue, rule: 'reported-colon' };
}

/**
 * The sentence as seen from one cue, clipped to a window around it: every scan per cue is
 * then bounded, and a run-on "sentence" of 100k tokens (no punctuation) stays linear.
 */
function around(s: Sentence, cue: FoundCue): Sentence {
  const firstToken = Math.max(s.firstToken, cue.first - MAX_CLAUSE_TOKENS);
  const endToken = Math.min(s.endToken, cue.end + MAX_CLAUSE_TOKENS);
  return firstToken === s.firstToken && endToken === s.endToken ? s : { ...s, firstToken, endToken };
}

/**
 * The cues of the sentence, from the cue layer, as a reported clause reads them: `according
 * to`; a speech or belief verb in a finite use; a speech form the tagger took for a noun only
 * when `that` follows (`The Post reports that …`, `a document states that …`).
 */
function findCues(doc: Document, s: Sentence): FoundCue[] {
  const { tokens } = doc;
  const cues: FoundCue[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const cue = cueWordAt(doc, i);
    if (!cue || cue.end > s.endToken || QUOTE_ONLY_VERBS.has(cue.lemma)) continue;
    const t = tokens[i]!;
    if (cue.kind === 'source') {
      cues.push({ first: i, end: cue.end, lemma: cue.lemma, kind: 'source' });
      i++;
      continue;
    }
    if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') continue;
    if (t.pos !== 'VERB') {
      // `County records show/NOUN …`: a finding verb the tagger took for a noun after its source.
      if (cue.kind === 'belief' && (isFindingVerb(doc, s, i) || BELIEF_INFINITIVE_LEMMAS.has(cue.lemma))) cues.push({ first: i, end: cue.end, lemma: cue.lemma, kind: 'belief' });
      if (cue.kind !== 'speech') continue;
      const after = tokens[i + 2];
      const clauseThat = i + 1 < s.endToken && (isComplementizerThat(doc, i + 1) || (tokens[i + 1]!.lower === 'that' && after !== undefined && CLAUSE_SUBJECT_PRONOUNS.has(after.lower)));
      if (clauseThat || mistaggedVerb(doc, s, i) || participleAfterComma(doc, s, i) || progressiveTaggedAdjective(doc, s, i) || trailingTaggedNoun(doc, s, i)) cues.push({ first: i, end: cue.end, lemma: cue.lemma, kind: 'speech' });
      continue;
    }
    if (!cue.finite) continue;
    cues.push({ first: i, end: cue.end, lemma: cue.lemma, kind: cue.kind });
  }
  return cues;
}

/**
 * `…, promising/ADJ to lift the rules`: an `-ing` speech form after a comma, before `to`, is a
 * participle whatever its tag (the tagger reads `promising`, `warning` as adjectives or nouns).
 */
function participleAfterComma(doc: Document, s: Sentence, i: number): boolean {
  const { tokens } = doc;
  return i > s.firstToken && tokens[i - 1]!.text === ',' && tokens[i]!.lower.endsWith('ing') && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
}

/**
 * `…, O'Keefe notes/NOUN.`, `Democrats, Frank notes/NOUN, applaud …`, `…, The Wall Street Journal
 * reports/NOUN.`: a lower-case speech form in `-s` right after a name, before a comma or the
 * sentence end, is a trailing or parenthetical cue whatever its tag.
 */
function trailingTaggedNoun(doc: Document, s: Sentence, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (i <= s.firstToken || !prev || prev.pos !== 'PROPN' || t.text !== t.lower || !t.lower.endsWith('s') || !next) return false;
  if (next.text !== ',' && !hasWordClass(next, W.SENTENCE_END)) return false;
  // The name stands between commas, as a speaker does (not `Pagliano's Fifth Amendment claims,`).
  let j = i - 1;
  while (j > s.firstToken && (tokens[j]!.pos === 'PROPN' || tokens[j]!.lower === 'the')) j--;
  return tokens[j]!.text === ',' || isClosingMark(doc, j);
}

/**
 * `The mayor is promising/ADJ to cut the fees`: an `-ing` speech form after a form of `be`,
 * before `to` + verb, is the progressive verb whatever its tag.
 */
function progressiveTaggedAdjective(doc: Document, s: Sentence, i: number): boolean {
  const { tokens } = doc;
  if (!tokens[i]!.lower.endsWith('ing') || tokens[i + 1]?.lower !== 'to' || tokens[i + 2]?.pos !== 'VERB') return false;
  let j = i - 1;
  while (j > s.firstToken && tokens[j]!.pos === 'ADV') j--;
  return j >= s.firstToken && hasWordClass(tokens[j]!, W.BE_FORM);
}

/**
 * A speech-verb form that the tagger took for a noun or an adjective is a verb between a
 * subject and a bare clause: `The newspaper reports/NOUN the mayor resigned`, `Prosecutors
 * alleged/ADJ Greer moved the money` (not `the alleged killer`, `weather reports show`).
 */
function mistaggedVerb(doc: Document, s: Sentence, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (i <= s.firstToken || !prev || !hasTag(prev, NOMINAL_HEAD_TAG_BITS) || !/(?:s|ed)$/u.test(t.lower)) return false;
  const m = skipNounPhrase(doc, i + 1, s.endToken);
  const verb = tokens[m];
  if (m > i + 1 && m < s.endToken && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.lower.endsWith('ing')) return true;
  return BARE_CLAUSE_VERBS.has(cueWordAt(doc, i)?.lemma ?? '') && subjectThenVerb(doc, s, i + 1);
}

/** Longest subject read after a mis-tagged speech verb: `his net worth`, `Clinton’s last press conference`. */
const MAX_MISTAGGED_SUBJECT_TOKENS = 6;

/**
 * A short subject, then its finite verb: `(claims) his net worth is …`, `(reports) Clinton’s
 * last press conference was held …` — what skipNounPhrase does not pass (a possessive, an adverb).
 */
function subjectThenVerb(doc: Document, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  const first = tokens[from];
  if (!first || from >= s.endToken || !opensClause(doc, from) || first.pos === 'VERB') return false;
  for (let m = from + 1; m < s.endToken && m - from <= MAX_MISTAGGED_SUBJECT_TOKENS; m++) {
    const t = tokens[m]!;
    if (t.pos === 'AUX' || t.pos === 'VERB') return !t.lower.endsWith('ing') && !(t.pos === 'VERB' && t.lower.endsWith('ed') && tokens[m - 1]!.pos === 'DET');
    if (!hasTag(t, NOUN_PHRASE_TAG_BITS) || t.pos === 'ADP' || t.pos === 'CCONJ' || hasWordClass(t, W.COMPLEMENTIZER)) return false;
  }
  return false;
}

/**
 * `CLAUSE, X said.` / `CLAUSE, said X.` / `A, X said, B.`: the cue is preceded by a comma and
 * a short speaker phrase (or directly by the comma), and followed by little more than time
 * or place words before the sentence ends or a comma opens the rest of the clause.
 */
function findTrailingClause(doc: Document,
  s: Sentence,
  cue: FoundCue,
): { boundary: number; clauses: ReportedClause[] } | null {
  if ((cue.kind === 'belief' && !isFindingVerb(doc, s, cue.first)) || isTopicCue(cue.lemma)) return null;
  const base = cueVerb(cue.lemma);
  if (cue.kind === 'source') return null;
  const speaker = speakerPhraseBeforeCue(doc, s, cue);
  if (!speaker) return null;
  const { asClause } = speaker;
  // (`Voters, Clinton suggested, don’t have to worry …`: some of them interrupt a clause, though they never close one.)
  if (!asClause && cue.kind === 'speech' && NOT_TRAILING_VERBS.has(base) && !(PARENTHETICAL_CUE_VERBS.has(base) && doc.tokens[cue.end]?.text === ',')) return null;
  if (!asClause && (speaker.j < s.firstToken || cue.first - speaker.j > MAX_SPEAKER_TOKENS)) return null;
  const { j: boundary, heads } = asClause ? speaker : extendOverAppositives(doc, s, cue, speaker.j, speaker.heads);
  const inverted = heads === 0;
  if (inverted && boundary !== cue.first - 1) return null;
  const tail = cueTail(doc, s, cue);
  if (!tail || !trailingCueTailFits(doc, cue, base, tail, inverted, asClause)) return null;
  // A finding closes its sentence (`…, county records show.`); `In April, a poll found …` is no trailing one.
  if (cue.kind === 'belief' && tail.k < s.endToken && doc.tokens[tail.k]!.text === ',') return null;
  // Even with no clause kept, the cue is a trailing attribution and reports nothing after it.
  return { boundary, clauses: clausesAroundTrailingCue(doc, s, cue, boundary, tail.k, inverted) };
}

/**
 * Back from a trailing cue over the speaker phrase to the comma (or closing mark) that ends
 * the reported clause: `j` is that token, `heads` the nouns passed; null when a verb or
 * clause word shows the cue is not trailing.
 */
function speakerPhraseBeforeCue(doc: Document, s: Sentence, cue: FoundCue): { j: number; heads: number; asClause: boolean } | null {
  const { tokens } = doc;
  let j = cue.first - 1;
  let heads = 0;
  while (j >= s.firstToken && cue.first - j <= MAX_SPEAKER_TOKENS) {
    const t = tokens[j]!;
    if (t.text === ',') break;
    // `…, as one adviser pointed out, …` / `As Mosko put it, …`: an `as` clause attributes what
    // stands around it, whatever the verb.
    if (t.lower === 'as' && heads > 0 && (j === s.firstToken || tokens[j - 1]!.text === ',')) return { j: j - 1, heads, asClause: true };
    // `“…,” he said`: a closing mark ends the clause only after the quote's own punctuation.
    if (isClosingMark(doc, j)) return closesQuoteWithPunctuation(doc, s, j) ? { j, heads, asClause: false } : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && !/^[().'’&-]$/u.test(t.text))) return null;
    if (!hasTag(t, NOUN_PHRASE_TAG_BITS) && t.pos !== 'PUNCT') return null;
    if (hasTag(t, NOMINAL_HEAD_TAG_BITS)) heads++;
    if (hasWordClass(t, W.RELATIVE_PRONOUN)) return null;
    j--;
  }
  return { j, heads, asClause: false };
}

/** The closing mark at `j` (with any just before it: `''` is two tokens in NYT text) follows the quote's own `,.!?…`. */
function closesQuoteWithPunctuation(doc: Document, s: Sentence, j: number): boolean {
  let m = j - 1;
  while (m > s.firstToken && isClosingMark(doc, m)) m--;
  return m >= s.firstToken && /^[,.!?…]$/u.test(doc.tokens[m]!.text);
}

/**
 * `…, Anna White, a spokeswoman, said` / `…, a spokeswoman, Anna White, said`: the speaker
 * and its appositive span two or three commas; moves the boundary back over them.
 */
function extendOverAppositives(doc: Document, s: Sentence, cue: FoundCue, j: number, heads: number): { j: number; heads: number } {
  if (doc.tokens[j]!.text !== ',') return { j, heads };
  if (heads === 0 && j === cue.first - 1) {
    const k0 = appositiveStart(doc, s, j);
    if (k0 >= 0) {
      j = k0;
      heads = 1;
    }
  }
  if (heads > 0) {
    const k0 = appositiveStart(doc, s, j);
    if (k0 >= 0) j = k0;
  }
  return { j, heads };
}

/**
 * Forward from a trailing cue over its tail (`said Monday`, `told The New York Times then`,
 * `said in a statement`) to the comma or sentence end: `k` is where it stops; null when a
 * complementiser, auxiliary or finite verb shows a clause follows instead.
 */
function cueTail(doc: Document, s: Sentence, cue: FoundCue): { k: number; tailHeads: number } | null {
  const { tokens } = doc;
  let k = cue.end;
  let tailHeads = 0;
  while (k < s.endToken && k - cue.end <= MAX_CUE_TAIL_TOKENS) {
    const t = tokens[k]!;
    if (t.text === ',' || hasWordClass(t, W.SENTENCE_END) || (isClosingMark(doc, k) && k + 1 >= s.endToken)) break;
    if (hasWordClass(t, W.COMPLEMENTIZER) || t.pos === 'AUX' || t.lower === 'to') return null;
    if (t.pos === 'VERB' && !/(ed|ing|en)$/u.test(t.lower)) return null;
    if (!hasTag(t, NOUN_PHRASE_TAG_BITS) && t.pos !== 'VERB' && t.pos !== 'PUNCT') return null;
    if (hasTag(t, NOMINAL_HEAD_TAG_BITS)) tailHeads++;
    k++;
  }
  if (k - cue.end > MAX_CUE_TAIL_TOKENS) return null;
  return { k, tailHeads };
}

/** Whether what follows a trailing cue leaves it a trailing attribution (inverted `said X` needs X there). */
function trailingCueTailFits(doc: Document, cue: FoundCue, base: string, tail: { k: number; tailHeads: number }, inverted: boolean, asClause: boolean): boolean {
  const { tokens } = doc;
  const tailStart = tokens[cue.end];
  const tailOpensPhrase = tailStart !== undefined && cue.end < tail.k && !hasWordClass(tailStart, W.CUE_ADVERBIAL) && tailStart.pos !== 'ADP' && tailStart.pos !== 'ADV';
  if (inverted && (tail.tailHeads === 0 || !tailOpensPhrase)) return false;
  // `…, telling Reuters, “…”` is a participle phrase, `…, writes a column and …` a coordination.
  if (inverted && (tokens[cue.first]!.lower.endsWith('ing') || hasCoordination(doc, cue.end, tail.k))) return false;
  // `In her book, Clinton noted the clot’s existence.`: an object after the verb is what was
  // said, so the comma before the subject ends an introduction, not a reported clause.
  if (!inverted && !asClause && tailOpensPhrase && !isAddresseeVerb(base)) return false;
  return true;
}

/** Where the clause before a trailing attribution starts: the sentence start, after a dateline and a leading `According to X,`. */
function trailingClauseStart(doc: Document, s: Sentence, boundary: number): number {
  const { tokens } = doc;
  const first = afterDateline(doc, s);
  if (tokens[first]?.lower !== 'according' || tokens[first + 1]?.lower !== 'to') return first;
  let c = first + 2;
  while (c < boundary && tokens[c]!.text !== ',') c++;
  return c + 1;
}

/**
 * The reported clauses around a trailing attribution ending at `boundary` (before it) and
 * `k` (after it): the clause before, and the second half of an interrupted clause after.
 */
function clausesAroundTrailingCue(doc: Document, s: Sentence, cue: FoundCue, boundary: number, k: number, inverted: boolean): ReportedClause[] {
  const { tokens } = doc;
  const clauses: ReportedClause[] = [];
  const before = trimClause(doc, trailingClauseStart(doc, s, boundary), boundary);
  const after = k < s.endToken && tokens[k]!.text === ',' ? trimClause(doc, k + 1, s.endToken) : null;
  const open = before !== null && endsOpen(tokens[before.end - 1]!, tokens[before.end - 2]);
  // (A stretch with quoted words is a clause even when the tagger missed its verb: `The summit accomplished/ADJ “too little,”`.)
  const beforeIsClause =
    before !== null && !open && (isClause(doc, before.first, before.end, false) || (before.end - before.first >= 4 && hasOpeningMark(doc, before.first + 1, before.end)));
  // `The museum, Mr. Bush said, celebrated …`: the attribution interrupts one clause, whose
  // two halves are reported as two parts (PolNeAR's convention), the first without a verb.
  const interrupted = before !== null && !open && !beforeIsClause && after !== null && !inverted;
  // After `, said X,` comes X's appositive (`, said Brian Baker, a longtime adviser …`).
  // After `“…,” X said,` what follows is about the speaking (`, as fighters worked out`), and
  // before `X said, “…”` a fragment (`On the subject of Israel,`) only introduces the quote.
  // (A quote that began in an earlier sentence counts too: wink splits inside quotes.)
  const beforeIsQuote = before !== null && (isClosingMark(doc, before.end - 1) || isClosingMark(doc, boundary));
  const afterIsQuote = after !== null && isOpeningMark(doc, after.first);
  const afterContinues =
    after !== null && !inverted && !beforeIsQuote && !(afterIsQuote && !beforeIsClause) && continuesClause(doc, after.first, after.end, !beforeIsClause);
  // `Though the change went smoothly, he said, replacing her would …`: an adverbial clause
  // before the attribution frames what follows it; the report is the main clause after.
  // (Without a clause after it, such a stretch still only sets the scene: `As a phone rang, the announcer said, “…”`.)
  // (`After some delays, the line has met its targets, one official said.`: an adverbial
  // phrase before a main clause opens that clause, which is the report.)
  const adverbial = before !== null && opensAdverbialClause(doc, before.first) && !mainClauseAfterComma(doc, before.first, before.end);
  // A fragment worth a record names something: `The museum`, not `Yet` or `Of course`.
  const namesSomething = before !== null && hasNounHead(doc, before.first, before.end);
  // `If the talks fail, he said, the strike will go on.` / `Too often, Ms. Ortiz said, “…”`: what
  // is fronted before a mid-sentence attribution belongs to the report (PolNeAR annotates it as
  // a part of the attribution: 90% of 44 on polnear_train).
  if (before !== null && !open && !inverted && (afterContinues || afterIsQuote) && (adverbial || (!beforeIsClause && !namesSomething)) && isFrontedPart(doc, before.first, before.end)) {
    clauses.push({ first: before.first, end: before.end, cue, rule: 'reported-parenthetical' });
  } else if (before && !adverbial && (beforeIsClause || (interrupted && afterContinues && namesSomething))) {
    const rule = inverted ? 'reported-trailing-inverted' : beforeIsClause ? 'reported-trailing' : 'reported-parenthetical';
    clauses.push({ first: before.first, end: before.end, cue, rule });
  }
  // The clause after a mid-sentence attribution: `because, he told reporters, because of …`.
  if (after && afterContinues) {
    clauses.push({ first: after.first, end: after.end, cue, rule: 'reported-parenthetical' });
  }
  return clauses;
}

/**
 * The comma before a short noun phrase that ends at comma `j` (`, a spokeswoman, …`), or -1.
 * The phrase must look like a name or a role, not a clause, and be opened by a comma itself.
 */
function appositiveStart(doc: Document, s: Sentence, j: number): number {
  const { tokens } = doc;
  let i = j - 1;
  let heads = 0;
  while (i >= s.firstToken && j - i <= 12) {
    const t = tokens[i]!;
    if (t.text === ',' || isClosingMark(doc, i)) break;
    // (`a political scientist at Texas Tech University`: roles take `at`, `of`, `for`.)
    if (!hasTag(t, NOUN_PHRASE_TAG_BITS) || (t.pos === 'ADP' && !ROLE_PREPOSITIONS.has(t.lower)) || t.pos === 'CCONJ' || t.pos === 'ADV' || hasWordClass(t, W.RELATIVE_PRONOUN)) return -1;
    if (t.pos === 'PRON' && !hasWordClass(t, W.POSSESSIVE_DETERMINER)) return -1;
    if (hasTag(t, NOMINAL_HEAD_TAG_BITS)) heads++;
    i--;
  }
  if (i < s.firstToken || heads === 0 || i === j - 1) return -1;
  const stop = tokens[i]!;
  // `“…,” Seth McKee, a political scientist, told The Hill`: the quote's closing mark opens the speaker.
  const quoteEnd = isClosingMark(doc, i) && i - 1 >= s.firstToken && /^[,.!?…]$/u.test(tokens[i - 1]!.text);
  if (stop.text !== ',' && !quoteEnd) return -1;
  // The phrase before must be a clause (it is the report), not a list of names.
  return hasVerbBefore(doc, s.firstToken, i) ? i : -1;
}

/** Where a leading cue's report starts, which rule found it, and where the report must end. */
type ReportStart = { first: number; rule: FindingRuleId; limit: number };

/** `X said (that) CLAUSE`, `X told Y (that) CLAUSE`, `X urged Y to …`, `X called the plan “a mess”`. */
function findLeadingClause(doc: Document, s: Sentence, cue: FoundCue, limit: number): ReportedClause | null {
  const base = cueVerb(cue.lemma);
  // `put` reports only as `as X put it` (an as-clause, found as a trailing attribution).
  if (base === 'put') return null;
  const relativeLimit = relativeClauseLimit(doc, s, cue, limit);
  if (relativeLimit === null) return null;
  limit = relativeLimit;
  // `Claiming the plan failed, Trump told Fox …` / `After saying …, she was …`: a participle
  // before the main clause reports up to the comma that ends the introductory phrase.
  const intro = isParticiple(doc.tokens[cue.first]!) && !hasVerbBefore(doc, s.firstToken, cue.first);
  const aboutTopic = isTopicCue(cue.lemma);
  const callFor = cue.lemma === 'call for' || cue.lemma === 'call on';
  if (intro) limit = firstClauseBreak(doc, cue.end, limit);
  else if (aboutTopic || callFor) limit = objectEnd(doc, cue.end, limit);
  if (aboutTopic) return topicClause(doc, cue, limit);
  if (callFor) return callClause(doc, cue, limit);
  const { k, comp } = complementizerAfterCue(doc, cue, base, limit);
  // `rejected the union’s claim that …`: the clause is the claim's, a cue of its own.
  if (comp > cue.end && ownsClause(doc, comp - 1)) return null;
  const start: ReportStart | null =
    comp >= 0 ? { first: comp, rule: cue.kind === 'belief' ? 'belief-that' : 'reported-that', limit } : bareReportStart(doc, s, cue, base, k, limit);
  return start ? leadingClauseSpan(doc, cue, start, comp) : null;
}

/**
 * A cue inside `, who said …,` reports up to the relative clause's closing comma: the new
 * limit, the same limit when the cue is not in a relative clause, or null when it cannot report.
 */
function relativeClauseLimit(doc: Document, s: Sentence, cue: FoundCue, limit: number): number | null {
  const { tokens } = doc;
  const prev = tokens[cue.first - 1];
  const relative = prev !== undefined && cue.first - 1 >= s.firstToken && (hasWordClass(prev, W.RELATIVE_PRONOUN) || (prev.lower === 'that' && prev.pos !== 'SCONJ'));
  if (!relative) return limit;
  const before = tokens[cue.first - 2];
  if (!before || before.text !== ',') {
    // `The man who said hello left.`: in a subject's relative clause the main verb follows
    // the reported words and cannot be told from them; only `that` marks a report there.
    return hasVerbBefore(doc, s.firstToken, cue.first - 1) ? limit : null;
  }
  for (let c = cue.end; c < limit; c++) {
    if (tokens[c]!.text === ',') return c;
  }
  return limit;
}

/** The subject of a `show`/`find` cue is a poll, study or record (`A CNN poll last month showed …`). */
function hasFindingSource(doc: Document, s: Sentence, cueFirst: number): boolean {
  const { tokens } = doc;
  let j = cueFirst - 1;
  while (j >= s.firstToken && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || hasWordClass(tokens[j]!, W.TIME_WORD))) j--;
  return j >= s.firstToken && FINDING_SOURCE_NOUNS.has(tokens[j]!.lower);
}

/**
 * `show`/`find` after its source (`a new poll shows`, `…, county records show.`): a finding,
 * which may close its sentence like a trailing attribution.
 */
function isFindingVerb(doc: Document, s: Sentence, i: number): boolean {
  const t = doc.tokens[i]!;
  return FINDING_CUE_LEMMAS.has(cueWordAt(doc, i)?.lemma ?? '') && t.text === t.lower && hasFindingSource(doc, s, i);
}

/** A speech noun right before `that` (`the union’s claim that …`, `his statement that …`) reports the clause itself. */
function ownsClause(doc: Document, i: number): boolean {
  const cue = cueWordAt(doc, i);
  return cue !== null && cue.kind === 'speech' && doc.tokens[i]!.pos === 'NOUN';
}

/** `talked about his plans for the harbour`, `commented on the ruling`: what was talked about. */
function topicClause(doc: Document, cue: FoundCue, limit: number): ReportedClause | null {
  const span = trimClause(doc, cue.end, limit);
  return span && !hasVerbBefore(doc, span.first, span.first + 1)
    ? { first: span.first, end: span.end, cue, rule: 'reported-about' }
    : null;
}

/** `called for an inquiry`, `called on the council to act`: what was called for, two words at least. */
function callClause(doc: Document, cue: FoundCue, limit: number): ReportedClause | null {
  const span = trimClause(doc, cue.end, limit);
  return span && span.end - span.first >= 2
    ? { first: span.first, end: span.end, cue, rule: 'reported-call' }
    : null;
}

/**
 * After a leading cue and its adverbials: `k`, where its object or clause starts, and `comp`,
 * the complementiser that opens the report (`said Monday in a statement that …`), or -1.
 */
function complementizerAfterCue(doc: Document, cue: FoundCue, base: string, limit: number): { k: number; comp: number } {
  const { tokens } = doc;
  let k = cue.end;
  while (k < limit && isAdverbial(tokens[k]!)) k++;
  if (k < limit && (tokens[k]!.text === ':' || tokens[k]!.text === ',')) k++;
  // A complementiser a little further on: `said Monday in a statement that …`.
  // (`have not said when they would vote`: a negated cue asks, and `when` opens what was not said.)
  let comp = findComplementizer(doc, k, limit, !isAddresseeVerb(base) && base !== 'explain' && base !== 'describe' && !cueWordAt(doc, cue.first)?.negated);
  if (comp < 0 && isAddresseeVerb(base)) {
    // `asked Obama what he thought …`, `told The Star-Ledger of Newark last week that …`.
    let m = skipNounPhrase(doc, k, limit);
    while (m < limit && isAdverbial(tokens[m]!)) m++;
    const w = tokens[m];
    if (m > k && w && m < limit && hasWordClass(w, W.COMPLEMENTIZER) && (w.lower !== 'that' || isComplementizerThat(doc, m) || w.pos !== 'PRON' || !opensRelativeVerb(doc, m + 1))) comp = m;
  }
  return { k, comp };
}

/** A report with no complementiser: an infinitive, a naming, a bare clause, a relative's rest or an object; null when none fits. */
function bareReportStart(doc: Document, s: Sentence, cue: FoundCue, base: string, k: number, limit: number): ReportStart | null {
  const { tokens } = doc;
  const belief = cue.kind === 'belief';
  const prev = tokens[cue.first - 1];
  // `to confirm justices`, `to answer questions`: an infinitive cue reports only with `that`/`whether`.
  if (prev?.lower === 'to' && !INFINITIVE_VERBS.has(base)) return null;
  // `A new poll shows Ruiz with 47 percent`: no addressee after a finding's `show`.
  const t0 = tokens[k];
  if (belief && t0 && k < limit && FINDING_CUE_LEMMAS.has(base) && opensNounPhrase(t0) && hasFindingSource(doc, s, cue.first)) return { first: k, rule: 'belief-finding', limit };
  k = bareReportFirstToken(doc, base, k, limit);
  const t = tokens[k];
  if (!t || k >= limit) return null;
  // (`declined to $3 billion`, `refused to the end`: `to` before no verb is a preposition.)
  if (t.lower === 'to' && INFINITIVE_VERBS.has(base) && !PREPOSITION_OBJECT_TAGS.has(tokens[k + 1]?.pos ?? 'PUNCT')) return { first: k + 1, rule: 'reported-infinitive', limit };
  // `Clinton wants to expand the program`, `The center plans to release its analysis`: an intention (wide scope).
  if (belief && BELIEF_INFINITIVE_LEMMAS.has(base) && k === cue.end && t.lower === 'to' && tokens[k + 1]?.pos === 'VERB' && intentionOfOthers(doc, s, cue.first)) return { first: k + 1, rule: 'reported-infinitive', limit };
  if (NAMING_VERBS.has(base)) return namesWithComplement(doc, base, k, limit) ? { first: k, rule: 'reported-naming', limit } : null;
  if ((belief ? BELIEF_BARE_CLAUSE_LEMMAS.has(base) : BARE_CLAUSE_VERBS.has(base)) && opensClause(doc, k) && isClause(doc, k, limit, false)) {
    return { first: k, rule: belief ? 'belief-bare' : 'reported-bare', limit };
  }
  if (!belief && BARE_CLAUSE_VERBS.has(base) && (t.pos === 'AUX' || t.pos === 'VERB') && k === cue.end && relativeBefore(doc, s, cue.first)) {
    // `his donations, which he said were accompanied by favors`: the relative pronoun is the
    // subject of the reported clause, which is the rest of the relative clause.
    return { first: k, rule: 'reported-relative', limit: firstClauseBreak(doc, k, limit) };
  }
  if (!belief && OBJECT_VERBS.has(base) && opensNounPhrase(t) && !(prev !== undefined && (prev.pos === 'ADP' || prev.pos === 'SCONJ') && tokens[cue.first]!.lower.endsWith('ing'))) {
    // (Not after a preposition: `criticized for questioning the findings` names an act, not words.)
    // `questioned the health of Donald Trump`, `announced the arrest of a man`: the object is
    // what was said, up to the first comma unless a list, examples or a second complement
    // follow it (rules/object-extent.ts).
    return { first: k, rule: 'reported-object', limit: objectEnd(doc, k, limit) };
  }
  return null;
}

/**
 * An intention someone holds, not advice or the writer's own wish: a subject before the cue that
 * is not `I`/`we`/`you` (`I wanted to speak out`), and no modal (`Trump may want to check his
 * stats`, `will reporters still want to …`). polnear_train: without these, want 68% right; with them 74%.
 */
function intentionOfOthers(doc: Document, s: Sentence, cueFirst: number): boolean {
  const { tokens } = doc;
  if (quotedSpanAt(doc, cueFirst) >= 0) return false;
  let j = cueFirst - 1;
  while (j >= s.firstToken && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART' || tokens[j]!.pos === 'AUX')) {
    if (MODAL_AUXILIARIES.has(tokens[j]!.lower)) return false;
    j--;
  }
  return j >= s.firstToken && !WRITER_PRONOUNS.has(tokens[j]!.lower);
}

/** Past an addressee (`told reporters …`), adverbials and a prepositional phrase (`said after the convention he would …`). */
function bareReportFirstToken(doc: Document, base: string, k: number, limit: number): number {
  const { tokens } = doc;
  if (isAddresseeVerb(base)) k = skipNounPhrase(doc, k, limit);
  while (k < limit && isAdverbial(tokens[k]!)) k++;
  // `said after the convention he would …`: a prepositional phrase before a bare clause.
  const pp = tokens[k];
  if (pp && k < limit && pp.pos === 'ADP' && pp.lower !== 'to' && pp.lower !== 'as' && BARE_CLAUSE_VERBS.has(base)) {
    const m = skipNounPhrase(doc, k + 1, limit);
    if (m > k + 1 && tokens[m] && m < limit && tokens[m]!.pos === 'PRON' && !hasWordClass(tokens[m]!, W.COMPLEMENTIZER)) k = m;
  }
  return k;
}

/** `called him “a genius”`, `described the deal as …`: a naming verb reports an object, then its complement. */
function namesWithComplement(doc: Document, base: string, k: number, limit: number): boolean {
  if (hasOpeningMark(doc, k, limit)) return true;
  const m = skipNounPhrase(doc, k, limit);
  const next = doc.tokens[m];
  if (m === k || m >= limit || !next) return false;
  return next.lower === 'as' || (base !== 'describe' && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN'));
}

/** The reported span of a leading cue from its start, if long enough and (for clause rules) a clause; belief rules renamed. */
function leadingClauseSpan(doc: Document, cue: FoundCue, start: ReportStart, comp: number): ReportedClause | null {
  const { first, limit } = start;
  let rule = start.rule;
  const span = trimClause(doc, first, limit);
  if (!span) return null;
  if (rule === 'reported-infinitive') {
    span.first = first - 1; // PolNeAR keeps `to`: `urged supporters [to monitor polling places]`
    if (span.end - span.first < 2) return null;
  } else if (rule === 'reported-naming' || rule === 'reported-object' || rule === 'reported-relative' || rule === 'belief-finding') {
    if (span.end - span.first < 2) return null;
  } else if (!(comp >= 0 && doc.tokens[comp]!.lower === 'that' && span.end - span.first >= 4) && !isClause(doc, span.first, span.end, comp >= 0)) {
    // (`that` + a few words is a clause even when the tagger missed its verb: `that … show/NOUN the need`.)
    return null;
  }
  if (cue.kind === 'belief') {
    rule = rule === 'reported-infinitive' || rule === 'reported-naming' ? `belief-${rule}` : rule;
  }
  return { first: span.first, end: span.end, cue, rule };
}

/**
 * `According to X, CLAUSE`, `CLAUSE, according to X.` and `CLAUSE, according to X, REST`.
 * `according to` attributes whatever it is attached to: polnear_train has 446 gold attributions
 * for its 429 uses, so its content need not be a clause (`most Americans – 63 percent, according to
 * the report –`, `At the heart of the trouble, according to X, was …`, and clauses whose verb the
 * tagger missed, `Sanders trails/NOUN Clinton`); a few words are enough. Its source may be long
 * (`early results of the exit poll conducted by … for …`) and carry an apposition.
 */
function findAccordingToClauses(doc: Document, s: Sentence, cue: FoundCue): ReportedClause[] {
  const { tokens } = doc;
  // (The comma may stand inside the quote that ends the content: `became “the high point,” according to X`.)
  let p = cue.first - 1;
  while (p > s.firstToken && isClosingMark(doc, p)) p--;
  const prev = tokens[p];
  if (cue.first > s.firstToken && prev && (prev.text === ',' || DASHES.has(prev.text))) {
    // Trailing: the content is the sentence up to the comma; a predicate or a coordinated clause
    // after the source continues it (`X, according to Y, was …`, `…, according to Y, and Z …`).
    const span = trimClause(doc, afterDateline(doc, s), cue.first - 1);
    if (span && isAccordingContent(doc, span.first, span.end)) {
      const found: ReportedClause[] = [{ first: span.first, end: span.end, cue, rule: 'according-to-trailing' }];
      const rest = continuationAfterSource(doc, s, cue);
      if (rest) found.push({ first: rest.first, end: rest.end, cue, rule: 'according-to-trailing' });
      return found;
    }
    // `In addition, according to the department, nearly nine million …`, `But, according to the
    // poll, 46 percent …`: after a short fronted phrase with no verb, the source leads the clause after it.
    if (!span || hasVerbBefore(doc, span.first, span.end)) return [];
  }
  // Leading: the source runs to the next comma (and over an apposition); the clause is the rest of the sentence.
  const c = sourceEnd(doc, s, cue);
  if (c < 0) return [];
  const span = trimClause(doc, c + 1, s.endToken);
  return span && isClause(doc, span.first, span.end, false) ? [{ first: span.first, end: span.end, cue, rule: 'according-to-leading' }] : [];
}

/** Most tokens an `according to` source runs over before its comma. */
const MAX_SOURCE_TOKENS = 24;
/** Most tokens of an apposition after the source (`X, another former envoy,`). */
const MAX_APPOSITION_TOKENS = 10;

/**
 * The comma that ends the source of `according to` (after an apposition to it: `according to
 * Dennis Ross, a former envoy, …`), or -1. `according to X is …` (no comma) attributes nothing.
 */
function sourceEnd(doc: Document, s: Sentence, cue: FoundCue): number {
  const { tokens } = doc;
  let c = cue.end;
  while (c < s.endToken && tokens[c]!.text !== ',' && c - cue.end <= MAX_SOURCE_TOKENS) {
    if (tokens[c]!.pos === 'AUX') return -1;
    c++;
  }
  if (c >= s.endToken || tokens[c]!.text !== ',' || c === cue.end) return -1;
  // An apposition: a noun phrase of lower-case words up to the next comma, no verb in it.
  const first = tokens[c + 1];
  if (!first || !(first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN') || UPPER_FIRST.test(first.text)) return c;
  for (let j = c + 1; j < s.endToken && j - c <= MAX_APPOSITION_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') return c;
    if (t.text === ',') return j;
  }
  return c;
}

/** What `according to X,` leaves of the sentence when it continues the content before it: a predicate (`was …`) or `and`/`but` + a clause. */
function continuationAfterSource(doc: Document, s: Sentence, cue: FoundCue): { first: number; end: number } | null {
  const { tokens } = doc;
  const c = sourceEnd(doc, s, cue);
  if (c < 0) return null;
  let first = c + 1;
  const opener = tokens[first];
  if (!opener) return null;
  if (opener.pos === 'CCONJ') first++;
  else if (!(opener.pos === 'AUX' || (opener.pos === 'VERB' && !opener.lower.endsWith('ing')))) return null;
  const span = trimClause(doc, first, s.endToken);
  if (!span) return null;
  return opener.pos === 'CCONJ' ? (isClause(doc, span.first, span.end, false) ? span : null) : span.end - span.first >= 2 ? span : null;
}

/** Content enough for `according to`: a clause, or at least three words. */
function isAccordingContent(doc: Document, first: number, end: number): boolean {
  return isClause(doc, first, end, false) || end - first >= 3;
}

/** Tokens [first, end) without surrounding whitespace-only or clause-ending punctuation; null if empty. */
function trimClause(doc: Document, first: number, end: number): { first: number; end: number } | null {
  const { tokens } = doc;
  let f = first;
  let e = end;
  while (f < e && (tokens[f]!.text === ',' || tokens[f]!.text === ':' || tokens[f]!.text === ';')) f++;
  while (e > f && hasWordClass(tokens[e - 1]!, W.CLAUSE_END_PUNCT)) e--;
  return e > f ? { first: f, end: e } : null;
}

/** A clause has a verb; a bare one (no `that`) also has something before the verb to be its subject. */
function isClause(doc: Document, first: number, end: number, introduced: boolean): boolean {
  const { tokens } = doc;
  if (end - first < 2) return false;
  const firstToken = tokens[first]!;
  if (!introduced && EMPTY_OBJECTS.has(firstToken.lower) && end - first < 4) return false;
  for (let i = introduced ? first + 1 : first; i < end; i++) {
    const t = tokens[i]!;
    // A bare clause needs a finite verb: `the president telling him` reports nothing.
    if (t.pos === 'AUX' || (t.pos === 'VERB' && i > first && (introduced || !t.lower.endsWith('ing')))) return true;
  }
  return false;
}

/**
 * What follows `, X said,` continues the reported clause unless it is a participle phrase
 * about the speaking (`, she said, referencing …`, `, he said, adding that …`). After a
 * fragment (`The museum, Mr. Bush said, celebrated …`) any continuation belongs to the clause.
 */
function continuesClause(doc: Document, first: number, end: number, afterFragment: boolean): boolean {
  const { tokens } = doc;
  const t = tokens[first]!;
  // (After a fragment a finite verb is the clause's own, speech verb or not: `The trouble, Frank writes, began …`.)
  if (t.pos === 'VERB' && cueWordAt(doc, first)?.kind === 'speech' && (!afterFragment || t.lower.endsWith('ing'))) return false;
  if (hasWordClass(t, W.RELATIVE_PRONOUN)) return false;
  if (afterFragment) return true;
  if (t.pos === 'VERB') return isClause(doc, first + 1, end, false);
  if (t.pos === 'SCONJ' || t.lower === 'because') return true;
  return isOpeningMark(doc, first) || isClause(doc, first, end, false);
}

/**
 * First token after a dateline that opens the sentence (`WASHINGTON ―`, `WASHINGTON (AP) —`,
 * `CHARLOTTE -`): a place in capitals, maybe an agency in parentheses, and a dash.
 */
function afterDateline(doc: Document, s: Sentence): number {
  const { tokens } = doc;
  let i = s.firstToken;
  while (i < s.endToken && i - s.firstToken < 6) {
    const t = tokens[i]!;
    if (DASHES.has(t.text)) return i > s.firstToken ? i + 1 : s.firstToken;
    const caps = HAS_CAPITAL.test(t.text) && isUpperText(t.text);
    if (!caps && t.text !== '(' && t.text !== ')' && t.text !== ',' && t.text !== '.') return s.firstToken;
    i++;
  }
  return s.firstToken;
}

function hasCoordination(doc: Document, first: number, end: number): boolean {
  const { tokens } = doc;
  for (let i = first; i < end; i++) if (tokens[i]!.pos === 'CCONJ') return true;
  return false;
}

function hasNounHead(doc: Document, first: number, end: number): boolean {
  const { tokens } = doc;
  for (let i = first; i < end; i++) if (hasTag(tokens[i]!, NOMINAL_HEAD_TAG_BITS)) return true;
  return false;
}

/** A comma inside [first, end) followed by a clause with a subject: `After the vote, the council met`. */
function mainClauseAfterComma(doc: Document, first: number, end: number): boolean {
  const { tokens } = doc;
  for (let i = first + 1; i < end - 2; i++) {
    if (tokens[i]!.text !== ',') continue;
    const next = tokens[i + 1]!;
    if (opensClause(doc, i + 1) && next.pos !== 'VERB' && isClause(doc, i + 1, end, false)) return true;
  }
  return false;
}

/**
 * A fronted stretch worth a part of its own: two words or more, three after a preposition
 * (`Still,`, `In 2008,`, `In particular,` only link or date: PolNeAR leaves them out), and no
 * report of its own (`When the senator noted that …, Adams replied, “…”` is the senator's).
 */
function isFrontedPart(doc: Document, first: number, end: number): boolean {
  const { tokens } = doc;
  let words = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PUNCT' && t.pos !== 'CCONJ') words++;
    if (i + 1 < end && isComplementizerThat(doc, i + 1) && cueWordAt(doc, i)) return false;
  }
  return words >= (tokens[first]!.pos === 'ADP' ? 3 : 2);
}

/** `Though …`, `But when …`: the stretch opens with a subordinator. */
function opensAdverbialClause(doc: Document, first: number): boolean {
  const { tokens } = doc;
  let t = tokens[first]!;
  if (t.pos === 'CCONJ') t = tokens[first + 1] ?? t;
  return (t.pos === 'SCONJ' && t.lower !== 'that') || SUBORDINATORS.has(t.lower);
}

/** A clause cut by an attribution after `because`, `and`, `the`: `… because, he told reporters, …`. */
function endsOpen(t: Token, prev: Token | undefined): boolean {
  // (`… more than another, Smith said`: a pronoun-like determiner ends a phrase; `… can step in,
  // Wilcox said`: a particle after its verb ends the clause.)
  if (t.pos === 'DET' && STANDALONE_DETERMINERS.has(t.lower)) return false;
  if (t.pos === 'ADP' && prev !== undefined && prev.pos === 'VERB') return false;
  return t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'DET' || t.pos === 'ADP';
}

function isAdverbial(t: Token): boolean {
  if (hasWordClass(t, W.CUE_ADVERBIAL)) return true;
  return t.pos === 'ADV' && !hasWordClass(t, W.COMPLEMENTIZER) && t.lower !== 'not' && t.lower !== "n't" && t.lower !== 'none';
}

/**
 * Index of a complementiser within a short distance after `from`, before any finite verb
 * (which would belong to the reported clause itself); -1 if none.
 */
function findComplementizer(doc: Document, from: number, limit: number, plainSay: boolean): number {
  const { tokens } = doc;
  // After a prepositional phrase or a time word (`announced in a statement this month that he …`)
  // a `that` cannot be relative to an object of the verb, whatever its tag.
  const start = tokens[from];
  const framed = start !== undefined && (start.pos === 'ADP' || hasWordClass(start, W.CUE_ADVERBIAL));
  for (let i = from; i < limit && i - from <= MAX_COMPLEMENTIZER_DISTANCE; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.lower === 'that' && (i === from || isComplementizerThat(doc, i) || (framed && next !== undefined && next.pos !== 'VERB' && next.pos !== 'AUX'))) return i;
    // `said when she resigned` is a time, `told him when to leave` a report.
    if (hasWordClass(t, W.COMPLEMENTIZER) && t.lower !== 'that' && i === from && (!TEMPORAL_WH.has(t.lower) || !plainSay)) return i;
    if (t.pos === 'AUX' || hasWordClass(t, W.SENTENCE_END)) return -1;
    // A verb after a pronoun starts the clause itself; after a noun it is often a mis-tagged
    // noun (`at a campaign stop in …`, `in Colorado Springs`) and the search goes on.
    if (t.pos === 'VERB' && (i === from || tokens[i - 1]!.pos === 'PRON')) return -1;
    // `said the players want a coach, but promised that …`: the `that` is the second cue's.
    if (t.pos === 'VERB' && tokens[i - 1]!.pos === 'CCONJ' && cueWordAt(doc, i)?.kind === 'speech') return -1;
  }
  return -1;
}

/**
 * `that` opens a reported clause when tagged so, or when what follows cannot continue a
 * relative clause (`said via email that, “…”`, `states that couples would …`).
 */
function isComplementizerThat(doc: Document, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  if (t.lower !== 'that') return false;
  if (t.pos === 'SCONJ') return true;
  const next = tokens[i + 1];
  if (!next) return false;
  // `told investigators that whenever he …`: an adverbial clause opens the reported one.
  if (SUBORDINATORS.has(next.lower)) return true;
  return next.text === ',' || isOpeningMark(doc, i + 1) || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'NUM';
}

/**
 * A relative `that` after an addressee is followed by its verb (`told the panel that oversees …`);
 * after `told them that` an adverb, a preposition or a gerund opens the reported clause
 * (`told them that together they would …`, `told CNN that during the talks …`).
 */
function opensRelativeVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return t === undefined || t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'));
}

/** One noun phrase: `reporters`, `him`, `The New York Times`, `the assembled crowd`. */
function skipNounPhrase(doc: Document, from: number, limit: number): number {
  const { tokens } = doc;
  let k = from;
  const t = tokens[k];
  if (!t || k >= limit) return k;
  if (t.pos === 'PRON') return hasWordClass(t, W.COMPLEMENTIZER) ? k : k + 1;
  if (t.pos === 'DET') k++;
  while (k < limit && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k++;
  const head = tokens[k]?.pos;
  if (head !== 'NOUN' && head !== 'PROPN') return from;
  // A run of one class: `reporters Russia refused` stops before the subject `Russia`.
  while (k < limit && tokens[k]!.pos === head) k++;
  // `The Star-Ledger of Newark`, `MSNBC's Morning Joe`: a name goes on after `of` or `'s`.
  const link = tokens[k];
  if (head === 'PROPN' && link && k + 1 < limit && (link.lower === 'of' || link.pos === 'PART') && tokens[k + 1]!.pos === 'PROPN') {
    k++;
    while (k < limit && tokens[k]!.pos === 'PROPN') k++;
  }
  return k;
}

/** `which he said`, `that state media claimed`: a relative pronoun, then the speaker, then the cue. */
function relativeBefore(doc: Document, s: Sentence, cueFirst: number): boolean {
  const { tokens } = doc;
  for (let i = cueFirst - 1; i >= s.firstToken && cueFirst - i <= 7; i--) {
    const t = tokens[i]!;
    if (t.lower === 'which' || t.lower === 'that' || t.lower === 'whom') return i < cueFirst - 1;
    if (!hasTag(t, NOUN_PHRASE_TAG_BITS) || t.pos === 'ADP' || t.pos === 'CCONJ') return false;
  }
  return false;
}

/** Words that can start a noun phrase object: `the health of …`, `his plan`, `Clinton's record`. */
function opensNounPhrase(t: Token): boolean {
  if (t.pos === 'PRON') return hasWordClass(t, W.POSSESSIVE_DETERMINER);
  return t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM';
}

/** Words that can start a clause's subject (a gerund too: `says expanding the monument will …`). */
function opensClause(doc: Document, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.pos === 'VERB' && t.lower.endsWith('ing')) return true;
  // `said none of the candidates were listed`: the tagger reads `none` as an adverb.
  if (t.lower === 'none') return true;
  // `The Times said Cook/VERB provided …`: a capitalised name read as a verb, before the clause's verb.
  if (t.pos === 'VERB' && UPPER_FIRST.test(t.text) && !isUpperText(t.text)) {
    const next = doc.tokens[i + 1];
    return next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')));
  }
  // The quote-mark layer decides what opens a quote: NYT's `''` is two `'` tokens.
  if (t.text === '“' || t.text === '"' || t.text === '‘' || isOpeningMark(doc, i)) return true;
  if (t.pos === 'PRON') return !hasWordClass(t, W.COMPLEMENTIZER) || t.lower === 'what' || t.lower === 'who';
  return t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM';
}

function hasVerbBefore(doc: Document, first: number, end: number): boolean {
  const { tokens } = doc;
  for (let i = first; i < end; i++) {
    const p = tokens[i]!.pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/** Quoted words in the stretch: a naming verb with a quoted judgement is a report (`… the only “concrete” result`). */
function hasOpeningMark(doc: Document, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (isOpeningMark(doc, i)) return true;
  return false;
}

function isParticiple(t: Token): boolean {
  return t.lower.endsWith('ing');
}
