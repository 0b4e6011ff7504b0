// Sieve 4: surname / head match. "Bolton" and "Mr. Bolton" are John Bolton; "Clinton" is the
// Clinton named most recently before (Bill or Hillary), else the first named after; "Hillary"
// alone is Hillary Clinton when she is the only one of that first name. Each lookup is a
// binary search in the mentions carrying that word (many people sharing a surname cost
// O(n log n), not O(n²)).
import { firstIndexWhere } from '../../sorted.js';
import type { AnalyzedText } from '../../document.js';
import type { Entity, EntityLayer, Gender, NameMention } from '../types.js';
import { initials, move } from './acronym.js';
import { indexNearSpellings, nearSpelling, type NearSpellings } from './near-spelling.js';
import { firstNameGender, isFirstName, isOrganizationWord } from '../find-name-mentions.js';
import { GENERATIONAL_SUFFIXES } from '../../data/name-parts.js';
import { PUBLICATION_WORDS } from '../../data/entity-words.js';
import { ARTICLES } from '../../data/function-words.js';
import { isAsciiLower } from '../../layers/tokens.js';

/** Links short mentions (one word, or a shorter form) to the full name they stand for. */
export function headMatchSieve(layer: EntityLayer, doc: AnalyzedText): void {
  // Index: last word and first word of every multi-word person (or unknown) mention.
  const byLast = new Map<string, NameMention[]>();
  const byFirst = new Map<string, Set<Entity>>();
  for (const m of layer.mentions) {
    if (m.words.length < 2 || !m.entity || (m.entity.kind !== 'person' && m.entity.kind !== 'unknown')) continue;
    // "John G. Roberts Jr." is found by "Roberts", not "jr".
    push(byLast, surnameOf(m.words), m);
    const f = byFirst.get(m.words[0]!) ?? new Set();
    f.add(m.entity);
    byFirst.set(m.words[0]!, f);
  }
  layer.byWord = byLast;
  // The entity the last bare use of each surname went to ("Cruz" → Ted Cruz).
  const lastShort = new Map<string, Entity>();
  const lastShortAt = new Map<string, number>();
  const sentenceOf = (x: NameMention): number => doc.tokens[x.firstToken]!.sentence;
  const clusterGender = gendersOfShortForms(layer);
  let spellings: NearSpellings | undefined;
  for (const m of layer.mentions) {
    if (m.words.length !== 1 || !m.entity || m.kind === 'organization' || m.kind === 'place' || m.kind === 'group') continue;
    const w = m.words[0]!;
    let target = stickyShortForm(byLast.get(w), m, lastShort.get(w), lastShortAt.get(w) ?? -1, sentenceOf) ?? nearestAgreeing(byLast.get(w), m, clusterGender.get(m.entity) ?? null) ?? single(byFirst.get(w));
    // "Okonwo" after "Daniel Okonkwo": a bare word no full name carries, one letter off a surname.
    if (!target && !byFirst.has(w) && !m.personEvidence && w.length >= 6) target = nearSpelling((spellings ??= indexNearSpellings(byLast.keys())), w, byLast);
    if (target && target !== m.entity) move(layer, m, target);
    // "a Clinton event": a surname as a noun's modifier names no one in particular, so it does not
    // hand the bare surname over to the namesake just introduced.
    if (target && byLast.has(w) && !isModifier(doc, m)) {
      lastShort.set(w, target);
      lastShortAt.set(w, m.start);
    }
  }
  for (const m of layer.mentions) {
    // "Mr. Garcia Lopez", "Van Voorhis": a surname of several words.
    if (m.words.length < 2 || !m.entity || isFirstName(m.words[0]!) || (m.kind !== 'person' && m.kind !== 'unknown')) continue;
    const target = longerNameEndingWith(byLast.get(m.words[m.words.length - 1]!), m);
    if (target && target !== m.entity) move(layer, m, target);
  }
}

/** A name between a determiner and the lower-case noun it modifies ("a Clinton event"). */
function isModifier(doc: AnalyzedText, m: NameMention): boolean {
  const before = doc.tokens[m.firstToken - 1];
  const after = doc.tokens[m.endToken];
  return before !== undefined && after !== undefined && ARTICLES.has(before.lower) && after.pos === 'NOUN' && isAsciiLower(after.text.charCodeAt(0));
}

/** The last word before a generational suffix: the surname. */
function surnameOf(words: readonly string[]): string {
  const last = words[words.length - 1]!;
  return GENERATIONAL_SUFFIXES.has(last) && words.length > 2 ? words[words.length - 2]! : last;
}

/** The nearest longer name (before, else after; bounded) whose words end with the mention's words. */
function longerNameEndingWith(list: readonly NameMention[] | undefined, m: NameMention): Entity | null {
  if (!list) return null;
  const ends = (x: NameMention) => x.words.length > m.words.length && m.words.every((w, k) => x.words[x.words.length - m.words.length + k] === w);
  const i = firstIndexWhere(list, (x) => x.start > m.start) - 1;
  for (let k = i, n = 0; k >= 0 && n < AGREEMENT_LOOK_BACK; k--, n++) if (ends(list[k]!)) return list[k]!.entity;
  for (let k = i + 1, n = 0; k < list.length && n < AGREEMENT_LOOK_BACK; k++, n++) if (ends(list[k]!)) return list[k]!.entity;
  return null;
}

/**
 * Short forms of organisations: "the Times" → New York Times (a publication word ending one
 * longer name), "the Peabody" read as an organisation → Peabody Energy (the distinctive first
 * word of exactly one longer name). Maps built once; one lookup per one-word mention.
 */
export function organizationHeadMatch(layer: EntityLayer): void {
  const byLast = new Map<string, Set<Entity>>();
  const byFirst = new Map<string, Set<Entity>>();
  for (const m of layer.mentions) {
    if (m.words.length < 2 || m.entity?.kind !== 'organization') continue;
    const last = m.words[m.words.length - 1]!;
    if (PUBLICATION_WORDS.has(last)) addTo(byLast, last, m.entity);
    // "Ashton-Lakeland police": the first part of a hyphenated compound (a place) does not open the name.
    if (m.name.charCodeAt(m.words[0]!.length) !== HYPHEN) addTo(byFirst, m.words[0]!, m.entity);
  }
  orgTailMatch(layer);
  transposedAcronyms(layer);
  const personWords = wordsOfPeople(layer);
  for (const m of layer.mentions) {
    if (m.words.length !== 1 || !m.entity || m.personEvidence) continue;
    const w = m.words[0]!;
    // The first word for a mention read as an organisation, or for a bare word no person of the
    // article bears and nothing shows to be a person ("Peabody said" after "Peabody Energy"):
    // "Clinton" must not become "Clinton campaign" while Hillary Clinton is named.
    const opener = m.kind === 'organization' || (m.kind !== 'place' && m.kind !== 'group' && !m.entity.personEvidence && m.entity.gender === null && !personWords.has(w));
    const target = (m.kind === 'organization' || m.kind === 'unknown' ? single(byLast.get(w)) : null) ?? (opener && !isOrganizationWord(w) ? single(byFirst.get(w)) : null);
    if (target && target !== m.entity) move(layer, m, target);
  }
}

/**
 * "Security Council" → United Nations Security Council: an organisation of several words that
 * ends exactly one longer organisation's name is that organisation (two candidates: none).
 */
function orgTailMatch(layer: EntityLayer): void {
  const byLast = new Map<string, NameMention[]>();
  // Keyed by the last two words: "A Committee" and "B Committee" never meet (no n² scan).
  const tail = (m: NameMention) => `${m.words[m.words.length - 2]!} ${m.words[m.words.length - 1]!}`;
  for (const m of layer.mentions) if (m.words.length >= 2 && m.entity?.kind === 'organization') push(byLast, tail(m), m);
  for (const m of layer.mentions) {
    if (m.words.length < 2 || !m.entity || m.entity.kind !== 'organization') continue;
    const longer = new Set<Entity>();
    for (const x of byLast.get(tail(m)) ?? []) {
      if (x.words.length > m.words.length && m.words.every((w, k) => x.words[x.words.length - m.words.length + k] === w)) longer.add(x.entity!);
    }
    const target = single(longer) ?? spelledOut(longer, m.words.length);
    if (target && target !== m.entity) move(layer, m, target);
  }
}

/**
 * "United Nations Security Council" and "U.N. Security Council" are one body written two ways:
 * when every candidate's words before the shared tail abbreviate to the same initials, and one
 * of them writes its prefix as one acronym, the candidate spelled out in full is the one.
 */
function spelledOut(candidates: ReadonlySet<Entity>, tailLength: number): Entity | null {
  if (candidates.size < 2) return null;
  let key: string | null = null;
  let acronym = false;
  let best: Entity | null = null;
  for (const e of candidates) {
    const prefix = e.words.slice(0, e.words.length - tailLength);
    const one = prefix.length === 1 ? prefix[0]!.replace(/\./gu, '') : null;
    const k = one !== null && one.length >= 2 && one.length <= 4 ? one : initials(prefix);
    if (one !== null && k === one && ACRONYM_WORD.test(firstWord(e.name))) acronym = true;
    if (key !== null && k !== key) return null;
    key = k;
    if (!best || e.words.length > best.words.length) best = e;
  }
  return acronym && key !== null && key.length >= 2 ? best : null;
}

/**
 * "MNSBC" beside "MSNBC": an acronym of four letters or more written once with two neighbouring
 * letters swapped is the acronym the article writes the other way, when only one is (a
 * different letter, as in ACLU and ACLJ, makes another body).
 */
function transposedAcronyms(layer: EntityLayer): void {
  // Each spelling's entity and where it is first written.
  const byWord = new Map<string, Entity>();
  const firstAt = new Map<Entity, number>();
  for (const m of layer.mentions) {
    if (m.words.length !== 1 || m.entity?.kind !== 'organization' || !isAcronymMention(m)) continue;
    if (!byWord.has(m.words[0]!)) byWord.set(m.words[0]!, m.entity);
    if (!firstAt.has(m.entity)) firstAt.set(m.entity, m.start);
  }
  if (byWord.size < 2) return;
  const count = new Map<Entity, number>();
  for (const m of layer.mentions) if (m.entity) count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  for (const m of layer.mentions) {
    if (m.words.length !== 1 || !m.entity || m.entity.kind !== 'organization' || !isAcronymMention(m)) continue;
    const w = m.words[0]!;
    let target: Entity | null = null;
    let several = false;
    for (let i = 0; i + 1 < w.length; i++) {
      if (w[i] === w[i + 1]) continue;
      const e = byWord.get(w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2));
      if (!e || e === m.entity) continue;
      if (target && target !== e) several = true;
      target = e;
    }
    if (several) continue;
    // Only a form written once, after the other spelling: that one is how the article spells the body.
    if (target && (firstAt.get(target) ?? Infinity) < m.start && count.get(m.entity) === 1) move(layer, m, target);
  }
}

const ACRONYM_4 = /^\p{Lu}{4,}$/u;
const isAcronymMention = (m: NameMention): boolean => ACRONYM_4.test(m.text);

/** Every word of a name read as a person's: several words, a title, a gender or a first name shown. */
function wordsOfPeople(layer: EntityLayer): Set<string> {
  const out = new Set<string>();
  for (const m of layer.mentions) {
    const person = m.personEvidence || m.gender !== null || m.entity?.personEvidence === true || (m.kind === 'person' && (m.words.length >= 2 || m.descriptors.length > 0));
    if (person) for (const w of m.words) out.add(w);
  }
  return out;
}

function addTo(map: Map<string, Set<Entity>>, key: string, e: Entity): void {
  const set = map.get(key);
  if (set) set.add(e);
  else map.set(key, new Set([e]));
}

/**
 * A bare surname keeps the person it already stood for when the namesake named since only
 * appears in passing, after a preposition or a verb ("Cruz said … a photo of Heidi Cruz …
 * Cruz said": still Ted Cruz); a namesake introduced otherwise takes the surname over
 * ("Homeland Security Secretary Jeh Johnson says …; Johnson tells …").
 */
function stickyShortForm(list: readonly NameMention[] | undefined, m: NameMention, prev: Entity | undefined, prevAt: number, sentenceOf: (x: NameMention) => number): Entity | null {
  if (!list || m.gender) return null;
  const i = firstIndexWhere(list, (x) => x.start > m.start) - 1;
  const near = list[i];
  if (!near || near.entity === prev) return null;
  // No bare use yet: the namesake named before in passing ("… for his wife Hillary Clinton.
  // Clinton said") yields to the one named earlier as a subject.
  if (!prev) return near.object ? earlierSubject(list, i, sentenceOf) : null;
  if (near.object) return prev;
  // A namesake takes the bare surname over right after being introduced; far back, or while the
  // article keeps writing the namesake in full ("Ivanka Trump" again and again), it stays with prev.
  if (sentenceOf(m) - sentenceOf(near) > TAKEOVER_SENTENCES) return prev;
  let full = 0;
  for (let k = i, n = 0; k >= 0 && n < AGREEMENT_LOOK_BACK && list[k]!.start > prevAt; k--, n++) if (list[k]!.entity === near.entity) full++;
  return full >= 2 ? prev : null;
}

/** The entity of the nearest clause subject (no headline) a few sentences before list[i], when another entity. */
function earlierSubject(list: readonly NameMention[], i: number, sentenceOf: (x: NameMention) => number): Entity | null {
  const near = list[i]!;
  for (let k = i - 1, n = 0; k >= 0 && n < AGREEMENT_LOOK_BACK; k--, n++) {
    const x = list[k]!;
    // Only the one the passage was about when the namesake came up, not a subject pages before.
    if (sentenceOf(near) - sentenceOf(x) > TAKEOVER_SENTENCES) return null;
    if (x.entity !== near.entity && x.subject && !x.headline) return x.entity;
  }
  return null;
}

/** Sentences after a namesake's full name within which a bare surname may refer to the namesake. */
const TAKEOVER_SENTENCES = 3;

function push(map: Map<string, NameMention[]>, key: string, m: NameMention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}

/** The entity of the last mention at or before `at`, else of the first after it. */
export function nearest(list: readonly NameMention[] | undefined, at: number): Entity | null {
  if (!list || list.length === 0) return null;
  const i = firstIndexWhere(list, (m) => m.start > at) - 1;
  return (list[i] ?? list[i + 1] ?? list[0])!.entity;
}

/** How far back a short form looks past namesakes of the other gender ("Mr. Obama" skips Michelle Obama). */
const AGREEMENT_LOOK_BACK = 20;

/**
 * Like `nearest`, but a short form that shows a gender (Mr., Ms., a gendered title) skips
 * namesakes whose own evidence or first name says otherwise.
 */
function nearestAgreeing(list: readonly NameMention[] | undefined, m: NameMention, clusterGender: Gender | null): Entity | null {
  if (!list || list.length === 0) return null;
  const want = m.gender?.gender ?? clusterGender;
  if (want === null) return nearest(list, m.start);
  const agrees = (x: NameMention) => {
    const g = x.gender?.gender ?? firstNameGender(x.words[0]!);
    return g === null || g === want;
  };
  const i = firstIndexWhere(list, (x) => x.start > m.start) - 1;
  for (let k = i, n = 0; k >= 0 && n < AGREEMENT_LOOK_BACK; k--, n++) if (agrees(list[k]!)) return list[k]!.entity;
  for (let k = i + 1, n = 0; k < list.length && n < AGREEMENT_LOOK_BACK; k++, n++) if (agrees(list[k]!)) return list[k]!.entity;
  // "Mr. Obama" where the only Obama named in full is Michelle: a person of his own.
  return null;
}

/**
 * The gender the one-word mentions written alike show together ("Mr. Obama" … "Obama" …
 * "President Obama": male), when they agree; a bare "Obama" then skips Michelle Obama too.
 */
function gendersOfShortForms(layer: EntityLayer): Map<Entity | null, Gender | null> {
  const out = new Map<Entity | null, Gender | null>();
  for (const m of layer.mentions) {
    if (m.words.length !== 1 || !m.gender) continue;
    const g = out.get(m.entity);
    out.set(m.entity, g === undefined || g === m.gender.gender ? m.gender.gender : null);
  }
  return out;
}

const HYPHEN = 45;
/** "U.N.", "UN", "E.U.": two to four capitals, each maybe with its full stop. */
const ACRONYM_WORD = /^(?:\p{Lu}\.?){2,4}$/u;
const single = (s: Set<Entity> | undefined): Entity | null => (s && s.size === 1 ? [...s][0]! : null);
const SPACE = /\s/;
const firstWord = (name: string): string => {
  const i = name.search(SPACE);
  return i < 0 ? name : name.slice(0, i);
};
