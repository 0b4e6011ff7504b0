// Sieve 6: pronouns, with agreement and salience. he/she → a person (never a place, a
// company or a subhead) whose gender, where known, agrees; it → an organisation or a
// country; they → a group or an organisation that spoke or acted last; who → the name
// right before it. Among fitting candidates the most recent clause subject or earlier
// speaker wins, looking back a bounded way.
import { LAST_NAMES } from '../../data/lexicon.generated.js';
import { firstNameGender } from '../find-name-mentions.js';
import type { Entity } from '../types.js';
import { lastMentionBefore, type SpeakerState } from '../speaker-state.js';

/** How many earlier subjects or speakers a pronoun may look back over. */
const LOOK_BACK = 200;
/** Paragraphs back that "it" and "they" may reach (they refer to something recent). */
const NEUTER_PARAGRAPHS = 2;

type Want = 'male' | 'female' | 'org' | 'plural';

/** The entity pronoun `p` (lower case) at offset `at` refers to, or null. */
export function resolvePronoun(state: SpeakerState, p: string, at: number): Entity | null {
  if (p === 'who' || p === 'which') {
    // "who" refers to a person, "which" to an organisation.
    const e = relativeAntecedent(state, at);
    return e && (p === 'who' ? e.kind === 'person' || e.kind === 'unknown' : e.kind === 'organization') ? e : null;
  }
  const want: Want | null = p === 'he' || p === 'him' || p === 'his' ? 'male' : p === 'she' || p === 'her' ? 'female' : p === 'it' || p === 'its' ? 'org' : p === 'they' || p === 'their' || p === 'them' ? 'plural' : null;
  if (want === null) return null;
  const paragraph = paragraphAt(state, at);
  const { subjects } = state.layer;
  let subject: { e: Entity; at: number } | null = null;
  for (let i = lastMentionBefore(subjects, at), n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const m = subjects[i]!;
    if (m.entity && fits(state, m.entity, want) && (want === 'male' || want === 'female' || paragraph - paragraphAt(state, m.start) <= NEUTER_PARAGRAPHS)) {
      subject = { e: m.entity, at: m.start };
      break;
    }
  }
  let speaker: { e: Entity; at: number } | null = null;
  for (let i = state.speakers.length - 1, n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const s = state.speakers[i]!;
    if (s.at < at && fits(state, s.entity, want) && (want === 'male' || want === 'female' || paragraph - s.paragraph <= NEUTER_PARAGRAPHS)) {
      speaker = { e: s.entity, at: s.at };
      break;
    }
  }
  if (subject && (!speaker || subject.at > speaker.at)) return subject.e;
  return speaker?.e ?? null;
}

function paragraphAt(state: SpeakerState, at: number): number {
  const { paragraphs } = state.doc;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (paragraphs[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Does the entity agree with the pronoun? A person of unknown gender fits he and she. */
function fits(state: SpeakerState, e: Entity, want: Want): boolean {
  // "it" also takes a name the article never showed to be a person ("Metro Transit announced").
  if (want === 'org') return e.kind === 'organization' || e.kind === 'place' || (e.kind === 'unknown' && !e.personEvidence && !state.pronounGender.has(e));
  if (want === 'plural') return e.kind === 'group' || e.kind === 'organization';
  if (e.kind !== 'person' && e.kind !== 'unknown') return false;
  // A bare capitalised word is a person only with evidence: a title, a first name, having
  // spoken, or a one-word name acting as a clause subject ("Bolton met …"). Two capitalised
  // words without a first name or title ("Pell Grants", "Wall Street") are not enough.
  if (!e.personEvidence && !wasSpeaker(state, e) && !bareSurnameSubject(e)) return false;
  // (A name that became a person only by speaking has no name gender from the build: read its first name.)
  const gender = e.gender ?? state.pronounGender.get(e) ?? e.nameGender ?? (e.words.length >= 2 ? firstNameGender(e.words[0]!) : null);
  return gender === null || gender === want;
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

function wasSpeaker(state: SpeakerState, e: Entity): boolean {
  return state.spoke.has(e);
}

/** ", who said": the name that ends right before the relative pronoun (over a comma). */
function relativeAntecedent(state: SpeakerState, at: number): Entity | null {
  const i = lastMentionBefore(state.layer.mentions, at);
  const m = state.layer.mentions[i];
  if (!m || !m.entity) return null;
  const between = state.doc.text.slice(m.end, at);
  return /^[\s,]*$/u.test(between) || /^\s*\([^)]*\)[\s,]*$/u.test(between) ? m.entity : null;
}
