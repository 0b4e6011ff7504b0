// Sieve 5: role nominals. "the mayor" → the person whose descriptors hold "mayor" (Mayor Ann
// Petrie, named earlier); "the Republican nominee" → the one whose descriptors also hold
// "Republican" (or "GOP"); "the company", "the union" → the organisation whose name or
// descriptors hold that word; "Clinton’s campaign", "her campaign" → the Clinton campaign.
import { ORGANIZATION_WORDS, ROLE_NOUNS } from '../../data/lexicon.generated.js';
import { BARE_DEFINITE_ORGANIZATION_NOUNS, NAME_ORGANIZATION_SUFFIXES, NEW_SOURCE_DETERMINERS, OWNER_PREPOSITIONS, ROLE_HEADS, ROLE_HEAD_SYNONYMS, ROLE_MODIFIER_SYNONYMS, ROLE_NEUTRAL_MODIFIERS } from '../../data/role-synonyms.js';
import { ANONYMOUS_SOURCE_NOUNS, ORGANIZATION_NOUNS } from '../../data/source-nouns.js';
import { ORGANIZATION_CLASSES } from '../../data/organization-classes.js';
import { GENDERED_HONORIFICS, TITLE_WORDS } from '../../data/titles.js';
import type { Entity, RolePhrase } from '../types.js';

export type { RolePhrase };
import { lastMentionBefore, type DescriptorTexts, type SpeakerState } from '../speaker-state.js';
import { firstIndexWhere } from '../../sorted.js';
import { mostSalientPerson } from './pronoun.js';
import { DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS } from '../../data/function-words.js';
import { POSSESSIVE_DETERMINERS, THIRD_PERSON_POSSESSIVES } from '../../data/pronouns.js';
import { ROLE_PHRASE_ENDS } from '../../data/clause-words.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const UPPER_FIRST = /^\p{Lu}/u;
const NOT_DESCRIPTOR_CHARACTER = /[^\p{L}\p{N}.\s-]/gu;

const PLURAL_HEAD = /[^s]s$/u;
const POSSESSIVE = /[’']s\b/gu;
const PLURAL_POSSESSIVE = /s[’'](?=\s)/gu;
/** How often a person must be named to be taken as the protagonist a bare role refers to. */
const PROTAGONIST_MENTIONS = 3;

/** Reads "the Republican presidential nominee", "Clinton’s campaign", "the mayor of Lakeland". */
export function readRolePhrase(text: string): RolePhrase | null {
  // "Clinton’s campaign", and the plural possessive "the Rovers’ coach".
  const words = text.replace(POSSESSIVE, " 's").replace(PLURAL_POSSESSIVE, "s 's").split(/\s+/u).filter((w) => w !== '' && !/^[,.;:()]+$/u.test(w));
  let end = words.findIndex((w, i) => i > 0 && ROLE_PHRASE_ENDS.has(w.toLowerCase()));
  if (end < 0) end = words.length;
  const core = words.slice(0, end).map((w) => w.replace(/[,.;:]+$/u, ''));
  if (core.length === 0) return null;
  let definite = false;
  let indefinite = false;
  let possessor: string | null = null;
  let i = 0;
  if (DEFINITE_DETERMINERS.has(core[0]!.toLowerCase())) {
    definite = true;
    i = 1;
  } else if (NEW_SOURCE_DETERMINERS.has(core[0]!.toLowerCase())) {
    indefinite = true;
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
  // "the former state senator and current mayor": two roles of one person; the last one is read.
  const and = core.findIndex((w, k) => k > i && w.toLowerCase() === 'and');
  if (and > i && and + 1 < core.length && !DEFINITE_DETERMINERS.has(core[and + 1]!.toLowerCase()) && !NEW_SOURCE_DETERMINERS.has(core[and + 1]!.toLowerCase())) i = and + 1;
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
  const bare = !definite && !indefinite && possessor === null && !POSSESSIVE_DETERMINERS.has(core[0]!.toLowerCase()) && !INDEFINITE_DETERMINERS.has(core[0]!.toLowerCase());
  // "a spokeswoman for Hillary Clinton", "an adviser to Gov. Petrie": whom the source works for, when named.
  const after = words.slice(end + 1).map((w) => w.replace(/[,.;:]+$/u, ''));
  const owner = end < words.length && OWNER_PREPOSITIONS.has(words[end]!.toLowerCase()) && after.length > 0 && after.every((w) => UPPER_FIRST.test(w)) ? after.join(' ') : null;
  return { head, modifiers, proper, possessor, definite, indefinite, bare, owner };
}

export const isOrganizationNoun = (w: string): boolean => ORGANIZATION_NOUNS.has(w) || ORGANIZATION_WORDS.has(w);
export const isRoleNoun = (w: string): boolean => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || ROLE_HEADS.has(w) || YEAR_OLD.test(w) || (w.startsWith('ex-') && ROLE_NOUNS.has(w.slice(3)));
const YEAR_OLD = /-year-old$/u;

/** The entity a role phrase at offset `at` refers to, or null. */
export function resolveRoleNominal(state: SpeakerState, role: RolePhrase, at: number, possessor: Entity | null): Entity | null {
  const person = isRoleNoun(role.head) && !isOrganizationNoun(role.head);
  // "A former party chairman says …", "Senator from Texas says …": a new source, or a title
  // written without its article (a headline, a cut phrase), whom the article may name next.
  if (!role.definite) {
    if (person && role.possessor === null && !PLURAL_HEAD.test(role.head)) {
      if (role.indefinite) return introducedLater(state, role, at, null);
      // "my father", "some officials": another determiner, no title.
      if (!role.bare) return null;
      // A title without its article is as definite as "the …" ("current Democratic nominee",
      // a phrase cut after "and"): the protagonist when no one holds it or is named next.
      return introducedLater(state, role, at, bareHolder(state, role, at)) ?? protagonist(state, GENDERED_HONORIFICS.get(role.head) ?? null, at, null);
    }
    // "police said": a bare collective organisation noun is as definite as "the police".
    if (!(BARE_DEFINITE_ORGANIZATION_NOUNS.has(role.head) && role.modifiers.length === 0)) return null;
  }
  if (isOrganizationNoun(role.head)) return organizationFor(state, role, at, possessor);
  if (!isRoleNoun(role.head)) return null;
  if (role.possessor === null) return definiteHolder(state, role, at);
  // "Connecticut’s tax commissioner": a place that owns a role only says which one, as in
  // "a Connecticut tax commissioner".
  return possessor?.kind === 'place' ? introducedLater(state, role, at, bareHolder(state, role, at)) : possessedRole(state, role, at, possessor);
}

/** "the mayor", "the Republican nominee": the person described so, else the protagonist of the passage. */
function definiteHolder(state: SpeakerState, role: RolePhrase, at: number): Entity | null {
  const described = bareHolder(state, role, at);
  if (described || PLURAL_HEAD.test(role.head)) return described;
  // "The state attorney general is confirming … Attorney General Eric Schneiderman": a person
  // the next sentences introduce with the role, before any protagonist.
  const later = describedLater(state, headNeedles(role.head), at, null);
  if (later) return later;
  // Least precise: a definite singular role nobody in the article is described with ("the
  // senator", "the New York businessman") is the person the passage is about, as he/she would
  // be, when that person is a protagonist (has spoken, or is named three times or more); a
  // person named once in passing is no reason to merge a new role into them.
  return protagonist(state, GENDERED_HONORIFICS.get(role.head) ?? null, at, null);
}

/** The person described before `at` with the role, else the one who carries its proper modifiers. */
function bareHolder(state: SpeakerState, role: RolePhrase, at: number): Entity | null {
  // The words sought, between spaces, built once for all entities (not per entity and descriptor).
  const head = headNeedles(role.head);
  const modifiers = role.modifiers.map(needles);
  const described = latest(state, at, (e) => describedAs(state, e, head, modifiers), describedPersons(state));
  if (described) return described;
  // Less precise: no one is described with this role, but one person carries its proper
  // modifiers ("the Republican nominee" → the person described as "Republican"): the one the
  // article mentions most, if it mentions that person at least twice as often as any other.
  const proper = role.proper.map(needles);
  return proper.length > 0 ? mostMentioned(state, at, (e) => carries(state, e, proper), describedPersons(state)) : null;
}

function protagonist(state: SpeakerState, want: 'male' | 'female' | null, at: number, not: Entity | null): Entity | null {
  const topic = mostSalientPerson(state, want, at, not);
  return topic && (state.spoke.has(topic) || topic.mentions.length >= PROTAGONIST_MENTIONS) ? topic : null;
}

/**
 * A source introduced by a role before the article names it: "A former party chairman says …
 * “…,” said Tom Reyes", "Vermont’s water commissioner says … Dana Ortiz says …". The
 * person named next, within a few sentences and not named before, who is described with the
 * role ("Judge Amos Pell" for "a Marlow County judge"); or, when the role is specific (a proper
 * modifier or an owner: "a former state Republican chairman") and no one who
 * speaks for others ("a source", "an official"), the first new person standing as a subject.
 * A title without its article first looks back (`earlier`), as "the senator" would.
 */
function introducedLater(state: SpeakerState, role: RolePhrase, at: number, earlier: Entity | null): Entity | null {
  if (earlier) return earlier;
  const specific = (role.proper.length > 0 || role.possessor !== null || role.owner !== null) && !ANONYMOUS_SOURCE_NOUNS.has(role.head);
  const described = describedLater(state, headNeedles(role.head), at, null);
  if (described || !specific) return described;
  // "A spokeswoman for Mayor Lu says … Lu communications director Ann Petrie":
  // first a new person described with the owner's name, then any new person.
  const ownerWords = role.owner === null ? [] : role.owner.toLowerCase().split(WHITESPACES).filter((w) => !TITLE_WORDS.has(w.replace(/\.$/u, '')));
  const last = ownerWords[ownerWords.length - 1];
  return (last !== undefined ? describedLater(state, [` ${last} `], at, null) : null) ?? subjectLater(state, at);
}

/** Sentences after a role in which the article may name its holder. */
const LATER_SENTENCES = 4;

/** The first person first named within a few sentences after `at` whose descriptors hold the head (and are not `not`). */
function describedLater(state: SpeakerState, head: readonly string[], at: number, not: Entity | null): Entity | null {
  return firstNamedAfter(state, at, (e) => e !== not && plainTexts(state, e).some((t) => holds(t, head)));
}

/**
 * The first person first named within a few sentences after `at` in the article's own words:
 * not inside reported content (the source's own words name others), not after a preposition
 * ("a photo of Heidi Cruz").
 */
function subjectLater(state: SpeakerState, at: number): Entity | null {
  const { tokens } = state.doc;
  return firstNamedAfter(state, at, (e) => {
    const m = e.mentions[0]!;
    return !state.inReported(m.start) && tokens[m.firstToken - 1]?.pos !== 'ADP';
  });
}

function firstNamedAfter(state: SpeakerState, at: number, ok: (e: Entity) => boolean): Entity | null {
  const { mentions } = state.layer;
  const { tokens } = state.doc;
  const here = tokens[firstIndexWhere(tokens, (t) => t.start >= at)]?.sentence ?? 0;
  for (let k = lastMentionBefore(mentions, at) + 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (tokens[m.firstToken]!.sentence - here > LATER_SENTENCES) break;
    const e = m.entity;
    if (m.start <= at || !e || e.mentions[0] !== m || !(e.kind === 'person' || (e.kind === 'unknown' && e.personEvidence))) continue;
    if (ok(e)) return e;
  }
  return null;
}

/**
 * "Hunt’s lawyer", "his ex-wife", "Lu’s former campaign manager": the person
 * described with the role and with the owner's name ("An attorney for Hunt, Rosa
 * Klein,"), or sharing the owner's surname (a wife, a son); else, when the owner is a
 * person, the protagonist of the passage other than the owner; when it is a body, the person
 * the next sentences introduce.
 */
function possessedRole(state: SpeakerState, role: RolePhrase, at: number, owner: Entity | null): Entity | null {
  if (PLURAL_HEAD.test(role.head)) return null;
  const head = headNeedles(role.head);
  const ownerWords = owner ? owner.words.map((w) => ` ${w} `) : [];
  const last = owner?.words[owner.words.length - 1];
  const ofOwner = (e: Entity): boolean =>
    e !== owner && plainTexts(state, e).some((t) => holds(t, head) && (ownerWords.length === 0 || holds(t, ownerWords) || (last !== undefined && e.words.includes(last))));
  const described = latest(state, at, ofOwner, describedPersons(state)) ?? firstNamedAfter(state, at, ofOwner);
  if (described || !owner) return described;
  const topic = owner.kind === 'person' || owner.kind === 'unknown' ? protagonist(state, GENDERED_HONORIFICS.get(role.head) ?? null, at, owner) : null;
  // "The Rovers’ former goalkeeper says …": one person of that body, whom the article may name next.
  return topic ?? (owner.kind === 'person' ? null : introducedLater(state, role, at, null));
}

/** A role head and the words that name the same role ("judge" → "justice"; "ex-wife" → "wife"), each between spaces. */
function headNeedles(w: string): string[] {
  const out = [` ${w} `];
  for (const s of ROLE_HEAD_SYNONYMS.get(w) ?? []) out.push(` ${s} `);
  if (w.startsWith('ex-') && w.length > 3) out.push(` ${w.slice(3)} `);
  return out;
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

/** The organisation the article names after a person, ending in `suffix` ("the Clinton campaign"). */
function organizationOf(state: SpeakerState, person: Entity, suffix: string): Entity | null {
  const surname = person.words[person.words.length - 1]!;
  return latest(state, Infinity, (e) => e.kind === 'organization' && e.words.includes(surname) && e.words[e.words.length - 1] === suffix);
}

function organizationFor(state: SpeakerState, role: RolePhrase, at: number, possessor: Entity | null): Entity | null {
  // "Clinton’s campaign", "her campaign": the organisation named after its person.
  // "Clinton’s team" is the Clinton campaign too.
  const suffix = NAME_ORGANIZATION_SUFFIXES.has(role.head) ? role.head : role.head === 'team' ? 'campaign' : null;
  if (possessor && possessor.kind === 'person' && suffix !== null) return organizationOf(state, possessor, suffix);
  if (possessor) return null;
  // "The campaign says …" after a passage about Hillary Clinton: her campaign, when the article names one
  // ("the Trump team" names its person: the Trump campaign, below).
  if (suffix !== null && role.modifiers.length === 0) {
    const topic = mostSalientPerson(state, null, at);
    const own = topic ? organizationOf(state, topic, suffix) : null;
    if (own) return own;
  }
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
      (e.words[e.words.length - 1] === role.head || (suffix !== null && e.words[e.words.length - 1] === suffix) || ofClass(e) || descriptorWords(state, e).some((w) => w.includes(role.head)) || namedBefore(state, e, role.head)),
  );
  if (found) return found;
  if (role.definite) {
    // "according to the union", the article spelling out "United Mine Workers of America" only
    // further down: the one organisation of that kind it names after the phrase.
    const later = state.layer.entities.filter((e) => e.kind === 'organization' && e.mentions[0]!.start > at && named(e) && (e.words[e.words.length - 1] === role.head || ofClass(e)));
    return later.length === 1 ? later[0]! : null;
  }
  // "police said" before the article names "the Lakeland police": the force it names later.
  return latest(state, Infinity, (e) => e.kind === 'organization' && e.words[e.words.length - 1] === role.head);
}

const WHITESPACES = /\s+/u;
/** Lower-case words between a name and the noun it names ("RT America television network"). */
const NAME_NOUN_GAP = 2;

/** Is a mention of `e` followed by the noun, over at most two lower-case words ("the RT America television network")? */
function namedBefore(state: SpeakerState, e: Entity, noun: string): boolean {
  const { tokens } = state.doc;
  for (const m of e.mentions) {
    for (let k = m.endToken; k <= m.endToken + NAME_NOUN_GAP && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.lower === noun) return true;
      if (t.text !== t.lower || t.pos === 'PUNCT' || t.pos === 'VERB') break;
    }
  }
  return false;
}

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
