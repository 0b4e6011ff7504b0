// The entity layer: who and what the article names, and every place it mentions them. Built
// once per document, before attribution reads it (docs/names.md).
import type { Span } from '../types.js';

/** What an entity is. `place` and `unknown` never become a speaker's kind on their own. */
export type EntityKind = 'person' | 'organization' | 'group' | 'anonymous' | 'document' | 'place' | 'unknown';

export type Gender = 'male' | 'female';

/** Why the article says an entity is male or female: an honorific, a gendered role, a pronoun. */
export interface GenderEvidence extends Span {
  gender: Gender;
}

/** One occurrence of a name in the text (outside quotes). */
export interface NameMention extends Span {
  /** Tokens [firstToken, endToken) of the name itself (no titles). */
  firstToken: number;
  endToken: number;
  /** The name as written, without titles and possessive ("John Bolton"). */
  name: string;
  /** Lower-case words of the name, for matching. */
  words: string[];
  /** `words.join(' ')`, joined once: the key of `EntityLayer.byName`. */
  key: string;
  kind: EntityKind;
  /** The mention itself shows a person: a first name, an honorific or a title before it. */
  personEvidence: boolean;
  /** Titles, roles and appositives written with this mention. */
  descriptors: string[];
  gender: GenderEvidence | null;
  /** Stands as the subject of a clause (a verb follows), so a later pronoun may refer to it. */
  subject: boolean;
  /**
   * Two or more words, none of which the article writes in lower case ("Rakeyia Scott",
   * "Aung San Suu Kyi"; not "Metro Transit" where "transit" is a word of the article).
   */
  properWords: boolean;
  /** Inside a title-case headline: a label over the article, no clause of its discourse. */
  headline: boolean;
  /** Named in passing: right after a preposition or a verb ("a photo of Heidi Cruz", "accused Rafael Cruz"). */
  object: boolean;
  /** An acronym defined in parentheses right after the name ("Northern Grid Authority (NGA)"). */
  acronym: string | null;
  entity: Entity | null;
}

/** A person, organisation or other source the article names, with all its mentions. */
export interface Entity {
  /** Position in order of first mention; the roster id is derived from it. */
  index: number;
  /** Fullest form of the name in the article, without titles; '' for an unnamed source. */
  name: string;
  /** False for an unnamed source ("a senior official") that the sieves grouped. */
  named: boolean;
  words: string[];
  kind: EntityKind;
  /** Short forms that also name it: acronyms, surnames. Lower case. */
  aliases: Set<string>;
  /** Descriptors, merged once per entity, in first-seen order (a Set: no includes() loops). */
  descriptors: Set<string>;
  /** Gender only from the article's own evidence (never from a first name). */
  gender: Gender | null;
  genderEvidence: GenderEvidence[];
  /** First name's usual gender (data table): used for pronoun agreement, never reported. */
  nameGender: Gender | null;
  /** Any mention showed it is a person (first name, honorific, title). */
  personEvidence: boolean;
  mentions: NameMention[];
  /** Other spans that refer to it (pronouns, role nominals, documents) found while attributing. */
  references: Span[];
}

/** The entity layer of one document. */
export interface EntityLayer {
  entities: Entity[];
  /** Every name mention in document order. */
  mentions: NameMention[];
  /** Name mentions that are clause subjects, in document order. */
  subjects: NameMention[];
  /** Lower-case full name → entity. */
  byName: Map<string, Entity>;
  /** Lower-case single word (surname, first name, acronym, org head) → mentions carrying it, in document order. */
  byWord: Map<string, NameMention[]>;
}

/** A speaker phrase read as a role: "the Republican presidential nominee", "Clinton’s campaign" (role-nominal.ts). */
export interface RolePhrase {
  /** Lower-case head noun ("nominee"). */
  head: string;
  /** Lower-case modifiers before it that identify ("republican"). */
  modifiers: string[];
  /** Modifiers written with a capital ("republican" in "the Republican nominee"), lower case. */
  proper: string[];
  /** The possessor before the head, as written ("Clinton", "her"), or null. */
  possessor: string | null;
  definite: boolean;
  /** Opens with an indefinite determiner ("a former party chairman", "an attorney"): a new source, maybe named later. */
  indefinite: boolean;
  /** No determiner at all: a title standing alone ("Senator from Texas says", "current Democratic nominee"). */
  bare: boolean;
  /** The name after `for`/`to` that says whom the source works for ("Hillary Clinton" in "a spokeswoman for Hillary Clinton"), or null. */
  owner: string | null;
}
