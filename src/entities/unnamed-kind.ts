// The kind of a source the article does not name, from its head noun: many people are a
// `group` ("officials", "a majority of voters", "Another 19 percent"), one unnamed person is
// `anonymous` ("a source", "one of his advisers"); organisations and documents keep their kind.
import { COLLECTIVE_HEADS, ONE_OF_MANY, PERSON_NOUNS } from '../data/entity-words.js';
import { isRoleNoun } from './sieves/role-nominal.js';
import { LAST_NAMES } from '../data/lexicon.generated.js';
import type { SpeakerKind } from '../types.js';
import type { RolePhrase } from './sieves/role-nominal.js';

const WORDS = /[\p{L}\p{N}%-]+/gu;
/** A plural noun: -s but not -ss, -us, -is ("officials", not "boss", "census", "analysis"). */
const PLURAL = /[^su]s$|[^s]es$/u;

/** The kind an unnamed speaker phrase takes; `kind` is what attribution read from it. */
export function unnamedKind(text: string, role: RolePhrase | null, kind: SpeakerKind): SpeakerKind {
  if (kind === 'organization' || kind === 'document') return kind;
  const words = text.toLowerCase().match(WORDS) ?? [];
  if (words.length === 0) return kind;
  if (words.some((w) => w === 'percent' || w.endsWith('%'))) return 'group';
  if (ONE_OF_MANY.has(words[0]!)) return 'anonymous';
  // The head before any "of …" ("a majority of voters" → majority).
  const head = role?.head ?? words[words.length - 1]!;
  if (COLLECTIVE_HEADS.has(head)) return 'group';
  if (PLURAL.test(head) && !LAST_NAMES.has(head) && isLowerCaseIn(text, head)) return 'group';
  // "his ex-wife", "the announcer": one known person the article does not name.
  if (role?.definite && (kind === 'unknown' || kind === 'anonymous') && (PERSON_NOUNS.has(head) || isRoleNoun(head))) return 'person';
  return kind;
}

/** Is the word written in lower case in the phrase (a common noun, not a name such as "Williams")? */
function isLowerCaseIn(text: string, lower: string): boolean {
  return text.includes(lower);
}
