// Sieve 5: role nominals. "the mayor" → the person whose descriptors hold "mayor" (Mayor Ann
// Petrie, named earlier); "the Republican nominee" → the one whose descriptors also hold
// "Republican" (or "GOP"); "the company", "the union" → the organisation whose name or
// descriptors hold that word; "Clinton’s campaign", "her campaign" → the Clinton campaign.
import { ORGANIZATION_WORDS, ROLE_NOUNS } from '../../data/lexicon.generated.js';
import { BARE_DEFINITE_ORGANIZATION_NOUNS, NAME_ORGANIZATION_SUFFIXES, ROLE_MODIFIER_SYNONYMS, ROLE_NEUTRAL_MODIFIERS } from '../../data/role-synonyms.js';
import { ORGANIZATION_NOUNS } from '../../data/source-nouns.js';
import { ORGANIZATION_CLASSES } from '../../data/organization-classes.js';
import { GENDERED_HONORIFICS, TITLE_WORDS } from '../../data/titles.js';
import type { Entity, RolePhrase } from '../types.js';

export type { RolePhrase };
import { type DescriptorTexts, type SpeakerState } from '../speaker-state.js';
import { firstIndexWhere } from '../../sorted.js';
import { mostSalientPerson } from './pronoun.js';
import { DEFINITE_DETERMINERS } from '../../data/function-words.js';
import { THIRD_PERSON_POSSESSIVES } from '../../data/pronouns.js';
import { ROLE_PHRASE_ENDS } from '../../data/clause-words.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const UPPER_FIRST = /^\p{Lu}/u;
const NOT_DESCRIPTOR_CHARACTER = /[^\p{L}\p{N}.\s-]/gu;

const PLURAL_HEAD = /[^s]s$/u;
/** How often a person must be named to be taken as the protagonist a bare role refers to. */
const PROTAGONIST_MENTIONS = 3;

/** Reads "the Republican presidential nominee", "Clinton’s campaign", "the mayor of Lakeland". */
export function readRolePhrase(text: string): RolePhrase | null {
  const words = text.replace(/[’']s\b/gu, " 's").split(/\s+/u).filter((w) => w !== '' && !/^[,.;:()]+$/u.test(w));
  let end = words.findIndex((w, i) => i > 0 && ROLE_PHRASE_ENDS.has(w.toLowerCase()));
  if (end < 0) end = words.length;
  const core = words.slice(0, end).map((w) => w.replace(/[,.;:]+$/u, ''));
  if (core.length === 0) return null;
  let definite = false;
  let possessor: string | null = null;
  let i = 0;
  if (DEFINITE_DETERMINERS.has(core[0]!.toLowerCase())) {
    definite = true;
    i = 1;
  }
  const poss = core.indexOf("'s");
  if (poss > 0) {
    possessor = core.slice(i, poss).join(' ');
    i = poss + 1;
    definite = true;
  } else if (THIRD_PERSON_POSSESSIVES.has(core[0]!.toLowerCase())) {
    possessor = core[0]!.toLowerCase();
    definite = true;
    i = 1;
  }
  const rest = core.slice(i);
  if (rest.length === 0) return null;
  const head = rest[rest.length - 1]!.toLowerCase();
  const modifiers = rest
    .slice(0, -1)
    .map((w) => w.toLowerCase())
    .filter((w) => !ROLE_NEUTRAL_MODIFIERS.has(w));
  const proper = rest
    .slice(0, -1)
    .filter((w) => UPPER_FIRST.test(w))
    .map((w) => w.toLowerCase());
  return { head, modifiers, proper, possessor, definite };
}

export const isOrganizationNoun = (w: string): boolean => ORGANIZATION_NOUNS.has(w) || ORGANIZATION_WORDS.has(w);
export const isRoleNoun = (w: string): boolean => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || /-year-old$/u.test(w);

/** The entity a definite role phrase at offset `at` refers to, or null. */
export function resolveRoleNominal(state: SpeakerState, role: RolePhrase, at: number, possessor: Entity | null): Entity | null {
  // "police said": a bare collective organisation noun is as definite as "the police".
  if (!role.definite && !(BARE_DEFINITE_ORGANIZATION_NOUNS.has(role.head) && role.modifiers.length === 0)) return null;
  if (isOrganizationNoun(role.head)) return organizationFor(state, role, at, possessor);
  if (!isRoleNoun(role.head) || role.possessor !== null) return null;
  // The words sought, between spaces, built once for all entities (not per entity and descriptor).
  const head = needles(role.head);
  const modifiers = role.modifiers.map(needles);
  const described = latest(state, at, (e) => describedAs(state, e, head, modifiers), describedPersons(state));
  if (described) return described;
  // Less precise: no one is described with this role, but one person carries its proper
  // modifiers ("the Republican nominee" → the person described as "Republican"): the one the
  // article mentions most, if it mentions that person at least twice as often as any other.
  const proper = role.proper.map(needles);
  const carrier = proper.length > 0 ? mostMentioned(state, at, (e) => carries(state, e, proper), describedPersons(state)) : null;
  if (carrier || PLURAL_HEAD.test(role.head)) return carrier;
  // Least precise: a definite singular role nobody in the article is described with ("the
  // senator", "the New York businessman") is the person the passage is about, as he/she would
  // be, when that person is a protagonist (has spoken, or is named three times or more); a
  // person named once in passing is no reason to merge a new role into them.
  const topic = mostSalientPerson(state, GENDERED_HONORIFICS.get(role.head) ?? null, at);
  return topic && (state.spoke.has(topic) || topic.mentions.length >= PROTAGONIST_MENTIONS) ? topic : null;
}

/** A word and its synonyms, each between spaces: a descriptor between spaces holds the word when it includes one. */
function needles(w: string): string[] {
  const synonyms = ROLE_MODIFIER_SYNONYMS.get(w);
  return synonyms ? [` ${w} `, ...synonyms.map((s) => ` ${s} `)] : [` ${w} `];
}

const holds = (t: string, ns: readonly string[]): boolean => ns.some((n) => t.includes(n));

/** Does a descriptor of `e` hold each word (each given by its needles)? */
function carries(state: SpeakerState, e: Entity, words: readonly (readonly string[])[]): boolean {
  const texts = spacedTexts(state, e);
  return words.every((w) => texts.some((t) => holds(t, w)));
}

function mostMentioned(state: SpeakerState, at: number, ok: (e: Entity) => boolean, candidates: readonly Entity[] = state.layer.entities): Entity | null {
  const counts: [Entity, number][] = [];
  for (const e of candidates) {
    if (!ok(e)) continue;
    counts.push([e, firstIndexWhere(e.mentions, (m) => m.start >= at)]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  return best && best[1] > 0 && (!second || best[1] >= 2 * second[1]) ? best[0] : null;
}

/** Does a descriptor of `e` hold the head and every identifying modifier (each given by its needles)? */
function describedAs(state: SpeakerState, e: Entity, head: readonly string[], modifiers: readonly (readonly string[])[]): boolean {
  const texts = plainTexts(state, e);
  return texts.some((t) => holds(t, head) && modifiers.every((m) => holds(t, m)));
}

function organizationFor(state: SpeakerState, role: RolePhrase, at: number, possessor: Entity | null): Entity | null {
  // "Clinton’s campaign", "her campaign": the organisation named after its person.
  if (possessor && possessor.kind === 'person' && NAME_ORGANIZATION_SUFFIXES.has(role.head)) {
    const surname = possessor.words[possessor.words.length - 1]!;
    return latest(state, Infinity, (e) => e.kind === 'organization' && e.words.includes(surname) && e.words[e.words.length - 1] === role.head);
  }
  if (possessor) return null;
  // Every identifying modifier must be in the name ("the Trump campaign" is not the Clinton campaign).
  const named = (e: Entity) => role.modifiers.every((m) => e.words.includes(m));
  const cls = ORGANIZATION_CLASSES.get(role.head);
  const ofClass = (e: Entity) => cls !== undefined && e.words.some((w) => cls.has(w.endsWith('.') ? w.slice(0, -1) : w));
  const found = latest(
    state,
    at,
    (e) =>
      (e.kind === 'organization' || (e.kind === 'unknown' && !e.personEvidence && cls !== undefined)) &&
      named(e) &&
      (e.words[e.words.length - 1] === role.head || ofClass(e) || descriptorWords(state, e).some((w) => w.includes(role.head))),
  );
  if (found || role.definite) return found;
  // "police said" before the article names "the Lakeland police": the force it names later.
  return latest(state, Infinity, (e) => e.kind === 'organization' && e.words[e.words.length - 1] === role.head);
}

const WHITESPACES = /\s+/u;

/**
 * The entity's descriptors in lower case, once per document; each form the comparisons above
 * read is built when first asked for (most entities are only ever asked one way).
 */
function descriptorTexts(state: SpeakerState, e: Entity): DescriptorTexts {
  let texts = state.descriptorTexts.get(e);
  if (!texts) {
    texts = { lower: [...e.descriptors].map((d) => d.toLowerCase()) };
    state.descriptorTexts.set(e, texts);
  }
  return texts;
}
function spacedTexts(state: SpeakerState, e: Entity): string[] {
  if (e.descriptors.size === 0) return [];
  const t = descriptorTexts(state, e);
  return (t.spaced ??= t.lower.map((d) => ` ${d} `));
}
function plainTexts(state: SpeakerState, e: Entity): string[] {
  if (e.descriptors.size === 0) return [];
  const t = descriptorTexts(state, e);
  return (t.plain ??= t.lower.map((d) => ` ${d.replace(NOT_DESCRIPTOR_CHARACTER, ' ')} `));
}
function descriptorWords(state: SpeakerState, e: Entity): string[][] {
  if (e.descriptors.size === 0) return [];
  const t = descriptorTexts(state, e);
  return (t.words ??= t.lower.map((d) => d.split(WHITESPACES)));
}

/**
 * The persons with descriptors, once per document: a role held in a descriptor can only be
 * theirs, and every role phrase would otherwise test every entity of the article.
 */
function describedPersons(state: SpeakerState): Entity[] {
  return (state.describedPersons ??= state.layer.entities.filter((e) => e.kind === 'person' && e.descriptors.size > 0));
}

/** The fitting entity (of `candidates`, in layer order) mentioned most recently before `at` (by its last mention there). */
function latest(state: SpeakerState, at: number, ok: (e: Entity) => boolean, candidates: readonly Entity[] = state.layer.entities): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of candidates) {
    if (!ok(e)) continue;
    // Mentions are in document order: the last one before `at` by binary search.
    const i = firstIndexWhere(e.mentions, (m) => m.start >= at) - 1;
    const last = i >= 0 ? e.mentions[i]!.start : -1;
    if (last > bestAt) {
      best = e;
      bestAt = last;
    }
  }
  return best;
}
