// One speaker mention → the entity it refers to, by the speaker-time sieves in order: a name
// (the name mention under it, else the same words nearest before), a pronoun (sieve 6), a
// document (sieve 7), a role nominal (sieve 5); unnamed sources that recur in the same words
// ("a senior official", "the senior official") are grouped as one unnamed entity.
import type { QuoteSpeaker, SpeakerKind } from '../types.js';
import { isFirstName, isNeverName, isPluralNoun, nameWords, startsSentence } from './find-name-mentions.js';
import { unnamedKind } from './unnamed-kind.js';
import { LAST_NAMES } from '../data/lexicon.generated.js';
import { ROLE_PHRASE_ENDS } from '../data/clause-words.js';
import { firstIndexWhere } from '../sorted.js';
import { nearest } from './sieves/head-match.js';
import { documentHead, resolveDocumentIssuer } from './sieves/document-issuer.js';
import { resolvePronoun } from './sieves/pronoun.js';
import { isOrganizationNoun, isRoleNoun, readRolePhrase, resolveRoleNominal, type RolePhrase } from './sieves/role-nominal.js';
import { mentionsIn, mentionsOverlapping, type SpeakerState } from './speaker-state.js';
import type { Entity, EntityLayer } from './types.js';
import { SUBJECT_PRONOUNS, THIRD_PERSON_POSSESSIVES } from '../data/pronouns.js';
import { SOURCE_KEY_DETERMINERS } from '../data/function-words.js';

// Compiled once at load (under tsx a `\p{…}` literal in a function body is a new RegExp on every call).
const NOT_WORD_CHARACTER = /[^\p{L}\p{N}\s-]/gu;
const WHITESPACE = /\s/u;
const PLURAL_WORD = /[^su]s$/u;
const WHITESPACES = /\s+/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

export interface ResolvedSpeaker {
  entity: Entity | null;
  name: string | null;
  kind: SpeakerKind;
}

/** The kind a speaker takes from its entity: a country speaks as an organisation; a bare name that speaks is a person. */
export function speakerKindOf(e: Entity): SpeakerKind {
  switch (e.kind) {
    case 'organization':
    case 'place':
      return 'organization';
    case 'group':
      return 'group';
    case 'anonymous':
      return 'anonymous';
    case 'document':
      return 'document';
    default:
      return 'person';
  }
}

export function resolveSpeaker(state: SpeakerState, s: QuoteSpeaker): ResolvedSpeaker {
  const lower = s.text.trim().toLowerCase();
  // "his claim that …", "their report": a possessive that owns a cue noun is resolved like its pronoun.
  if (SUBJECT_PRONOUNS.has(lower) || THIRD_PERSON_POSSESSIVES.has(lower)) return pronounSpeaker(state, s, lower);
  const oneWord = !WHITESPACE.test(s.text);
  // The role phrase is read once here and handed on (the document and role sieves read it too).
  const phrase = s.name === null || s.kind !== 'person' || oneWord ? rolePhrase(state, s.text) : undefined;
  const head = phrase !== undefined ? documentHead(s.text, phrase) : null;
  if (head !== null && !(s.name !== null && s.kind === 'person' && !oneWord)) {
    const issuer = resolveDocumentIssuer(state, s.text, s.start, s.end, head, phrase ?? null);
    return { entity: issuer, name: issuer?.named ? issuer.name : null, kind: 'document' };
  }
  if (s.name !== null && !nameIsComplement(s.text, s.name)) {
    const e = namedEntity(state.layer, s);
    if (e && isCapitalisedPlural(e)) return { entity: unnamed(state, { ...s, kind: 'group' }), name: null, kind: 'group' };
    if (e) return { entity: e, name: e.name, kind: speakerKindOf(e) };
    // A name the layer did not take (inside a headline quote, say): kept only if plausible.
    const words = nameWords(s.name);
    if (words.every((w) => isNeverName(w))) return { entity: null, name: null, kind: s.kind };
    const t = state.doc.tokens[firstIndexWhere(state.doc.tokens, (x) => x.start >= s.start)];
    // "Protesters said", "Authorities say": one capitalised plural the layer did not take as a name is a group.
    if (words.length === 1 && t && (isPluralNoun(t) || (startsSentence(state.doc, t.index) && PLURAL_WORD.test(t.lower) && !LAST_NAMES.has(t.lower) && !isFirstName(t.lower)))) {
      return { entity: unnamed(state, { ...s, kind: 'group' }), name: null, kind: 'group' };
    }
    return { entity: null, name: s.name, kind: s.kind };
  }
  // "The Trump campaign", "the nonpartisan Commission on Presidential Debates": an organisation named inside the phrase.
  const role = phrase === undefined ? rolePhrase(state, s.text) : phrase;
  const org = role && isRoleNoun(role.head) ? null : mentionsOverlapping(state.layer, s.start, s.end).find((m) => m.entity?.kind === 'organization' && m.start >= s.start);
  if (org?.entity) return { entity: org.entity, name: org.entity.name, kind: 'organization' };
  // "Mr. King" (a name that is also a title word), "Secretary of State John Kerry": the person
  // named at the end of the phrase; only "the …" before it is read as a role first.
  const person = mentionsIn(state.layer, s.start, s.end).find((m) => m.end === s.end && m.entity?.kind === 'person' && !nameIsComplement(s.text, m.text));
  if (role && (role.definite || !person?.entity)) {
    const possessor = role.possessor ? possessorEntity(state, role.possessor, s.start) : null;
    const e = resolveRoleNominal(state, role, s.start, possessor);
    // "The network said" → a name never shown to be a person speaks as the organisation it is.
    if (e) return { entity: e, name: e.named ? e.name : null, kind: e.kind === 'unknown' && isOrganizationNoun(role.head) ? 'organization' : speakerKindOf(e) };
  }
  if (person?.entity) return { entity: person.entity, name: person.entity.name, kind: 'person' };
  const kind = unnamedKind(s.text, role, s.kind);
  return { entity: unnamed(state, { ...s, kind }), name: null, kind };
}

/** The role phrase of a speaker text, read once per document (callers only read it). */
function rolePhrase(state: SpeakerState, text: string): RolePhrase | null {
  let phrase = state.rolePhrases.get(text);
  if (phrase === undefined) {
    phrase = readRolePhrase(text);
    state.rolePhrases.set(text, phrase);
  }
  return phrase;
}

/** "Sources", "Protesters": one capitalised plural, no known surname, never shown to be a person. */
function isCapitalisedPlural(e: Entity): boolean {
  return e.kind === 'unknown' && !e.personEvidence && e.words.length === 1 && PLURAL_WORD.test(e.words[0]!) && !LAST_NAMES.has(e.words[0]!) && !isFirstName(e.words[0]!);
}

/**
 * "advisers to Mr. Obama", "a spokeswoman for the mayor": the name follows a lower-case head
 * and its preposition, so it names whom the source belongs to, not the source.
 */
function nameIsComplement(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at <= 0) return false;
  const before = text.slice(0, at).trim().split(WHITESPACES);
  // Over the name's own titles ("to Mr. Obama", "for Gov. Ann Petrie").
  while (before.length > 2 && !LOWER_WORD.test(before[before.length - 1]!)) before.pop();
  const prep = before[before.length - 1]?.toLowerCase() ?? '';
  const head = before[before.length - 2] ?? '';
  return ROLE_PHRASE_ENDS.has(prep) && LOWER_WORD.test(head);
}

function pronounSpeaker(state: SpeakerState, s: QuoteSpeaker, p: string): ResolvedSpeaker {
  const e = resolvePronoun(state, p, s.start);
  if (e) {
    if (p === 'he' || p === 'she') {
      const gender = p === 'he' ? 'male' : 'female';
      e.genderEvidence.push({ gender, text: s.text, start: s.start, end: s.end });
      if (!state.pronounGender.has(e)) state.pronounGender.set(e, gender);
    }
    // "it said" after "Metro Transit announced": the name speaks as an organisation.
    // ("they published" after "Politifact did a fact-check": the name is a body of people.)
    const kind = (p === 'it' || p === 'its' || p === 'they' || p === 'their') && e.kind === 'unknown' ? 'organization' : speakerKindOf(e);
    return { entity: e, name: e.named ? e.name : null, kind };
  }
  const kind: SpeakerKind = p === 'he' || p === 'she' || p === 'i' || p === 'his' || p === 'her' ? 'person' : p === 'they' || p === 'we' || p === 'their' ? 'group' : p === 'it' || p === 'its' ? 'organization' : s.kind;
  return { entity: null, name: null, kind };
}

/** The name mention under the speaker span: the last person in it, else the last non-place. */
function namedEntity(layer: EntityLayer, s: QuoteSpeaker): Entity | null {
  const words = nameWords(s.name!);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const inside = mentionsOverlapping(layer, s.start, s.end).filter((m) => m.entity !== null);
  // The mention under the speaker that carries its name ("the White House spokesman, Josh Earnest": not the White House).
  // A part of a hyphenated or slashed word counts ("a New York Times" under "New York Times/CBS News").
  const carrying = inside.find((m) => m.words.some((w) => w === last || (w.includes('-') && w.split('-').includes(last)) || (w.includes('/') && w.split('/').includes(last))));
  if (carrying) return carrying.entity;
  return layer.byName.get(words.join(' ')) ?? nearest(layer.byWord.get(words[words.length - 1]!), s.start);
}

function possessorEntity(state: SpeakerState, possessor: string, at: number): Entity | null {
  const p = possessor.toLowerCase();
  if (THIRD_PERSON_POSSESSIVES.has(p)) return resolvePronoun(state, p, at);
  const words = nameWords(possessor);
  if (words.length === 0) return null;
  return state.layer.byName.get(words.join(' ')) ?? nearest(state.layer.byWord.get(words[words.length - 1]!), at);
}

/** Unnamed sources that recur in the same words are one entity ("a senior official" … "the senior official"). */
function unnamed(state: SpeakerState, s: QuoteSpeaker): Entity | null {
  if (s.kind !== 'anonymous' && s.kind !== 'group' && s.kind !== 'person' && s.kind !== 'organization') return null;
  const key = `${s.kind}:${withoutSourceDeterminer(s.text.toLowerCase()).replace(NOT_WORD_CHARACTER, '').trim()}`;
  let e = state.unnamed.get(key);
  if (!e) {
    e = {
      index: state.unnamed.size,
      name: '',
      named: false,
      words: [],
      kind: s.kind,
      aliases: new Set(),
      descriptors: new Set(s.descriptors),
      gender: null,
      genderEvidence: [],
      nameGender: null,
      personEvidence: s.kind === 'person',
      mentions: [],
      references: [],
    };
    state.unnamed.set(key, e);
  }
  return e;
}

/** The phrase without a first word that does not tell unnamed sources apart (`the`, `a`, `another`, `one`). */
function withoutSourceDeterminer(phrase: string): string {
  const first = /^(\S+)\s+/u.exec(phrase);
  return first && SOURCE_KEY_DETERMINERS.has(first[1]!) ? phrase.slice(first[0].length) : phrase;
}
