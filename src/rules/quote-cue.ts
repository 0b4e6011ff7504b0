import type { Document, Token } from '../document.js';
import type { QuoteDraft } from '../draft.js';
import { RELATIVE_OR_EXPLETIVE } from '../data/pronouns.js';
import { RECEIVING_VERBS } from '../data/speech-verbs.js';
import { DOCUMENT_NOUNS } from '../data/source-nouns.js';
import { PARTICIPLE_OPENERS, SUBORDINATORS } from '../data/clause-words.js';
import { addresseeAt, findSpeakerAtCue, type SpeakerAtCue } from './speaker-at-cue.js';
import { transcriptLabel } from './transcript-label.js';
import { clauseEnd, clauseStart, sentenceStart } from '../layers/clauses.js';
import { cueAt } from '../layers/cues.js';
import { isClosingMark, isQuoteMark, quotedSpanAt } from '../layers/quote-marks.js';
import { inCapitals, isDash, tokenAtOrAfter } from '../layers/tokens.js';
import { isCapitalized, mentionEndingAt, mentionSpanning, mentionStartingAt } from './speaker-mentions.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { coordinatesWithCue } from './coordinated-cue.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const UPPER_FIRST = /^\p{Lu}/u;
/** `/[.?!…]$/u` of a quote's words, read from its last character (without slicing the words). */
const SENTENCE_END_CHARS = '.?!…';

/** Where the attribution of a direct quote stands. */
export type CueLayout = 'trailing' | 'trailing-dash' | 'leading' | 'leading-clause' | 'paragraph-colon' | 'participle' | 'name-colon' | 'narrative-subject';

export interface QuoteCue {
  layout: CueLayout;
  /** Tokens [first, end) of the cue. */
  cueTokens: { first: number; end: number };
  lemma: string;
  attribution: SpeakerAtCue | null;
  /** The cue stands right next to the quote (`“…,” he said` / `Bolton said: “…”`). */
  adjacent: boolean;
}

/** A trailing attribution's verb is close to the quote: `“…,” White House press secretary Josh Earnest said`. */
const MAX_TRAILING_SUBJECT_TOKENS = 30;
/** Tokens allowed between a leading cue and the quote: `Bolton said in an interview with the AP on Tuesday:`. */
const MAX_LEADING_GAP = 12;

/**
 * Finds the cue of a direct quote and who speaks at it, trying in turn: a trailing
 * attribution (`“…,” he said.`, `“…,” said Bolton.`, `“…” — Bolton`, `“…,” according to
 * a senior official`), a leading one (`Bolton told the AP: “…”`, `As Bolton put it, “…”`,
 * `“…,” he said, adding: “…”`), and a paragraph that ends `Bolton said:` before the quote's
 * paragraph. A transcript turn that opens with its speaker's label (`"PENCE: Well, …`) comes first.
 */
export function findQuoteCue(doc: Document, draft: QuoteDraft): QuoteCue | null {
  return transcriptCue(doc, draft) ?? trailingCue(doc, draft) ?? leadingCue(doc, draft) ?? paragraphColonCue(doc, draft) ?? narrativeSubject(doc, draft);
}

/** `"PENCE: Well, look, …`: the label and its colon, inside the quote's marks. */
function transcriptCue(doc: Document, draft: QuoteDraft): QuoteCue | null {
  const found = transcriptLabel(doc, draft);
  if (!found) return null;
  return { layout: 'name-colon', cueTokens: { first: found.colon, end: found.colon + 1 }, lemma: ':', attribution: found.attribution, adjacent: true };
}

/**
 * No reporting verb, but the quote ends a sentence whose subject is a person acting
 * (`Mr. Trump hardly clarified the matter, treating it as a compliment -- “That makes me
 * smart”`): that person, without a cue.
 */
function narrativeSubject(doc: Document, draft: QuoteDraft): QuoteCue | null {
  const { tokens } = doc;
  const last = tokenAtOrAfter(doc, draft.outerStart) - 1;
  const lastToken = tokens[last];
  if (!lastToken || lastToken.paragraph !== draft.paragraph || isQuoteMark(doc, last) || /^[.!?;]$/u.test(lastToken.text)) return null;
  const floor = clauseStart(doc, last, 60);
  for (let v = floor; v <= last; v++) {
    const t = tokens[v]!;
    if (t.pos !== 'VERB' || isCapitalized(t)) continue;
    const at = findSpeakerAtCue(doc, { first: v, end: v + 1 });
    if (!at || at.side !== 'before') continue;
    if (at.mention.kind !== 'person' || (at.mention.name === null && at.mention.pronoun !== 'he' && at.mention.pronoun !== 'she')) return null;
    return { layout: 'narrative-subject', cueTokens: { first: v, end: v + 1 }, lemma: t.lemma, attribution: { ...at, addressee: null }, adjacent: false };
  }
  return null;
}

function trailingCue(doc: Document, draft: QuoteDraft): QuoteCue | null {
  const { tokens } = doc;
  const next = tokenAtOrAfter(doc, draft.outerEnd);
  const first = tokens[next];
  if (!first || first.paragraph !== draft.paragraph) return null;
  if (isDash(first)) return trailingDashCue(doc, next);
  const k = afterQuotePunctuation(doc, draft, next);
  // After a quote that ends its sentence (`.”`), a capitalised word starts a new sentence,
  // which attributes this quote only if it is short (`“…” Bolton said.`), not if it opens
  // the next quote (`He added: “…”`) or reports more (`He said that …`).
  const newSentence = draft.end > draft.start && SENTENCE_END_CHARS.includes(doc.text[draft.end - 1]!) && UPPER_FIRST.test(tokens[k]?.text ?? '');
  const end = clauseEnd(doc, k, MAX_TRAILING_SUBJECT_TOKENS + 6);
  for (let v = k; v < end && v - k <= MAX_TRAILING_SUBJECT_TOKENS; v++) {
    const t = tokens[v]!;
    const cue = cueAt(doc, v);
    if (cue === null || !isVerbLike(doc, t, cue.lemma === 'according to')) continue;
    const cueTokens = { first: v, end: cue.end };
    let attribution = findSpeakerAtCue(doc, cueTokens);
    // `“…,” he said, adding` : the first speech verb decides; a bare verb with no speaker ends the search.
    if (!attribution) return null;
    // The subject must start the clause (`“…,” Bolton said`), or the verb must (`“…,” said Bolton`).
    // A subject that starts before the clause (inside the quote: `'R,s',said`) is not this quote's speaker (#10).
    if (attribution.side === 'before' && attribution.speakerTokens.first < k) return null;
    if (attribution.side === 'before' && attribution.speakerTokens.first !== k) {
      attribution = withUnknownTitle(doc, attribution, k);
      if (!attribution) return null;
    }
    if (attribution.side === 'after' && !onlyInterveningBetween(tokens, k, v)) return null;
    if (newSentence && !endsShortly(doc, Math.max(cue.end, attribution.speakerTokens.end), v)) return null;
    return { layout: 'trailing', cueTokens, lemma: cue.lemma, attribution, adjacent: true };
  }
  return null;
}

/** `“…” — Bolton` at the end of a paragraph: the dash at `k` is the cue. */
function trailingDashCue(doc: Document, k: number): QuoteCue | null {
  const mention = mentionStartingAt(doc, k + 1, clauseEnd(doc, k + 1));
  const end = mention ? clauseEnd(doc, mention.end) : -1;
  if (mention && mention.pronoun === null && (end === mention.end || doc.tokens[mention.end]?.text === ',')) {
    const attribution = findSpeakerAtCue(doc, { first: k, end: k + 1 });
    if (attribution) return { layout: 'trailing-dash', cueTokens: { first: k, end: k + 1 }, lemma: '—', attribution, adjacent: true };
  }
  return null;
}

/** Past the comma or dash after the quote, and a stray closing mark glued to it (`,'''`). */
function afterQuotePunctuation(doc: Document, draft: QuoteDraft, k: number): number {
  const { tokens } = doc;
  while (
    tokens[k] &&
    tokens[k]!.paragraph === draft.paragraph &&
    (tokens[k]!.text === ',' || isDash(tokens[k]!) || (isQuoteMark(doc, k) && tokens[k]!.start === tokens[k - 1]?.end))
  ) {
    k++;
  }
  return k;
}

/**
 * A title the tables do not know, between the quote and the speaker found (`“…,” election
 * law expert Rick Hasen said`): the speaker starts at `k` with the title; null when the
 * words between do not look like a person's title.
 */
function withUnknownTitle(doc: Document, attribution: SpeakerAtCue, k: number): SpeakerAtCue | null {
  const { tokens } = doc;
  const gap = tokens.slice(k, attribution.speakerTokens.first);
  // "his nephew Michery el Soheil": a possessive may open the unknown title.
  // "the independent Vermont senator and Democratic presidential candidate told": two roles joined by "and".
  const titleLike = gap.every(
    (g, n) => g.pos === 'NOUN' || g.pos === 'ADJ' || g.pos === 'PROPN' || (n === 0 && (hasWordClass(g, W.POSSESSIVE_DETERMINER) || g.lower === 'the')) || (n > 0 && g.lower === 'and'),
  );
  if (!titleLike || attribution.mention.kind !== 'person' || (attribution.mention.name === null && !gap.some((g) => g.lower === 'and'))) return null;
  const mention = mentionSpanning(doc, k, attribution.speakerTokens.end);
  const span = doc.text.slice(tokens[k]!.start, tokens[attribution.speakerTokens.end - 1]!.end);
  return {
    ...attribution,
    speaker: { ...attribution.speaker, text: span, start: tokens[k]!.start, name: mention.name, descriptors: [...mention.descriptors, ...attribution.speaker.descriptors] },
    speakerTokens: { first: k, end: attribution.speakerTokens.end },
    mention,
  };
}

/**
 * Does the clause end after token `from` with nothing reported in it? Phrases of place and
 * time may follow (`Trump said of Apple in February, when …`); a colon, a quote, `that`, or
 * a verb with its own subject (`He said the plan failed`) mean the sentence reports more.
 */
function endsShortly(doc: Document, from: number, cueFirst: number): boolean {
  const { tokens } = doc;
  let inPhrase = false;
  // Verbs of telling take their addressee as an object ("told Britain’s ITV"); others report one ("cited it").
  const objectAllowed = cueAt(doc, cueFirst)?.addressee === 'object';
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.paragraph !== tokens[from - 1]!.paragraph) return true;
    if (t.text === ':' || isQuoteMark(doc, i) || t.lower === 'that') return false;
    // "Mills then writes back, “You look cute.”" opens the next quote.
    if (t.text === ',' && tokens[i + 1] !== undefined && isQuoteMark(doc, i + 1)) return false;
    if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || SUBORDINATORS.has(t.lower)) return true;
    if (t.pos === 'ADP' || t.lower === 'to') inPhrase = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !isCapitalized(t)) {
      if (!inPhrase || !/(ed|ing)$/u.test(t.lower)) return false;
    } else if (!inPhrase && !objectAllowed && (t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'DET')) {
      return false;
    }
  }
  return true;
}

function leadingCue(doc: Document, draft: QuoteDraft): QuoteCue | null {
  const { tokens } = doc;
  const last = tokenAtOrAfter(doc, draft.outerStart) - 1;
  const lastToken = tokens[last];
  if (!lastToken || lastToken.paragraph !== draft.paragraph) return null;
  // A quote that opens a new sentence has no leading cue in its own sentence.
  if (isQuoteMark(doc, last) || /^[.!?;]$/u.test(lastToken.text)) return null;
  return leadingCueBefore(doc, last, 'leading');
}

/** A cue in the clause that ends with token `last` (just before a quote). */
function leadingCueBefore(doc: Document, last: number, layout: 'leading' | 'paragraph-colon'): QuoteCue | null {
  const { tokens } = doc;
  const floor = clauseStart(doc, last, 60);
  // `Republican pollster Daron Shaw: “…”`: a name that opens its clause, then a colon.
  if (tokens[last]!.text === ':' || isDash(tokens[last]!)) {
    const mention = mentionEndingAt(doc, last - 1, floor);
    const before = mention ? tokens[mention.first - 1] : undefined;
    // Before a dash, a label in capitals is a kicker or a dateline (`FAREWELL—“…”`, `LOS ANGELES --`), not a speaker.
    const kicker = mention !== null && isDash(tokens[last]!) && inCapitals(tokens, mention.first, mention.end);
    if (mention && mention.name !== null && !kicker && (mention.first === floor || (before !== undefined && (before.pos === 'PUNCT' || isDash(before))))) {
      const at = findSpeakerAtCue(doc, { first: last, end: last + 1 });
      if (at && at.speakerTokens.first === mention.first) {
        return { layout: 'name-colon', cueTokens: { first: last, end: last + 1 }, lemma: tokens[last]!.text, attribution: at, adjacent: true };
      }
    }
  }
  for (let v = last; v >= floor; v--) {
    const t = tokens[v]!;
    const cue = cueAt(doc, v);
    if (cue === null || !isVerbLike(doc, t, cue.lemma === 'according to')) continue;
    const cueTokens = { first: v, end: cue.end };
    const gap = tokens.slice(cueTokens.end, last + 1);
    const adjacent = gap.length <= MAX_LEADING_GAP && !gap.some((g) => g.pos === 'VERB' || g.pos === 'AUX');
    const found = attributionAtVerb(doc, cueTokens, floor);
    if (!found) return null;
    const kind: CueLayout = found.inherited ? 'participle' : adjacent ? layout : 'leading-clause';
    return { layout: kind, cueTokens, lemma: cue.lemma, attribution: found.attribution, adjacent };
  }
  return null;
}

/**
 * The speaker at a cue; for a participle or a second verb with no subject of its own
 * (`…, he said, adding: “…”`, `Blige sings to Clinton before asking her`, `He adopted an
 * accent and joked`), the subject of an earlier verb of the clause.
 */
export function attributionAtVerb(
  doc: Document,
  cueTokens: { first: number; end: number },
  floor: number,
): { attribution: SpeakerAtCue; inherited: boolean } | null {
  const { tokens } = doc;
  const direct = findSpeakerAtCue(doc, cueTokens);
  if (direct) return { attribution: direct, inherited: false };
  // The source of `according to` is its own object, never the clause's subject (`Hackers reached the
  // files, according to the report` is not the hackers'): without a readable object, no speaker.
  if (cueAt(doc, cueTokens.first)?.lemma === 'according to') return null;
  const t = tokens[cueTokens.first]!;
  let p = cueTokens.first - 1;
  while (p >= floor && hasWordClass(tokens[p]!, W.CUE_INTERVENING)) p--;
  const coordinated = tokens[p] !== undefined && (tokens[p]!.pos === 'CCONJ' || tokens[p]!.lower === 'then');
  // A participle that heads a clause (`, saying`, `before asking`), not one that modifies a noun (`of screaming supporters`).
  // "…, going on to say that …": a participle among the words before the verb makes the phrase one.
  const ing = t.lower.endsWith('ing') || tokens.slice(p + 1, cueTokens.first).some((w) => w.lower.endsWith('ing'));
  // "aside from saying": a two-word opener.
  const asideFrom = tokens[p]?.lower === 'from' && tokens[p - 1]?.lower === 'aside';
  // `Peabody said: "…," adding that …`: a participle right after a quote that ends with a comma.
  const afterQuote = isClosingMark(doc, p) && tokens[p - 1]?.text === ',';
  const participle = ing && tokens[p] !== undefined && (tokens[p]!.text === ',' || PARTICIPLE_OPENERS.has(tokens[p]!.lower) || asideFrom || afterQuote);
  // "said via email that …", "said in a statement that …": a cue noun after a preposition belongs to the verb before it.
  const viaNoun = t.pos === 'NOUN' && (tokens[cueTokens.first - 1]?.pos === 'ADP' || (tokens[cueTokens.first - 1]?.pos === 'DET' && tokens[cueTokens.first - 2]?.pos === 'ADP'));
  const inherit = (at: SpeakerAtCue) => ({ attribution: { ...at, addressee: addresseeAt(doc, cueTokens) }, inherited: true });
  const start = Math.min(floor, sentenceStart(doc, cueTokens.first));
  // "Claiming the criticism is unfair, Trump told Fox …", "After saying her foot was sore, she was …":
  // a participle opening its sentence takes the subject of the main clause after it.
  if (ing && !afterQuote && (p < start || (p === start && PARTICIPLE_OPENERS.has(tokens[p]!.lower)))) {
    const main = subjectAfterOpeningPhrase(doc, cueTokens.end);
    return main ? inherit(main) : null;
  }
  // After a quote that ends with a comma (`Peabody said: "…," adding`, `insisted that he has “expanded the party,”
  // claiming`): the attribution before the quote, the sentence's own subject first (`Starr said the case reminds him
  // of the book titled "…," explaining` → Starr, not the case).
  if (afterQuote && ing) {
    const found = attributionBeforeQuote(doc, p);
    if (found) return inherit(found);
  }
  // "they could not resist pointing out that …", "Obama is determined to warn …": a gerund or
  // an infinitive that completes a verb or an adjective takes that word's subject.
  const governor = !participle && !coordinated && !viaNoun ? complementGovernor(doc, cueTokens.first, p, ing) : -1;
  if (governor >= 0) {
    // "Mr. Obama said, not even needing to mention …": a governing participle has no subject of its own either.
    if (tokens[governor]!.lower.endsWith('ing') && governor < cueTokens.first - 1) {
      const outer = attributionAtVerb(doc, { first: governor, end: governor + 1 }, floor);
      return outer ? inherit(outer.attribution) : null;
    }
    const at = findSpeakerAtCue(doc, { first: governor, end: governor + 1 });
    return at && at.side === 'before' && !RELATIVE_OR_EXPLETIVE.has(at.mention.pronoun ?? '') ? inherit(at) : null;
  }
  // "Trump unleashed a series of tweets early Friday saying that …", "issued a letter saying": a
  // participle after the document its clause's subject put out speaks for that subject.
  const issued = !participle && !coordinated && !viaNoun && ing && afterDocument(doc, p, start);
  if (!participle && !coordinated && !viaNoun && !issued) return null;
  const at = earlierSubject(doc, cueTokens.first, start, coordinated, participle ? p : -1);
  return at ? inherit(at) : null;
}

/** Tokens back from a participle to the document noun it may follow ("a series of tweets early Friday saying"). */
const DOCUMENT_BEFORE_PARTICIPLE = 5;

/** Is the noun before `p` (over a few words that are no noun, verb or punctuation) a document its clause's verb put out? */
function afterDocument(doc: Document, p: number, start: number): boolean {
  for (let u = p; u > start && p - u < DOCUMENT_BEFORE_PARTICIPLE; u--) {
    const w = doc.tokens[u]!;
    if (w.pos === 'PUNCT' || w.pos === 'VERB') return false;
    // Only a day or an adverb between ("tweets early Friday saying"): "a report from engineers saying" is the engineers'.
    if (w.pos !== 'NOUN') continue;
    if (!DOCUMENT_NOUNS.has(w.lower) && !(w.lower.endsWith('s') && DOCUMENT_NOUNS.has(w.lower.slice(0, -1)))) return false;
    // Put out by the subject, not found or read by it ("found letters saying").
    for (let v = u - 1; v >= start && u - v < 2 * DOCUMENT_BEFORE_PARTICIPLE; v--) {
      if (doc.tokens[v]!.pos === 'VERB') return !RECEIVING_VERBS.has(doc.tokens[v]!.lemma);
    }
    return false;
  }
  return false;
}


/**
 * The verb or adjective whose complement the cue at `cueFirst` is, or -1: `resist` in "resist
 * pointing out" (`p` is the word before the gerund, over adverbs and auxiliaries), `is` in "is
 * determined to warn", `want` in "want to say". Not after a noun or a pronoun ("urged Republicans to say": they are asked to).
 */
function complementGovernor(doc: Document, cueFirst: number, p: number, ing: boolean): number {
  const { tokens } = doc;
  if (ing) return tokens[p]?.pos === 'VERB' ? p : -1;
  if (tokens[cueFirst - 1]?.lower !== 'to') return -1;
  const g = tokens[cueFirst - 2];
  if (!g || (g.pos !== 'VERB' && g.pos !== 'ADJ')) return -1;
  // "is (also) determined to": the subject is found at the form of "be", not at a word read as a passive.
  let b = cueFirst - 3;
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
  return tokens[b]?.lemma === 'be' ? b : cueFirst - 2;
}

/**
 * The subject a participle or second verb at `cueFirst` inherits. A second verb shares the
 * subject of the verb just before it ("he looked up and said"). A participle after an
 * attribution belongs to it ("Spicer said, adding"); otherwise to the clause's first verb with
 * a subject, not to a relative clause nearer it ("…, where the Panthers play, chanting"); with
 * no verb before it, to the subject before its opener (`opener`, -1 for none: "Ryan, R-Wis.,
 * despite admitting that …").
 */
function earlierSubject(doc: Document, cueFirst: number, start: number, coordinated: boolean, opener: number): SpeakerAtCue | null {
  const { tokens } = doc;
  // "Trump said Clinton is playing the card and said that …": the same verb again repeats its
  // subject, whatever the report between them holds.
  if (coordinated) {
    const lemma = cueAt(doc, cueFirst)?.lemma;
    for (let u = cueFirst - 2; lemma !== undefined && u >= start; u--) {
      const w = tokens[u]!;
      if ((w.pos !== 'VERB' && w.pos !== 'AUX') || cueAt(doc, u)?.lemma !== lemma) continue;
      const at = findSpeakerAtCue(doc, { first: u, end: u + 1 });
      if (at && at.side === 'before' && !RELATIVE_OR_EXPLETIVE.has(at.mention.pronoun ?? '')) return at;
      break;
    }
    const cueBefore = speechCueCoordinatedWith(doc, cueFirst, start);
    if (cueBefore) return cueBefore;
  }
  let thing: SpeakerAtCue | null = null;
  for (let u = cueFirst - 1; u >= start; u--) {
    const w = tokens[u]!;
    if ((w.pos !== 'VERB' && w.pos !== 'AUX') || (!coordinated && cueAt(doc, u) === null)) continue;
    // Not an infinitive ("urged Republicans to join … and criticized") nor a relative clause.
    if (tokens[u - 1]?.lower === 'to') continue;
    const at = findSpeakerAtCue(doc, { first: u, end: u + 1 });
    if (!at || at.side !== 'before' || RELATIVE_OR_EXPLETIVE.has(at.mention.pronoun ?? '')) continue;
    // "Clinton stressed her support of the raid that killed bin Laden … and said": a thing that
    // is the subject of a verb inside the object is no speaker; the sentence's own subject is.
    if (!coordinated || !isThing(at.mention) || at.speakerTokens.first === start) return at;
    thing ??= at;
  }
  if (thing) return thing;
  for (let u = start; u < cueFirst; u++) {
    if (tokens[u]!.pos !== 'VERB' && tokens[u]!.pos !== 'AUX') continue;
    const at = findSpeakerAtCue(doc, { first: u, end: u + 1 });
    if (at && at.side === 'before') return at;
  }
  if (opener > start && tokens[opener]!.text !== ',') {
    const at = findSpeakerAtCue(doc, { first: opener, end: opener + 1 });
    if (at && at.side === 'before' && at.mention.pronoun === null) return at;
  }
  return null;
}

/**
 * "The chairman said the bank would cut its dividend and warned …": a past verb that the
 * report's own verb cannot continue (rules/coordinated-cue.ts) is the cue's coordinate and
 * shares the cue's subject, not the report's (`the bank`).
 */
function speechCueCoordinatedWith(doc: Document, cueFirst: number, start: number): SpeakerAtCue | null {
  const { tokens } = doc;
  let conj = cueFirst - 1;
  while (conj > start && tokens[conj]!.pos !== 'CCONJ') conj--;
  for (let u = conj - 1; u >= start; u--) {
    if (tokens[u]!.pos !== 'VERB' || cueAt(doc, u)?.kind !== 'speech') continue;
    if (!coordinatesWithCue(doc, u + 1, conj, cueFirst)) return null;
    const at = findSpeakerAtCue(doc, { first: u, end: u + 1 });
    return at && at.side === 'before' && !RELATIVE_OR_EXPLETIVE.has(at.mention.pronoun ?? '') ? at : null;
  }
  return null;
}

/** A phrase that names no person, organisation or group: neither a name, a pronoun nor a source noun. */
const isThing = (m: SpeakerAtCue['mention']): boolean => m.kind === 'unknown' && m.name === null && m.pronoun === null;

/** Tokens back from a quote's opening mark to the attribution before it. */
const MAX_BEFORE_QUOTE = 40;

/**
 * The speaker at a cue before the quote whose closing mark is token `close`: the cue whose
 * subject opens the sentence, else the nearest cue with a subject before it; null when none.
 */
function attributionBeforeQuote(doc: Document, close: number): SpeakerAtCue | null {
  const { tokens } = doc;
  const open = doc.quotes.spans[quotedSpanAt(doc, close)]?.open;
  const opening = open ? tokenAtOrAfter(doc, open.start) : -1;
  if (opening <= 0) return null;
  const first = sentenceStart(doc, opening - 1, MAX_BEFORE_QUOTE);
  let nearest: SpeakerAtCue | null = null;
  for (let u = opening - 1; u >= first; u--) {
    if ((tokens[u]!.pos !== 'VERB' && tokens[u]!.pos !== 'AUX') || cueAt(doc, u) === null) continue;
    const at = findSpeakerAtCue(doc, { first: u, end: u + 1 });
    if (!at || at.side !== 'before' || RELATIVE_OR_EXPLETIVE.has(at.mention.pronoun ?? '')) continue;
    if (at.speakerTokens.first === first) return at;
    nearest ??= at;
  }
  return nearest;
}

/** Tokens a fronted participial phrase may span before the comma that ends it. */
const MAX_OPENING_PHRASE = 40;

/**
 * The subject of the main clause after an opening participial phrase: the mention right after
 * the phrase's comma (not one inside quote marks) followed by its verb; null when the sentence
 * ends first or no subject and verb follow the comma.
 */
function subjectAfterOpeningPhrase(doc: Document, from: number): SpeakerAtCue | null {
  const { tokens } = doc;
  const sentence = tokens[from - 1]!.sentence;
  for (let j = from; j < tokens.length && j - from < MAX_OPENING_PHRASE && tokens[j]!.sentence === sentence; j++) {
    if (tokens[j]!.text !== ',') continue;
    // A comma inside quote marks ends the phrase only right before the closing mark (`was “too stiff,” she`).
    const closing = quotedSpanAt(doc, j) >= 0 ? (isClosingMark(doc, j + 1) ? j + 1 : -1) : j;
    if (closing < 0) continue;
    j = closing;
    // Not a subject here ("…,” though, Allen did suggest"): the phrase may go on to the next comma.
    const mention = mentionStartingAt(doc, j + 1, Math.min(tokens.length, j + 1 + MAX_OPENING_PHRASE));
    if (!mention) continue;
    let v = mention.end;
    while (v < tokens.length && (hasWordClass(tokens[v]!, W.CUE_INTERVENING) || tokens[v]!.pos === 'ADV') && tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX') v++;
    const verb = tokens[v];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || verb.sentence !== sentence) continue;
    const at = findSpeakerAtCue(doc, { first: v, end: v + 1 });
    return at && at.side === 'before' && at.speakerTokens.first === mention.first && !RELATIVE_OR_EXPLETIVE.has(at.mention.pronoun ?? '') ? at : null;
  }
  return null;
}

/** `Bolton said:` ends the paragraph before a paragraph that opens with the quote. */
function paragraphColonCue(doc: Document, draft: QuoteDraft): QuoteCue | null {
  const paragraph = doc.paragraphs[draft.paragraph];
  if (!paragraph || draft.outerStart !== paragraph.start || draft.paragraph === 0) return null;
  const colon = tokenAtOrAfter(doc, paragraph.start) - 1;
  const t = doc.tokens[colon];
  if (!t || t.text !== ':' || t.paragraph !== draft.paragraph - 1) return null;
  return leadingCueBefore(doc, colon, 'paragraph-colon');
}

function isVerbLike(doc: Document, t: Token, according: boolean): boolean {
  if (according) return true;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  // wink now and then tags a verb after its subject as a noun ("she tweets", "Trump tweets").
  const prev = doc.tokens[t.index - 1];
  const phrasal = (cueAt(doc, t.index)?.end ?? t.index + 1) > t.index + 1;
  return t.pos === 'NOUN' && (phrasal || /(ed|s)$/u.test(t.lower)) && prev !== undefined && (prev.pos === 'PRON' || prev.pos === 'PROPN');
}

function onlyInterveningBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!hasWordClass(tokens[i]!, W.CUE_INTERVENING)) return false;
  return true;
}
