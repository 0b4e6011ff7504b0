// Words that name the same party or body in a role ("the GOP nominee" is "the Republican
// nominee"). Lower case; each maps to the form the article may have used instead.

/** Modifier → equivalent modifiers, both ways. */
export const ROLE_MODIFIER_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['gop', ['republican']],
  ['republican', ['gop']],
  ['democratic', ['democrat']],
  ['democrat', ['democratic']],
  ['u.s.', ['american', 'us', 'united states']],
  ['american', ['u.s.', 'us']],
]);

/** Lower-case nouns after a name that make it an organisation ("the Clinton campaign"). */
export const NAME_ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set(['campaign', 'administration', 'camp', 'foundation', 'police']);

/** Lower-case words in a role phrase that say nothing about which entity it is (`the former mayor` is the mayor). */
export const ROLE_NEUTRAL_MODIFIERS: ReadonlySet<string> = new Set(['former', 'current', 'then', 'new', 'presidential', 'vice', 'deputy', 'top', 'longtime', 'senior', 'chief', 'nonpartisan', 'bipartisan', 'outgoing', 'incoming', 'embattled', 'federal', 'national', 'state', 'local', 'two', 'both']);

/** Organisation nouns used without an article as definite references (`police said` = the police). */
export const BARE_DEFINITE_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(['police']);

/**
 * Role head → other words the article may describe the same role with ("the judge" is
 * "Justice Amos Pell"; "Hunt's lawyer" is "an attorney for Hunt"; "Sen." and "Dr."
 * are how titles stand before a name). Lower case; a descriptor holding one holds the role.
 */
export const ROLE_HEAD_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice']],
  ['justice', ['judge']],
  ['lawyer', ['attorney', 'counsel']],
  ['attorney', ['lawyer', 'counsel']],
  ['doctor', ['dr.', 'physician']],
  ['physician', ['doctor', 'dr.']],
  ['senator', ['sen.']],
  ['governor', ['gov.']],
  ['representative', ['rep.']],
  ['congressman', ['rep.', 'representative']],
  ['congresswoman', ['rep.', 'representative']],
  ['spokesman', ['spokesperson']],
  ['spokeswoman', ['spokesperson']],
  ['professor', ['prof.']],
  ['reverend', ['rev.']],
]);

/** Determiners that bring in a new source (`a former mayor`, `one official`), who may be named later. */
export const NEW_SOURCE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** Prepositions after a role that name whom the source works for (`a spokeswoman for Ann Petrie`, `an adviser to Petrie`). */
export const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to']);

/** Heads of a role phrase that are no title before a name (so not in TITLE_WORDS): `Apple's chief executive`, `the head of Sony`. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(['executive', 'head']);
