// Sieve 6: pronouns, with agreement and salience. he/she → a person (never a place, a
// company or a subhead) whose gender, where known, agrees; it → an organisation or a
// country; they → a group or an organisation that spoke or acted last; who → the name
// right before it. Among fitting candidates the most recent clause subject or earlier
// speaker wins, looking back a bounded way.
import { LAST_NAMES } from '../../data/lexicon.generated.js';
import type { Entity, NameMention } from '../types.js';
import { firstIndexWhere } from '../../sorted.js';
import { lastMentionBefore, type SpeakerState } from '../speaker-state.js';

/** How many earlier name mentions or speakers a pronoun may look back over. */
const LOOK_BACK = 200;
/** Paragraphs back that "it" and "they" may reach (they refer to something recent). */
const NEUTER_PARAGRAPHS = 2;
/** Sentences back that he/she may reach; salience halves with every sentence. */
const WINDOW_SENTENCES = 10;
/**
 * Salience weights in the spirit of Lappin & Leass (1994): every mention of an entity in
 * the window adds (BASE + role) / 2^(sentences back), so the entity the passage is about
 * (named often, as subject, quoted) outweighs one named once in passing.
 */
const BASE = 100;
const SUBJECT = 80;
const SPEAKER = 80;
/**
 * A person's first mention by full name ("…, which concerns Dana Ortiz, president of the
 * caucus.") brings a new source into the story; news quotes them next.
 */
const INTRODUCED = 100;
const introduces = (m: NameMention): boolean => m.personEvidence && m.entity !== null && m.entity.mentions[0] === m && m.words.length >= 2;
/** A first name's usual gender is a hint, not the article's evidence: a mismatch only weakens. */
const NAME_GENDER_MISMATCH = 0.25;

const PLURAL_END = /[^s]s$/u;

type Want = 'male' | 'female' | 'org' | 'plural';

/** The entity pronoun `p` (lower case) at offset `at` refers to, or null. */
export function resolvePronoun(state: SpeakerState, p: string, at: number): Entity | null {
  if (p === 'who' || p === 'which') {
    // "who" refers to a person, "which" to an organisation.
    return relativeAntecedent(state, at, p === 'who');
  }
  const want: Want | null = p === 'he' || p === 'him' || p === 'his' ? 'male' : p === 'she' || p === 'her' ? 'female' : p === 'it' || p === 'its' ? 'org' : p === 'they' || p === 'their' || p === 'them' ? 'plural' : null;
  if (want === null) return null;
  return want === 'male' || want === 'female' ? mostSalientPerson(state, want, at) : mostRecentNeuter(state, want, at);
}

/**
 * he/she (or a role with no holder, `want` null): the person with the highest salience over the
 * last sentences (ties: the most recent); never `not` (the owner in "Obama's strategist").
 */
export function mostSalientPerson(state: SpeakerState, want: 'male' | 'female' | null, at: number, not: Entity | null = null): Entity | null {
  const here = sentenceAt(state, at);
  const scores = new Map<Entity, number>();
  const add = (e: Entity, sentence: number, bonus: number, justQuoted = false): void => {
    const weight = e === not ? 0 : agreement(state, e, want, justQuoted);
    if (weight === 0) return;
    scores.set(e, (scores.get(e) ?? 0) + (weight * (BASE + bonus)) / 2 ** Math.max(0, here - sentence));
  };
  const { mentions } = state.layer;
  let headline: Entity | null = null;
  for (let i = lastMentionBefore(mentions, at), n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const m = mentions[i]!;
    const sentence = state.doc.tokens[m.firstToken]!.sentence;
    if (here - sentence > WINDOW_SENTENCES) break;
    // A headline is a label over the article, not a sentence of it: its names add no salience,
    // and are a candidate only when no sentence of the article offers one.
    if (m.headline) headline ??= m.entity;
    else if (m.entity) {
      // (Not a name in the pronoun's own sentence: "Crops wither in the Marshall Islands, he noted.")
      add(m.entity, sentence, (m.subject && !state.inReported(m.start) ? SUBJECT : 0) + (sentence < here && introduces(m) ? INTRODUCED : 0));
    }
  }
  for (let i = state.speakers.length - 1, n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const s = state.speakers[i]!;
    if (s.at >= at) continue;
    // Found once per speaker: every later pronoun looks back over the same speakers.
    const sentence = (s.sentence ??= sentenceAt(state, s.at));
    if (here - sentence > WINDOW_SENTENCES) break;
    add(s.entity, sentence, SPEAKER, here - sentence <= 1);
  }
  let best: Entity | null = null;
  let bestScore = 0;
  // Map order is most recent first: a tie goes to the entity met last.
  for (const [e, score] of scores) {
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best ?? (headline && headline !== not && agreement(state, headline, want, false) > 0 ? headline : null);
}

/** it/they: the most recent fitting clause subject or speaker within two paragraphs. */
function mostRecentNeuter(state: SpeakerState, want: 'org' | 'plural', at: number): Entity | null {
  const paragraph = paragraphAt(state, at);
  const { subjects } = state.layer;
  let subject: { e: Entity; at: number } | null = null;
  for (let i = lastMentionBefore(subjects, at), n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const m = subjects[i]!;
    if (m.entity && fits(state, m.entity, want) && paragraph - paragraphAt(state, m.start) <= NEUTER_PARAGRAPHS) {
      subject = { e: m.entity, at: m.start };
      break;
    }
  }
  let speaker: { e: Entity; at: number } | null = null;
  for (let i = state.speakers.length - 1, n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const s = state.speakers[i]!;
    if (s.at < at && fits(state, s.entity, want) && paragraph - s.paragraph <= NEUTER_PARAGRAPHS) {
      speaker = { e: s.entity, at: s.at };
      break;
    }
  }
  if (subject && (!speaker || subject.at > speaker.at)) return subject.e;
  return speaker?.e ?? null;
}

/**
 * How well a person fits he/she: 0 when not a person or the article says otherwise; when
 * only the first name's usual gender (or an earlier pronoun) says otherwise, a fraction for
 * the speaker just quoted ("…,” said widow Terry Lane. She continued") and 0 for anyone else.
 */
function agreement(state: SpeakerState, e: Entity, want: 'male' | 'female' | null, justQuoted: boolean): number {
  // An unnamed source ("his ex-wife", "the announcer") is no antecedent: the name the article
  // gives elsewhere is the better guess, and null is better than a second unnamed link.
  if (!e.named) return 0;
  if (want === null) return fits(state, e, 'male') || fits(state, e, 'female') ? 1 : 0;
  if (!fits(state, e, want)) return 0;
  const hint = e.gender ?? state.pronounGender.get(e) ?? e.nameGender;
  if (hint === null || hint === want) return 1;
  return justQuoted ? NAME_GENDER_MISMATCH : 0;
}

/** The index of the sentence (paragraph) holding offset `at`: the last one starting at or before it. */
const sentenceAt = (state: SpeakerState, at: number): number => Math.max(0, firstIndexWhere(state.doc.sentences, (s) => s.start > at) - 1);
const paragraphAt = (state: SpeakerState, at: number): number => Math.max(0, firstIndexWhere(state.doc.paragraphs, (p) => p.start > at) - 1);

/** Does the entity agree with the pronoun? A person of unknown gender fits he and she. */
function fits(state: SpeakerState, e: Entity, want: Want): boolean {
  // "it" also takes a name the article never showed to be a person ("Metro Transit announced").
  if (want === 'org') return e.kind === 'organization' || e.kind === 'place' || (e.kind === 'unknown' && !e.personEvidence && !state.pronounGender.has(e));
  // "Politifact … they published": one capitalised word that is no known surname and never showed a person.
  if (want === 'plural') return e.kind === 'group' || e.kind === 'organization' || (e.kind === 'unknown' && e.words.length === 1 && !e.personEvidence && !state.pronounGender.has(e) && !LAST_NAMES.has(e.words[0]!));
  if (e.kind !== 'person' && e.kind !== 'unknown') return false;
  // "Voters", "Delegates": one capitalised plural is a group, even when it spoke.
  if (e.words.length === 1 && !e.personEvidence && PLURAL_END.test(e.words[0]!) && !LAST_NAMES.has(e.words[0]!)) return false;
  // A bare capitalised word is a person only with evidence: a title, a first name, having
  // spoken, or a one-word name acting as a clause subject ("Bolton met …"). Two capitalised
  // words without a first name or title ("Pell Grants", "Wall Street") are not enough.
  if (!e.personEvidence && !wasSpeaker(state, e) && !bareSurnameSubject(e) && !properNameSubject(e)) return false;
  // Only the article's own evidence (an honorific, a gendered role) rules a person out; a
  // first name's usual gender and earlier pronouns weigh in agreement().
  return e.gender === null || e.gender === want;
}

/**
 * A one-word name acting as a clause subject ("Bolton met …") may be a person, unless it
 * reads as a plural ("Delegates") and is no known surname. (A common word that opens a
 * sentence, "Security has become …", is no name mention at all: find-name-mentions.ts.)
 */
function bareSurnameSubject(e: Entity): boolean {
  if (e.words.length !== 1 || !e.mentions.some((m) => m.subject)) return false;
  const w = e.words[0]!;
  return LAST_NAMES.has(w) || !/s$/u.test(w);
}

/** A name of several words the article never writes in lower case, acting as a subject ("Rakeyia Scott can be heard …"). */
function properNameSubject(e: Entity): boolean {
  return e.kind === 'unknown' && e.mentions.some((m) => m.subject && m.properWords);
}

function wasSpeaker(state: SpeakerState, e: Entity): boolean {
  return state.spoke.has(e);
}

/** Name mentions a relative pronoun may look back over (one inside a parenthesis, one inside an appositive). */
const RELATIVE_LOOK_BACK = 3;
/** Only a comma, or a parenthesis and a comma, between a name and its relative pronoun. */
const RELATIVE_ADJACENT = /^\s*(?:\([^)]*\))?[\s,]*$/u;
/** ", a staffer at the State Department who": an appositive opened by an article, no clause punctuation in it. */
const APPOSITIVE_BEFORE_RELATIVE = /^\s*,\s+(?:a|an|the)\s[^,;:!?()"“”]*$/u;

/**
 * ", who said": the name that ends right before the relative pronoun (over a comma, or over a
 * parenthesis: `Sen. Bernie Sanders (Vt.), who`). When "who" follows an organisation or place
 * that closes an appositive (`John Bentel, a staffer at the State Department who told`), it is
 * the appositive's head, the person before it. `who` wants a person, `which` an organisation.
 */
function relativeAntecedent(state: SpeakerState, at: number, person: boolean): Entity | null {
  const { mentions } = state.layer;
  const text = state.doc.text;
  const last = lastMentionBefore(mentions, at);
  const isPerson = (e: Entity): boolean => e.kind === 'person' || e.kind === 'unknown';
  for (let i = last; i >= 0 && last - i < RELATIVE_LOOK_BACK; i--) {
    const m = mentions[i]!;
    if (!m.entity || !RELATIVE_ADJACENT.test(text.slice(m.end, at))) continue;
    if (person ? isPerson(m.entity) : m.entity.kind === 'organization') return m.entity;
    // A group takes "who" itself ("a friend of the Democrats who said"): only an organisation or place passes it on.
    if (!person || i === 0 || (m.entity.kind !== 'organization' && m.entity.kind !== 'place')) return null;
    const head = mentions[i - 1]!;
    return head.entity && isPerson(head.entity) && APPOSITIVE_BEFORE_RELATIVE.test(text.slice(head.end, m.start)) ? head.entity : null;
  }
  return null;
}
