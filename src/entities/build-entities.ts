// The entity layer: name mentions grouped into entities by ordered sieves, most precise
// first (Lee et al. 2013, deterministic coreference): exact match, appositive, acronym,
// surname/head match. Role nominals, pronouns and documents are resolved later, at each
// speaker (resolve-speaker.ts), because they depend on who spoke before them.
import type { AnalyzedText } from '../document.js';
import { findNameMentions, firstNameGender } from './find-name-mentions.js';
import { acronymSieve } from './sieves/acronym.js';
import { appositiveSieve } from './sieves/appositive.js';
import { exactMatchSieve } from './sieves/exact-match.js';
import { headMatchSieve, organizationHeadMatch } from './sieves/head-match.js';
import { quotedFullNames } from './sieves/quoted-full-name.js';
import type { Entity, EntityLayer } from './types.js';
import { BARE_DEFINITE_ORGANIZATION_NOUNS } from '../data/role-synonyms.js';

/** Builds the entity layer of a document; `inQuote(i)` says whether token i is inside quote marks. */
export function buildEntityLayer(doc: AnalyzedText, inQuote: (token: number) => boolean): EntityLayer {
  const mentions = findNameMentions(doc, inQuote);
  const layer: EntityLayer = { entities: [], mentions, subjects: mentions.filter((m) => m.subject), byName: new Map(), byWord: new Map() };
  exactMatchSieve(layer);
  appositiveSieve(doc, layer);
  acronymSieve(layer);
  headMatchSieve(layer, doc);
  organizationHeadMatch(layer);
  finish(layer);
  quotedFullNames(layer, doc, inQuote);
  return layer;
}

/**
 * Gathers each entity's mentions, evidence and fullest name once (sieves only set
 * `mention.entity`), drops entities left without mentions and renumbers the rest in order
 * of first mention.
 */
function finish(layer: EntityLayer): void {
  // Emptied where a sieve filled them (none does today: the entities come empty from newEntity),
  // without allocating new empty ones for every entity.
  for (const e of layer.entities) {
    if (e.mentions.length > 0) e.mentions = [];
    if (e.descriptors.size > 0) e.descriptors = new Set();
    if (e.genderEvidence.length > 0) e.genderEvidence = [];
  }
  for (const m of layer.mentions) {
    const e = m.entity;
    if (!e) continue;
    e.mentions.push(m);
    if (m.personEvidence) e.personEvidence = true;
    if (m.gender) e.genderEvidence.push(m.gender);
    for (const d of m.descriptors) e.descriptors.add(d);
    if (m.words.length > e.words.length || (m.words.length === e.words.length && e.mentions.length === 1)) {
      e.name = m.name;
      e.words = m.words;
    }
  }
  layer.entities = layer.entities.filter((e) => e.mentions.length > 0);
  layer.entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  layer.byName = new Map();
  // "Police say …" opening a sentence is no name mention; the one force the article names
  // (`Ashton-Lakeland police`) is what it refers to, as for a lower-case `police said`.
  const bare = new Map<string, Entity | null>();
  layer.entities.forEach((e, i) => {
    e.index = i;
    for (const m of e.mentions) {
      const key = m.key;
      if (!layer.byName.has(key)) layer.byName.set(key, e);
    }
    if (e.kind === 'organization' && e.words.length >= 2) bareNounAlias(bare, e);
    if (e.kind === 'unknown' && e.personEvidence) e.kind = 'person';
    e.nameGender = (e.kind === 'person' || e.kind === 'unknown') && e.words.length >= 2 ? firstNameGender(e.words[0]!) : null;
    const ev = e.genderEvidence[0];
    if (ev && e.genderEvidence.every((g) => g.gender === ev.gender)) e.gender = ev.gender;
  });
  for (const [noun, e] of bare) if (e && !layer.byName.has(noun)) layer.byName.set(noun, e);
}

/** Notes an organisation whose name ends in a noun used bare as a definite reference (`police`); two such: none. */
function bareNounAlias(bare: Map<string, Entity | null>, e: Entity): void {
  const last = e.words[e.words.length - 1]!;
  if (BARE_DEFINITE_ORGANIZATION_NOUNS.has(last)) bare.set(last, bare.has(last) && bare.get(last) !== e ? null : e);
}
