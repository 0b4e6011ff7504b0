import type { Document, Token } from '../document.js';
import type { QuoteSpeaker, Span } from '../types.js';
import { NAMING_VERBS, OBJECT_IS_ADDRESSEE_LEMMAS, PERCEIVED_SPEAKING_PARTICIPLES } from '../data/speech-verbs.js';
import { INTENSIVE_REFLEXIVES, NEGATION_HOSTS, ABILITY_ADJECTIVES, OBJECT_PRONOUNS, POSSESSOR_SUBJECTS, PRONOUN_ANTECEDENT_KINDS } from '../data/pronouns.js';
import { DOCUMENT_NOUNS, ISSUING_VERBS } from '../data/source-nouns.js';
import { PLACE_ABBREVIATIONS } from '../data/entity-words.js';
import { PLACE_NAMES } from '../data/places.js';
import { HOLDER_PARTICIPLES } from '../data/attitude-adjectives.js';
import { IRREGULAR_PAST_PARTICIPLES, PREPOSITIONS_BEFORE_SUBJECT, SUBJECT_MODIFIER_PREPOSITIONS } from '../data/clause-words.js';
import { clauseEnd, clauseStart } from '../layers/clauses.js';
import { cueAt } from '../layers/cues.js';
import { isQuoteMark } from '../layers/quote-marks.js';
import { isDash } from '../layers/tokens.js';
import { isPassive } from '../layers/verbs.js';
import { groupMentionEndingAt, isCapitalized, mentionEndingAt, mentionSpanning, mentionStartingAt, mentionWithModifiers, type Mention } from './speaker-mentions.js';
import { APPROXIMATORS, BE_FORMS, DAY_PART_MODIFIERS, FRACTION_WORDS, TIME_DETERMINERS } from '../data/function-words.js';
import { W, hasWordClass } from '../layers/word-classes.js';

/** Who speaks at a cue, as found in the tokens around it. */
export interface SpeakerAtCue {
  /** The mention as written; `name` is the name as written (titles removed), not yet resolved across the article. */
  speaker: QuoteSpeaker;
  /** Tokens [first, end) of the mention. */
  speakerTokens: { first: number; end: number };
  /** Subject before the cue ("Bolton said") or after it ("said Bolton", "according to a senior official"). */
  side: 'before' | 'after';
  /** Person or organisation spoken to ("told reporters", "told the AP"). */
  addressee: Span | null;
  /** The mention's own details (pronoun, gender) for resolution. */
  mention: Mention;
}

const ING_OR_ED = /(ing|ed)$/u;

const spanOf = (doc: Document, first: number, end: number): Span => {
  const start = doc.tokens[first]!.start;
  const stop = doc.tokens[end - 1]!.end;
  return { text: doc.text.slice(start, stop), start, end: stop };
};

/**
 * Finds who speaks at a reporting cue (tokens [first, end) of `cueTokens`): the subject
 * before it ("Bolton said", "the White House said", "Flynn, a top Trump surrogate, said",
 * "Sen. Mitch McConnell (R-Ky.) said") or the phrase after it ("…, said Bolton",
 * "…, said Hugh Hill, a doctor at St. Mary’s", "according to a senior official"), and the
 * addressee of verbs of telling ("told reporters"). Returns null when no speaker stands
 * next to the cue: a nearby name that is not its subject is never taken.
 */
export function findSpeakerAtCue(doc: Document, cueTokens: { first: number; end: number }): SpeakerAtCue | null {
  const { tokens } = doc;
  const cue = tokens[cueTokens.first];
  if (!cue) return null;
  const found = cueAt(doc, cueTokens.first);
  const lemma = found?.lemma ?? cue.lemma;
  const floor = clauseStart(doc, cueTokens.first);
  const ceiling = clauseEnd(doc, Math.max(cueTokens.first, cueTokens.end - 1));

  // "he was formally called", "Bolton was asked": the subject of a passive is spoken to or
  // about; the speaker, if any, follows "by".
  const holder = tokens.slice(cueTokens.first, cueTokens.end).some((w) => HOLDER_PARTICIPLES.has(w.lower));
  if (!holder && (found ? found.passive : isPassive(doc, cueTokens.first))) {
    if (tokens[cueTokens.end]?.lower !== 'by') return null;
    const agent = speakerAfter(doc, cueTokens.end + 1, ceiling, true);
    return agent ? build(doc, agent.mention, agent.descriptors, 'after', null) : null;
  }
  const owner = lemma === 'according to' ? null : ownerOfNounCue(doc, cueTokens.first, floor);
  if (owner) return build(doc, owner, [], 'before', null);
  if (lemma !== 'according to') {
    const nearest = subjectBefore(doc, cueTokens.first, floor);
    // "Rawlings, 59, of Ashton, Md., who watched …, said": a state after a comma ends a place aside; the subject is before the chain.
    const before =
      nearest && !endsPlaceAside(doc, nearest.mention)
        ? nearest
        : (subjectBeforeAsideChain(doc, cueTokens.first, floor) ??
          nearest ??
          subjectBeforeQuotedTitle(doc, cueTokens.first, floor) ??
          subjectBeforeReducedRelative(doc, cueTokens.first, floor) ??
          subjectBeforePrepositionChain(doc, cueTokens.first, floor));
    if (before) {
      const slot = found?.addressee ?? null;
      const addressee = slot ? addresseeAfter(doc, cueTokens.end, ceiling, slot) : null;
      const main = NAMING_VERBS.has(lemma) ? embeddedPronounSpeaker(doc, before.mention, floor) : null;
      return build(doc, main ?? before.mention, main ? main.descriptors : before.descriptors, 'before', addressee);
    }
  }
  // A participle never has its speaker after it: in "telling reporters", reporters are spoken to.
  if (cue.lower.endsWith('ing') && lemma !== 'according to') return null;
  const according = lemma === 'according to';
  // An inverted cue opens its clause (`…, said Bolton`), after a comma, a quote or a dash;
  // after "and" or "to" the phrase that follows is an object (`and criticized the party`).
  if (!according && !opensClause(doc, cueTokens.first, floor)) return null;
  // "told the Reuters news agency": after a verb of telling comes the one spoken to.
  if (OBJECT_IS_ADDRESSEE_LEMMAS.has(lemma)) return null;
  const after = speakerAfter(doc, according ? cueTokens.first + 2 : cueTokens.end, ceiling, according);
  if (!after) return null;
  // Only a source follows an inverted cue, never a thing (`explains America’s history`).
  const document = tokens.slice(after.mention.first, after.mention.end).some((w) => w.pos === 'NOUN' && DOCUMENT_NOUNS.has(w.lemma));
  if (!according && after.mention.kind === 'unknown' && after.mention.pronoun === null && !document) return null;
  return build(doc, after.mention, after.descriptors, 'after', null);
}

/**
 * A cue used as a noun has its speaker as its owner: "Donald Trump’s claim that …", "his
 * claim that …", "Tulsa police’s earlier claim that …", "a New York Times report that …".
 * The possessor (over up to two modifiers), or the name that modifies the noun; null when
 * the cue is not preceded by either.
 */
function ownerOfNounCue(doc: Document, cueFirst: number, floor: number): Mention | null {
  const { tokens } = doc;
  const cue = tokens[cueFirst]!;
  // Only a cue that can be a noun ("claim", "report"), or a noun a stage made the cue ("his attacks on", find-nominal-attributions);
  // "her bruised forearm", "his adopted home" are not cues.
  if ((cueAt(doc, cueFirst) === null && cue.pos !== 'NOUN') || (cue.pos !== 'NOUN' && /(ed|ing)$/u.test(cue.lower))) return null;
  let j = cueFirst - 1;
  while (j >= floor && cueFirst - j <= 2 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'ADV') && !isCapitalized(tokens[j]!)) j--;
  const t = tokens[j];
  if (!t || j < floor) return null;
  if (hasWordClass(t, W.POSSESSIVE_DETERMINER) && t.lower !== 'its') {
    const possessor: Mention = { first: j, end: j + 1, kind: t.lower === 'their' ? 'group' : 'person', name: null, descriptors: [], pronoun: t.lower, gender: t.lower === 'his' ? 'male' : t.lower === 'her' ? 'female' : null };
    return subjectOwningPossessor(doc, possessor, floor) ?? possessor;
  }
  if (hasWordClass(t, W.POSSESSIVE_ENDING) && (t.pos === 'PART' || doc.quotes.markRole[j] === 'apostrophe')) {
    const owner = mentionEndingAt(doc, j - 1, floor);
    if (!owner || owner.pronoun !== null) return null;
    // "did a fact-check on Donald Trump’s claim": the name after the preposition owns the claim, not the
    // phrase it hangs from ("the chair of the Harbor Board’s claim" is the chair's).
    let k = owner.end - 1;
    while (k > owner.first && tokens[k]!.pos !== 'ADP') k--;
    const modifier = k > owner.first && k + 1 < owner.end && tokens[k]!.lower !== 'of' && isCapitalized(tokens[owner.end - 1]!);
    return modifier ? mentionSpanning(doc, k + 1, owner.end) : owner;
  }
  // "a New York Times report that": the name before the noun is its author.
  if (cue.pos === 'NOUN' && j === cueFirst - 1 && t.pos === 'PROPN' && isCapitalized(t)) {
    const owner = mentionEndingAt(doc, j, floor);
    return owner && owner.name !== null && owner.kind === 'organization' ? owner : null;
  }
  return null;
}

/** How many particles and adverbs may stand between a verb and the possessive of its object (`stepped up his`, `backed away from his`). */
const MAX_BEFORE_POSSESSIVE = 3;

/**
 * "Trump ratcheted up his attacks on Rubio", "Sanders has toned down his criticism of Clinton": a
 * cue noun whose possessor is a pronoun, in the object of a verb whose subject it agrees with,
 * belongs to that subject (the annotated source), as in embeddedPronounSpeaker. Null when no verb
 * stands right before the possessive or its subject does not agree (the pronoun stays).
 */
function subjectOwningPossessor(doc: Document, possessor: Mention, floor: number): Mention | null {
  const { tokens } = doc;
  const subjectPronoun = POSSESSOR_SUBJECTS.get(possessor.pronoun ?? '');
  const kinds = PRONOUN_ANTECEDENT_KINDS.get(subjectPronoun ?? '');
  let v = possessor.first - 1;
  while (v >= floor && possessor.first - v <= MAX_BEFORE_POSSESSIVE && (tokens[v]!.pos === 'ADP' || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'PART') && tokens[v]!.lower !== 'of') v--;
  // A finite verb only: an infinitive's or a participle's subject is not the phrase before it (`told Cole to drop her …`).
  if (!subjectPronoun || v < floor || tokens[v]!.pos !== 'VERB' || tokens[v - 1]?.lower === 'to' || (tokens[v]!.lower.endsWith('ing') && tokens[v - 1]?.text === ',')) return null;
  const main = subjectBefore(doc, v, floor)?.mention;
  if (!main || main.pronoun === 'who' || main.pronoun === 'which') return null;
  const agrees = main.pronoun !== null ? main.pronoun === subjectPronoun : !!kinds && kinds.has(main.kind) && (main.gender === null || possessor.gender === null || main.gender === possessor.gender);
  // "Trump told Clinton to drop her attacks": another name between them may be the one meant.
  const named = tokens.slice(main.end, possessor.first).some((w) => w.pos === 'PROPN' && isCapitalized(w) && !hasWordClass(w, W.TIME_WORD));
  return agrees && !named ? main : null;
}

/**
 * "Ban Ki-moon condemned what he called a “brazen breach”", "The campaign is seeking to
 * contrast her approach with what they call …", "He did not address the tweets in which he
 * called …": the pronoun of a naming clause opened by what (or a preposition and which) is that
 * clause's subject when it agrees and no other name stands between them. Returns that
 * subject's mention, or null (the pronoun stays).
 */
function embeddedPronounSpeaker(doc: Document, mention: Mention, floor: number): Mention | null {
  const { tokens } = doc;
  const kinds = PRONOUN_ANTECEDENT_KINDS.get(mention.pronoun ?? '');
  const opener = tokens[mention.first - 1];
  // "what he called", "in which he called"; not "the donations, which he said were …" (the relative clause's own report).
  const which = opener?.lower === 'which' && tokens[mention.first - 2]?.pos === 'ADP';
  if (!kinds || !opener || (opener.lower !== 'what' && !which)) return null;
  for (let u = floor; u < mention.first - 1; u++) {
    const w = tokens[u]!;
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue;
    const main = subjectBefore(doc, u, floor)?.mention;
    if (!main || main.first !== floor || main.pronoun === 'who' || main.pronoun === 'which') return null;
    const agrees = main.pronoun !== null ? main.pronoun === mention.pronoun : kinds.has(main.kind) && (main.gender === null || main.gender === mention.gender || mention.gender === null);
    // "Trump attacked Clinton over what she called …": another name between them may be the one meant.
    const named = tokens.slice(main.end, mention.first).some((t) => t.pos === 'PROPN' && isCapitalized(t));
    return agrees && !named ? main : null;
  }
  return null;
}

/** The addressee of a verb of telling at the cue ("telling reporters", "said to the AP"), or null. */
export function addresseeAt(doc: Document, cueTokens: { first: number; end: number }): Span | null {
  const cue = doc.tokens[cueTokens.first];
  if (!cue) return null;
  const slot = cueAt(doc, cueTokens.first)?.addressee ?? null;
  if (!slot) return null;
  return addresseeAfter(doc, cueTokens.end, clauseEnd(doc, Math.max(cueTokens.first, cueTokens.end - 1)), slot);
}

function opensClause(doc: Document, cue: number, floor: number): boolean {
  let i = cue - 1;
  while (i >= floor && (doc.tokens[i]!.pos === 'ADV' || hasWordClass(doc.tokens[i]!, W.CUE_INTERVENING)) && doc.tokens[i]!.lower !== 'to') i--;
  const t = doc.tokens[i];
  return i < floor || t === undefined || t.text === ',' || t.text === ';' || isDash(t) || isQuoteMark(doc, i) || t.paragraph !== doc.tokens[cue]!.paragraph;
}

function build(doc: Document, mention: Mention, extra: string[], side: 'before' | 'after', addressee: Span | null): SpeakerAtCue {
  const span = spanOf(doc, mention.first, mention.end);
  const descriptors = mention.descriptors.slice();
  for (const d of extra) if (!mention.descriptors.includes(d)) descriptors.push(d);
  const { first, end, kind, name, pronoun, gender } = mention;
  return {
    speaker: { text: span.text, start: span.start, end: span.end, name, kind, descriptors },
    speakerTokens: { first, end },
    side,
    addressee,
    mention: { first, end, kind, name, descriptors, pronoun, gender },
  };
}

type SubjectAtCue = { mention: Mention; descriptors: string[] };
/** Where the subject's phrase ends after the asides between it and the cue, and what they said of it. */
type Asides = { i: number; descriptors: string[]; nearest: { first: number; end: number } | null };

/**
 * The subject that ends just before the cue, over adverbs and auxiliaries and up to three
 * asides: a parenthesis ("(R-Ky.)"), an appositive or relative clause (", a top Trump
 * surrogate,", ", who runs the campaign,") kept as descriptors, or a phrase of place, time
 * or manner (", at a later press gaggle,", ", speaking in Ohio,") skipped.
 */
function subjectBefore(doc: Document, cueFirst: number, floor: number): SubjectAtCue | null {
  const { tokens } = doc;
  const end = lastTokenBeforeCueWords(doc, cueFirst, floor);
  if (end < floor) return null;
  // A participle after a comma belongs to the main clause ("…, calling for his dismissal"):
  // the phrase just before the comma is not its subject.
  // (Not a progressive: "Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., are now saying".)
  const progressive = tokens.slice(end + 1, cueFirst).some((w) => BE_FORMS.has(w.lower));
  if (tokens[cueFirst]!.lower.endsWith('ing') && !progressive && (tokens[end]!.text === ',' || tokens[end]!.text === ')')) return null;
  const asides = skipAsides(doc, end, floor);
  if (!asides || asides.i < floor) return null;
  const { i, descriptors, nearest } = asides;
  let mention = groupMentionEndingAt(doc, i, floor) ?? mentionEndingAt(doc, i, floor);
  if (!mention) return null;
  mention = withNameBesideRole(doc, mention, nearest);
  if (descriptors.length > 0) {
    const head = headBeforeLongAppositive(doc, mention, i, floor);
    if (head) {
      descriptors.unshift(head.descriptor);
      mention = head.mention;
    }
  }
  if (mention.pronoun === 'who' || mention.pronoun === 'which') return relativePronounSubject(doc, mention, descriptors, floor);
  const issuer = documentIssuer(doc, mention, floor);
  if (issuer) return { mention: issuer, descriptors };
  const maker = makerOfNounCue(doc, mention, cueFirst, floor);
  if (maker) return maker;
  // The object of a preposition is not a subject ("in an interview with the AP said"),
  // except before a gerund: "footage of Trump saying".
  const prev = tokens[mention.first - 1];
  const gerund = tokens[cueFirst]!.lower.endsWith('ing');
  if (prev && mention.first - 1 >= floor && prev.pos === 'ADP' && !PREPOSITIONS_BEFORE_SUBJECT.has(prev.lower) && !gerund) return null;
  return { mention, descriptors };
}

/** Is the mention a lone state abbreviation after a comma (`Ashton, Md.`)? */
function endsPlaceAside(doc: Document, m: Mention): boolean {
  const { tokens } = doc;
  if (m.end - m.first !== 1 || tokens[m.first - 1]?.text !== ',') return false;
  const t = tokens[m.first]!;
  // "of Dayton, Ohio,": a state written out after a town.
  return PLACE_ABBREVIATIONS.has(t.text) || (PLACE_NAMES.has(t.lower) && tokens[m.first - 2] !== undefined && isCapitalized(tokens[m.first - 2]!));
}

/** Commas and dashes a chain of asides may hold, and the tokens it may span. */
const MAX_CHAIN_BOUNDARIES = 5;
const MAX_CHAIN_TOKENS = 45;

/**
 * A subject that opens its clause, then a chain of asides up to the cue, which the step-by-step
 * reading above does not get through: "Jane Wilson, of Dayton, Ohio, said", "Jean-Paul Martin,
 * the foreign minister of France, a permanent member of the council, said", "Kall -- co-author
 * of X, a book about debates -- said", "Officials at the inspection office, a branch of the
 * agency, said". Every stretch between the boundaries must be an aside (commaAsideKind), and
 * the subject must start the clause (or follow an opening phrase, "and", "but"). Null otherwise.
 */
function subjectBeforeAsideChain(doc: Document, cueFirst: number, floor: number): SubjectAtCue | null {
  const { tokens } = doc;
  const end = lastTokenBeforeCueWords(doc, cueFirst, floor);
  if (end < floor || !isBoundary(tokens[end]!) || tokens[cueFirst]!.lower.endsWith('ing')) return null;
  const boundaries: number[] = [end];
  for (let j = end - 1; j > floor && end - j <= MAX_CHAIN_TOKENS && boundaries.length <= MAX_CHAIN_BOUNDARIES; j--) {
    if (isQuoteMark(doc, j)) return null;
    if (isBoundary(tokens[j]!)) boundaries.push(j);
  }
  // Nearest first: the stretches after boundary b must all be asides, the phrase before it a subject opening the clause.
  for (let k = 1; k < boundaries.length; k++) {
    const b = boundaries[k]!;
    if (!asideBetween(doc, b, boundaries[k - 1]!)) return null;
    const last = tokens[b - 1]?.text === ')' ? findBack(doc, b - 1, floor, '(', 8) - 1 : b - 1;
    const mention = last >= floor ? mentionEndingAt(doc, last, floor) : null;
    if (mention && mention.pronoun === null && opensSubject(doc, mention.first, floor)) {
      const descriptors = [spanOf(doc, b + 1, end).text];
      return { mention, descriptors };
    }
  }
  return null;
}

/** Tokens a quoted title or nickname inside an appositive may span (`host of “Morning Joe,”`). */
const MAX_QUOTED_TITLE = 10;

/**
 * "Joe Scarborough, host of MSNBC’s “Morning Joe,” said", "Marcel Lehel, the hacker known as
 * “Guccifer,” stated": an appositive that ends in a short quoted title, its comma inside the
 * closing mark. The subject is the phrase before the appositive, when it opens the clause; null
 * otherwise.
 */
function subjectBeforeQuotedTitle(doc: Document, cueFirst: number, clauseFloor: number): SubjectAtCue | null {
  const { tokens } = doc;
  // The quote's closing mark ends a clause in the clause layer: the subject is sought back to the sentence's start.
  const floor = Math.min(clauseFloor, doc.sentences[tokens[cueFirst]!.sentence]?.firstToken ?? clauseFloor);
  const { markRole } = doc.quotes;
  let close = lastTokenBeforeCueWords(doc, cueFirst, floor);
  // ('' written as two marks: `of ''Today,'' said`.)
  if (markRole[close] === 'close' && markRole[close - 1] === 'close') close--;
  // (A participle after a quote belongs to the clause before it: `claim that Obama “founded ISIS,” saying`.)
  if (close <= floor + 2 || markRole[close] !== 'close' || tokens[close - 1]!.text !== ',' || tokens[cueFirst]!.lower.endsWith('ing')) return null;
  let open = close - 2;
  while (open > floor && close - open <= MAX_QUOTED_TITLE && !isQuoteMark(doc, open)) open--;
  if (markRole[open] !== 'open') return null;
  if (markRole[open - 1] === 'open') open--;
  const comma = findBack(doc, open, floor, ',', 30);
  const inner = tokens[comma + 1];
  if (comma <= floor || !inner || !(inner.pos === 'DET' || inner.pos === 'ADJ' || inner.pos === 'NOUN' || inner.pos === 'PROPN' || isCapitalized(inner))) return null;
  const mention = mentionEndingAt(doc, comma - 1, floor);
  if (!mention || mention.pronoun !== null || !opensSubject(doc, mention.first, floor)) return null;
  return { mention, descriptors: [spanOf(doc, comma + 1, close - 1).text] };
}

/** Tokens a reduced relative clause may span between its noun and the cue ("released in late August"). */
const MAX_REDUCED_RELATIVE = 10;

/**
 * "A Quinnipiac poll released in late August found", "A letter from the Legion obtained by
 * the AP warns", "Voters surveyed by the group say": a noun phrase that opens the clause,
 * then a past participle with its own words (no comma, conjunction, auxiliary or other verb)
 * up to the cue. The noun phrase is the subject; the participle phrase is kept as a
 * descriptor. Null otherwise ("The campaign released a statement and said" coordinates).
 */
function subjectBeforeReducedRelative(doc: Document, cueFirst: number, floor: number): SubjectAtCue | null {
  const { tokens } = doc;
  const end = lastTokenBeforeCueWords(doc, cueFirst, floor);
  // "a website linked to a group called …": a naming participle is itself a reduced relative.
  if (end <= floor || tokens[cueFirst]!.lower.endsWith('ing') || NAMING_VERBS.has(tokens[cueFirst]!.lemma)) return null;
  for (let j = end; j > floor && end - j < MAX_REDUCED_RELATIVE; j--) {
    const w = tokens[j]!;
    if (isBoundary(w) || isQuoteMark(doc, j) || w.pos === 'CCONJ' || w.pos === 'SCONJ' || w.pos === 'AUX' || (w.pos === 'PART' && !hasWordClass(w, W.POSSESSIVE_ENDING)) || hasWordClass(w, W.RELATIVE_PRONOUN) || (w.pos === 'PRON' && !OBJECT_PRONOUNS.has(w.lower) && !hasWordClass(w, W.POSSESSIVE_DETERMINER))) return null;
    // "Officials involved in the talks": the tagger reads some participles as adjectives.
    const adjective = w.pos === 'ADJ' && w.lower.endsWith('ed') && tokens[j + 1]?.pos === 'ADP';
    if ((w.pos !== 'VERB' && !adjective) || isCapitalized(w)) continue;
    if (!adjective && (!(/(ed|en)$/u.test(w.lower) || IRREGULAR_PAST_PARTICIPLES.has(w.lower)) || w.lower === w.lemma)) return null;
    let mention = mentionEndingAt(doc, j - 1, floor);
    if (!mention || mention.pronoun !== null || mention.end !== j) return null;
    // "A letter from the Legion obtained by …": the phrase the preposition hangs from.
    if (tokens[mention.first - 1]?.pos === 'ADP' && mention.first - 2 >= floor) mention = mentionEndingAt(doc, mention.first - 2, floor) ?? mention;
    if (mention.pronoun !== null || !opensSubject(doc, mention.first, floor)) return null;
    return { mention, descriptors: [spanOf(doc, j, end + 1).text] };
  }
  return null;
}

/** How many prepositional phrases may follow a subject's noun before the cue. */
const MAX_SUBJECT_MODIFIERS = 3;

/**
 * "The poll by the Public Policy Institute of California showed", "A spokesman for Mayor Ann Ruiz
 * of Dayton defended", "Footage from the game shows": the phrase before the cue is the object of a
 * preposition (subjectBefore takes no such object), and back over up to three prepositional
 * phrases stands a noun phrase that opens the clause. That phrase with its modifiers is the
 * subject. Null when the chain starts with the preposition (`In an interview with the AP said`) or
 * the noun phrase does not open its clause (an object: `met the head of the board and said`).
 */
function subjectBeforePrepositionChain(doc: Document, cueFirst: number, floor: number): SubjectAtCue | null {
  const { tokens } = doc;
  const asides = skipAsides(doc, lastTokenBeforeCueWords(doc, cueFirst, floor), floor);
  if (!asides || asides.i <= floor) return null;
  let m = mentionEndingAt(doc, asides.i, floor);
  // "about half of Democratic voters said": the share (read with its phrase) after hedging words.
  const hedged = m && m.pronoun === null ? hedgedStart(doc, m.first, floor) : -1;
  if (m && hedged >= floor && hedged < m.first && opensSubject(doc, hedged, floor)) return { mention: mentionWithModifiers(doc, hedged, asides.i + 1, m.end), descriptors: asides.descriptors };
  for (let step = 0; m && m.pronoun === null && step < MAX_SUBJECT_MODIFIERS; step++) {
    const prep = tokens[m.first - 1];
    if (!prep || m.first - 2 < floor || prep.pos !== 'ADP' || !SUBJECT_MODIFIER_PREPOSITIONS.has(prep.lower)) return null;
    const head = mentionEndingAt(doc, m.first - 2, floor);
    if (!head || head.pronoun !== null || head.end !== m.first - 1) return null;
    // (An opening participle the tagger read as a name is no head: "Reached by the paper, Bennett said".)
    const headWord = tokens[head.end - 1]!;
    const first = hedgedStart(doc, head.first, floor);
    if (opensSubject(doc, first, floor) && (headWord.pos === 'NOUN' || !ING_OR_ED.test(headWord.lower))) {
      return { mention: mentionWithModifiers(doc, first, asides.i + 1, head.end), descriptors: asides.descriptors };
    }
    m = head;
  }
  return null;
}

/** Back from a share or count at `first` (`half`, `40`) over hedging words (`about`, `at least`): the first of them. */
function hedgedStart(doc: Document, first: number, floor: number): number {
  const { tokens } = doc;
  const w = tokens[first]!;
  if (!FRACTION_WORDS.has(w.lower) && w.pos !== 'NUM') return first;
  let f = first;
  while (f - 1 >= floor && APPROXIMATORS.has(tokens[f - 1]!.lower)) f--;
  if (f - 2 >= floor && tokens[f - 2]!.lower === 'at' && tokens[f - 1]!.lower === 'least') f -= 2;
  return f;
}

const isBoundary = (t: Token): boolean => t.text === ',' || isDash(t);

/** Is the stretch between boundaries `from` and `to` an aside (appositive, relative clause, phrase of place or time)? */
function asideBetween(doc: Document, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const inner = doc.tokens[from + 1]!;
  // "(D-Newport News)", "R-Wis.": a party label or parenthesis is an aside.
  if (inner.text === '(' || hasWordClass(inner, W.RELATIVE_PRONOUN)) return true;
  return commaAsideKind(doc, from, to) !== null;
}

/** Does a subject starting at token `first` open its clause: at its start, after "and"/"but", or after an opening phrase and a comma? */
function opensSubject(doc: Document, first: number, floor: number): boolean {
  const { tokens } = doc;
  if (first === floor) return true;
  const prev = tokens[first - 1]!;
  if (prev.pos === 'CCONJ' && (first - 1 === floor || tokens[first - 2]?.text === ',')) return true;
  // "In an interview on Tuesday, Smith, 56, said": an opening phrase of place, time or manner
  // (after a conjunction: "And in Ohio, a new poll found").
  const opener = tokens[floor]!.pos === 'CCONJ' && floor + 1 < first ? tokens[floor + 1]! : tokens[floor]!;
  return prev.text === ',' && (opener.pos === 'ADP' || opener.pos === 'SCONJ' || opener.pos === 'ADV') && !tokens.slice(floor, first).some((w) => isFiniteVerb(w));
}

const isFiniteVerb = (w: Token): boolean => (w.pos === 'VERB' || w.pos === 'AUX') && !/(ing|ed|en)$/u.test(w.lower);

/**
 * "the Security Council issued a statement calling …", "the company released a letter
 * saying …": a document that is the object of a verb of issuing speaks for that verb's
 * subject, which is returned; null otherwise.
 */
function documentIssuer(doc: Document, mention: Mention, floor: number): Mention | null {
  const { tokens } = doc;
  const verb = tokens[mention.first - 1];
  const head = tokens[mention.end - 1]!;
  if (!verb || mention.first - 1 <= floor || !ISSUING_VERBS.has(verb.lemma) || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || !DOCUMENT_NOUNS.has(head.lemma)) return null;
  const subject = subjectBefore(doc, mention.first - 1, floor)?.mention;
  return subject && !DOCUMENT_NOUNS.has(tokens[subject.end - 1]!.lemma) ? subject : null;
}

/**
 * "Sanders made the following comment:", "Ryan gave a short speech saying": the words before a
 * cue noun are its own determiner and modifiers, and the phrase is the object of a verb; the
 * speaker is that verb's subject. Null otherwise.
 */
function makerOfNounCue(doc: Document, mention: Mention, cueFirst: number, floor: number): SubjectAtCue | null {
  const { tokens } = doc;
  const verb = tokens[mention.first - 1];
  const cue = tokens[cueFirst]!;
  // After a determiner phrase the cue is a noun, whatever the tagger says ("the following comment").
  const noun = cue.pos === 'NOUN' || (cue.pos === 'VERB' && !ING_OR_ED.test(cue.lower));
  if (!noun || mention.end !== cueFirst || mention.name !== null || mention.pronoun !== null || tokens[mention.first]!.pos !== 'DET') return null;
  if (!verb || mention.first - 1 <= floor || verb.pos !== 'VERB' || tokens.slice(mention.first, mention.end).some((w) => isCapitalized(w))) return null;
  const subject = subjectBefore(doc, mention.first - 1, floor);
  return subject && subject.mention.name !== null ? subject : null;
}

/** Back from the cue over adverbs, auxiliaries and time words ("Wells Fargo just this month announced"): the token before them. */
function lastTokenBeforeCueWords(doc: Document, cueFirst: number, floor: number): number {
  const { tokens } = doc;
  let i = cueFirst - 1;
  while (i >= floor) {
    const t = tokens[i]!;
    // "Braynard is quoted as saying"
    const quotedAs = t.lower === 'as' && tokens[i - 1]?.lower === 'quoted';
    // "He’s claiming", "as I've suggested": a contracted auxiliary.
    const contracted = t.pos === 'AUX' && (t.text.startsWith("'") || t.text.startsWith('’'));
    // "Scott can be heard yelling", "he was caught saying": before a participle cue.
    const perceived = PERCEIVED_SPEAKING_PARTICIPLES.has(t.lower) && i === cueFirst - 1 && tokens[cueFirst]!.lower.endsWith('ing') && BE_FORMS.has(tokens[i - 1]?.lower ?? '');
    // "Trump himself was delighted", "Billionaires themselves often disagree": a reflexive that stresses the subject.
    const intensive = INTENSIVE_REFLEXIVES.has(t.lower) && i - 1 >= floor && isSubjectEnd(tokens[i - 1]!);
    // "They ca|n't blame", "he wo|n't be able to brag", "He was able to tout": a modal's half before `n't`, `able`/`unable` before `to`.
    const modal = (t.pos === 'AUX' && NEGATION_HOSTS.has(t.lower) && hasWordClass(tokens[i + 1] ?? t, W.NEGATION)) || (ABILITY_ADJECTIVES.has(t.lower) && tokens[i + 1]?.lower === 'to');
    // "Trump has since revised", "She has since said": `since` as an adverb after an auxiliary.
    const since = t.lower === 'since' && i - 1 >= floor && tokens[i - 1]!.pos === 'AUX';
    const skippable = intensive || modal || since || hasWordClass(t, W.CUE_INTERVENING) || quotedAs || contracted || perceived || t.lower === 'quoted' || (t.pos === 'ADV' && !isCapitalized(t) && !FRACTION_WORDS.has(t.lower));
    if (skippable && (intensive || modal || since || (t.pos !== 'NOUN' && t.pos !== 'PROPN'))) i--;
    // "Wells Fargo just this month announced"
    else if (hasWordClass(t, W.TIME_WORD) && !isCapitalized(t)) i -= tokens[i - 1] && TIME_DETERMINERS.has(tokens[i - 1]!.lower) ? 2 : 1;
    // "Sanders on Tuesday said", "The Times on Saturday wrote": a day or month after "on"/"in".
    // ("A Monmouth poll out Monday showed": after `out` too.)
    else if (hasWordClass(t, W.TIME_WORD) && i - 1 >= floor && (tokens[i - 1]!.lower === 'on' || tokens[i - 1]!.lower === 'in' || (tokens[i - 1]!.lower === 'out' && tokens[i - 2]?.pos === 'NOUN'))) i -= 2;
    // "Sanders late Monday acquiesced", "Trump earlier Tuesday backed", "Ruiz last Friday said".
    // (Not before a participle, which a noun before the day may head: "a series of tweets early Friday saying".)
    else if (hasWordClass(t, W.TIME_WORD) && i - 2 >= floor && (TIME_DETERMINERS.has(tokens[i - 1]!.lower) || DAY_PART_MODIFIERS.has(tokens[i - 1]!.lower)) && isSubjectEnd(tokens[i - 2]!) && !tokens[cueFirst]!.lower.endsWith('ing')) i -= 2;
    // "A Monmouth poll out Monday showed", "a survey out this week finds": `out` before the time skipped.
    else if (t.lower === 'out' && i + 1 < cueFirst && hasWordClass(tokens[i + 1]!, W.TIME_WORD) && tokens[i - 1]?.pos === 'NOUN') i--;
    else break;
  }
  return i;
}

/** Can a subject end with this token (a noun, a name, a personal pronoun)? */
function isSubjectEnd(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && hasWordClass(t, W.SUBJECT_PRONOUN));
}

/** Back over up to three asides (parentheses, appositives, skipped phrases) ending at `i`; null when one is a clause. */
function skipAsides(doc: Document, i: number, floor: number): Asides | null {
  const { tokens } = doc;
  const descriptors: string[] = [];
  let nearest: Asides['nearest'] = null;
  for (let aside = 0; aside < 3 && i >= floor; aside++) {
    const t = tokens[i]!;
    if (t.text === ')') {
      const open = findBack(doc, i, floor, '(', 8);
      if (open < 0) return null;
      if (open + 1 < i) descriptors.unshift(spanOf(doc, open + 1, i).text);
      i = open - 1;
    } else if (t.text === ',' && tokens[i - 1]?.text === ')') {
      i--; // "Gov. John Kasich (R-OH), said"
      aside--;
    } else if (t.text === ',') {
      const comma = findBack(doc, i, floor, ',', 30);
      if (comma < 0 || comma + 1 >= i) return null;
      const kind = commaAsideKind(doc, comma, i);
      if (kind === null) return null;
      if (kind === 'descriptor') {
        descriptors.unshift(spanOf(doc, comma + 1, i).text);
        nearest = { first: comma + 1, end: i };
      }
      i = beforeSecondAppositive(doc, comma - 1, floor);
    } else break;
  }
  return { i, descriptors, nearest };
}

/**
 * What the stretch between commas `comma` and `i` is: a phrase of place, time or manner to
 * skip, an appositive or relative clause to keep as a descriptor, or (null) a clause.
 */
function commaAsideKind(doc: Document, comma: number, i: number): 'skipped' | 'descriptor' | null {
  const { tokens } = doc;
  const inner = tokens[comma + 1]!;
  const participle = inner.pos === 'VERB' && /(ing|ed)$/u.test(inner.lower);
  // A capitalised "verb" is a name the tagger missed (", Josh Earnest,").
  const verb = (inner.pos === 'VERB' || inner.pos === 'AUX') && !isCapitalized(inner);
  // "Htay Oo, its acting chairman, told": a possessive opens an appositive.
  const possessive = hasWordClass(inner, W.POSSESSIVE_DETERMINER);
  if ((verb && !participle) || inner.pos === 'CCONJ' || (inner.pos === 'PRON' && inner.lower !== 'who' && !possessive)) return null;
  if (participle || inner.pos === 'ADP' || inner.pos === 'ADV' || inner.pos === 'SCONJ') return 'skipped';
  // An appositive has no verb of its own unless it is a relative clause ("a man who …");
  // "During the speech, Trump attacked Clinton, saying" is a clause, not an aside.
  const segment = tokens.slice(comma + 1, i);
  const relative = segment.some((w) => w.lower === 'who' || w.lower === 'which' || w.lower === 'that');
  return !relative && hasOwnSubject(segment) ? null : 'descriptor';
}

/** A verb right after a name or a subject pronoun: the stretch is a clause of its own. */
function hasOwnSubject(segment: Token[]): boolean {
  return segment.some(
    (w, k) =>
      k > 0 &&
      (w.pos === 'VERB' || w.pos === 'AUX') &&
      !isCapitalized(w) &&
      (segment[k - 1]!.pos === 'PROPN' || (segment[k - 1]!.pos === 'PRON' && !hasWordClass(segment[k - 1]!, W.POSSESSIVE_DETERMINER))),
  );
}

/**
 * A second appositive before this one: "Pruitt, the attorney general of Oklahoma, one of
 * the states suing, said". A phrase opened by a determiner between commas is one; returns
 * the token before it, or `i` when there is none.
 */
function beforeSecondAppositive(doc: Document, i: number, floor: number): number {
  const { tokens } = doc;
  const previous = mentionEndingAt(doc, i, floor);
  const opener = previous ? tokens[previous.first]! : undefined;
  if (previous && opener && tokens[previous.first - 1]?.text === ',' && (opener.pos === 'DET' || opener.pos === 'ADJ') && previous.name === null) {
    return previous.first - 1;
  }
  return i;
}

/** "the White House spokesman, Josh Earnest, said": the role's name stands beside it. */
function withNameBesideRole(doc: Document, mention: Mention, nearest: Asides['nearest']): Mention {
  if (nearest && (mention.name === null || mention.kind === 'organization') && mention.pronoun === null && nearest.end - nearest.first >= 2) {
    const beside = mentionEndingAt(doc, nearest.end - 1, nearest.first);
    if (beside && beside.first === nearest.first && beside.kind === 'person' && beside.name !== null && beside.descriptors.length === 0) {
      return { ...mention, name: beside.name, kind: 'person', gender: beside.gender, descriptors: [...mention.descriptors] };
    }
  }
  return mention;
}

/**
 * "Angelique Brunner, a developer and spokeswoman for the EB-5 Coalition, which …, said":
 * the phrase found (after a preposition) is the end of a longer appositive; its head is the
 * name before it. Returns that name and the appositive, or null.
 */
function headBeforeLongAppositive(doc: Document, mention: Mention, i: number, floor: number): { mention: Mention; descriptor: string } | null {
  const { tokens } = doc;
  if (tokens[mention.first - 1]?.pos !== 'ADP') return null;
  const comma = findBack(doc, mention.first, floor, ',', 30);
  const opener = tokens[comma + 1];
  const named = comma > floor ? mentionEndingAt(doc, comma - 1, floor) : null;
  if (opener && (opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NUM' || opener.pos === 'ADV') && named?.kind === 'person' && named.name !== null) {
    return { mention: named, descriptor: spanOf(doc, comma + 1, i + 1).text };
  }
  return null;
}

/**
 * A relative pronoun is the mention as written ("Bolton, who said …"); who it is comes
 * from the phrase before it.
 */
function relativePronounSubject(doc: Document, mention: Mention, descriptors: string[], floor: number): SubjectAtCue {
  const comma = doc.tokens[mention.first - 1]?.text === ',' ? mention.first - 1 : mention.first;
  const antecedent = mentionEndingAt(doc, comma - 1, floor);
  if (!antecedent || antecedent.pronoun !== null) return { mention: { ...mention, kind: 'unknown' }, descriptors };
  return {
    mention: { ...mention, name: antecedent.name, kind: antecedent.kind, gender: antecedent.gender, descriptors: antecedent.descriptors },
    descriptors,
  };
}

/** The speaker after an inverted cue ("said Bolton, the adviser."), valid only where its clause ends. */
function speakerAfter(doc: Document, first: number, ceiling: number, according: boolean): { mention: Mention; descriptors: string[] } | null {
  const { tokens } = doc;
  const mention = mentionStartingAt(doc, first, ceiling) ?? (according ? nounsReadAsVerbs(doc, first, ceiling) : null);
  if (!mention) return null;
  const descriptors: string[] = [];
  let next = mention.end;
  if (tokens[next]?.text === '(') {
    const close = findForward(tokens, next, ceiling, ')', 8);
    if (close > next + 1) {
      descriptors.push(spanOf(doc, next + 1, close).text);
      next = close + 1;
    }
  }
  while (tokens[next]?.pos === 'ADV' && next < ceiling) next++;
  const after = tokens[next];
  // "said the talks failed": the phrase is the subject of reported content, not the speaker.
  if (!according && after && next < ceiling && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PART' || (after.pos === 'PRON' && after.lower !== 'who'))) return null;
  if (after?.text === ',' && next + 1 < ceiling) {
    const inner = tokens[next + 1]!;
    if (inner.pos === 'DET' || inner.pos === 'ADJ' || inner.pos === 'NOUN' || inner.pos === 'PROPN' || inner.pos === 'NUM') {
      let e = next + 1;
      while (e < ceiling && tokens[e]!.text !== ',' && e - next < 30) e++;
      descriptors.push(spanOf(doc, next + 1, e).text);
    }
  }
  return { mention, descriptors };
}

/**
 * "according to police,", "according to exit polls,": after "to" the tagger reads a bare noun
 * as an infinitive. Up to three lower-case words before the comma or the clause's end, read as
 * a noun phrase; null when a determiner, a preposition or anything else comes first.
 */
function nounsReadAsVerbs(doc: Document, first: number, ceiling: number): Mention | null {
  const { tokens } = doc;
  let end = first;
  while (end < ceiling && end - first < 3 && (tokens[end]!.pos === 'VERB' || tokens[end]!.pos === 'NOUN') && !isCapitalized(tokens[end]!) && !tokens[end]!.lower.endsWith('ing')) end++;
  const next = tokens[end];
  if (end === first || (next !== undefined && end < ceiling && next.text !== ',' && next.text !== '.')) return null;
  return mentionSpanning(doc, first, end);
}

function addresseeAfter(doc: Document, first: number, ceiling: number, slot: 'object' | 'to'): Span | null {
  const { tokens } = doc;
  let i = first;
  if (slot === 'to') {
    if (tokens[i]?.lower !== 'to') return null;
    i++;
  }
  const t = tokens[i];
  if (!t || i >= ceiling) return null;
  if (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.lower)) return spanOf(doc, i, i + 1);
  const mention = mentionStartingAt(doc, i, ceiling);
  if (!mention || mention.pronoun !== null) return null;
  return spanOf(doc, mention.first, mention.end);
}

function findBack(doc: Document, from: number, floor: number, text: string, limit: number): number {
  for (let j = from - 1; j >= floor && from - j <= limit; j--) {
    if (doc.tokens[j]!.text === text) return j;
    if (isQuoteMark(doc, j)) return -1;
  }
  return -1;
}

function findForward(tokens: readonly Token[], from: number, ceiling: number, text: string, limit: number): number {
  for (let j = from + 1; j < ceiling && j - from <= limit; j++) if (tokens[j]!.text === text) return j;
  return -1;
}
