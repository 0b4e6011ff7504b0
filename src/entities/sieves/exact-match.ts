// Sieve 1 (most precise): mentions written with the same words are the same entity.
import type { Entity, EntityLayer, NameMention } from '../types.js';

/** Creates one entity per distinct name (lower-case words) and links each mention to it. */
export function exactMatchSieve(layer: EntityLayer): void {
  for (const m of layer.mentions) {
    if (m.entity) continue;
    // A lone word used as an organisation ("the Post") is kept apart from the same word as a surname.
    const key = m.words.length === 1 && m.kind === 'organization' ? `${m.words[0]} (organization)` : m.key;
    let e = layer.byName.get(key);
    if (!e || !compatible(e, m)) {
      e = newEntity(layer, m);
      layer.byName.set(key, e);
    }
    link(e, m);
  }
}

/** A person and an organisation of the same name ("Ford") are kept apart only when both are sure. */
function compatible(e: Entity, m: NameMention): boolean {
  return !(e.kind === 'person' && m.kind === 'organization' && m.words.length > 1) && !(e.kind === 'organization' && m.kind === 'person' && m.personEvidence && m.words.length > 1);
}

export function newEntity(layer: EntityLayer, m: NameMention): Entity {
  const e: Entity = {
    index: layer.entities.length,
    name: m.name,
    named: true,
    words: m.words,
    kind: m.kind,
    aliases: new Set(),
    descriptors: new Set(),
    gender: null,
    genderEvidence: [],
    nameGender: null,
    personEvidence: false,
    mentions: [],
    references: [],
  };
  layer.entities.push(e);
  return e;
}

/** Links a mention to an entity; the entity's mentions, evidence and name are gathered once, at the end. */
export function link(e: Entity, m: NameMention): void {
  m.entity = e;
  if (e.kind === 'unknown' || (e.kind === 'person' && m.kind === 'organization' && !m.personEvidence)) e.kind = m.kind;
}
