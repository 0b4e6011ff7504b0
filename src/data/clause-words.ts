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

/** Wh-words that are a time or place after a plain `said` (`said when she resigned`), not a report. */
export const TEMPORAL_WH: ReadonlySet<string> = new Set(['when', 'where']);

/** Prepositions inside a role (`a political scientist at Texas Tech`, `the mayor of Chicago`). */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'in', 'with', 'from', 'to', 'on']);

/** Prepositions of a name's place or body ("Rosa Lind of Ashton voted", "Ed Ruiz from the union said"). */
export const NAME_ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from']);

/** Where the head of a role phrase ends: a role preposition, or `by` before the maker (`a video by the party`). */
export const ROLE_PHRASE_ENDS: ReadonlySet<string> = new Set([...ROLE_PREPOSITIONS, 'by']);

/** Words before a participle that heads its own clause: `before asking`, `while noting`, `, and joked`. */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['before', 'after', 'while', 'by', 'when', 'in', 'without', 'despite', 'then', 'and', 'but', 'also', 'even', 'as', 'upon', '—', '–', '-', ':', ';']);

/** Words beside a quote that make it part of a reported clause (`said that “…”`, `to “…”`), not more quoted words. */
export const QUOTE_FRAME_WORDS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'to']);

/** Past participles that do not end in -ed or -en (a reduced relative: "a plan put forward by the board says"). */
export const IRREGULAR_PAST_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'sent', 'held', 'paid', 'led', 'built', 'brought', 'bought', 'put', 'set', 'run', 'cut', 'hit', 'read', 'won', 'told']);

/** Words a reported content may open with before its own subject (`said that X …`, `asked whether X …`). */
export const CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', 'whether', 'if']);

/** Prepositions that may attach a phrase to a subject's noun (`a survey by the college`, `footage from the game`). */
export const SUBJECT_MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'by', 'from', 'for', 'in', 'at', 'on', 'with', 'among', 'within', 'across', 'about']);

/** Determiners that also stand alone as pronouns, so may end a clause: `more than another`, `helped both`. */
export const STANDALONE_DETERMINERS: ReadonlySet<string> = new Set(['another', 'both', 'all', 'each', 'either', 'neither', 'this', 'that', 'these', 'those', 'some', 'any', 'none', 'much', 'many', 'few', 'several', 'enough', 'others']);

/** Prepositions before a gerund cue whose subject is the clause's (`began by telling`, `than reciting`, `for refusing`). */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'for', 'than', 'of', 'about', 'without']);
