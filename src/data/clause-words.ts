// Words that open or bound clauses.

/**
 * Words that open an adverbial clause (`When the vote failed, …`, `Though …`); the tagger
 * often calls `as`, `after`, `before` prepositions.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as', 'when', 'while', 'whilst', 'after', 'before', 'though', 'although', 'until', 'whereas',
  'because', 'since', 'if', 'once', 'where', 'whenever', 'wherever', 'unless',
]);

/**
 * Words tagged as prepositions after which a clause's subject may stand (`after Trump said`,
 * `as Bolton put it`, `but Clinton said`): the subordinators and two more.
 */
export const PREPOSITIONS_BEFORE_SUBJECT: ReadonlySet<string> = new Set([...SUBORDINATORS, 'but', 'than']);
