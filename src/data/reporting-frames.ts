// Words that shape reported speech without quote marks: which speech verbs take a bare
// clause, an object, or a naming complement; where an attribution starts and a clause ends.
// Rules live in stages/find-indirect-quotes.ts; these tables only list words.

/**
 * Speech verbs that take a clause without "that": `Bolton said Russia refused…`. Other speech
 * verbs report a clause only after a complementiser (`X pointed out that …`).
 */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'note', 'write', 'tweet', 'post', 'argue', 'claim', 'insist', 'warn',
  'explain', 'acknowledge', 'admit', 'concede', 'announce', 'predict', 'suggest', 'state',
  'declare', 'testify', 'report', 'complain', 'contend', 'maintain', 'assert', 'allege',
  'boast', 'confirm', 'emphasize', 'emphasise', 'stress', 'recall', 'reveal', 'promise', 'vow',
  'pledge', 'agree', 'estimate', 'guess', 'hint', 'imply', 'joke', 'quip', 'remark', 'observe',
  'reiterate', 'repeat', 'speculate', 'swear', 'assure', 'inform', 'remind', 'counter',
  'reply', 'retort', 'lament', 'grumble', 'muse', 'mention', 'caution', 'concur', 'conclude',
  'disclose', 'proclaim', 'protest', 'recount',
]);

/** Verbs that report a request or promise as `to` + verb: `Trump urged supporters to vote`. */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'urge', 'ask', 'tell', 'instruct', 'promise', 'vow', 'pledge', 'demand', 'warn', 'remind',
  'threaten', 'encourage', 'advise', 'call', 'decline', 'refuse',
]);

/**
 * Speech verbs that do not close an attribution by themselves (`…, he put it` is rare; `…, she
 * called` never is). Everything else in SPEECH_VERB_LEMMAS may end a sentence: `…, Graham said.`
 */
export const NOT_TRAILING_VERBS: ReadonlySet<string> = new Set([
  'put', 'point', 'call', 'figure', 'rule', 'object', 'charge', 'question', 'challenge', 'cite',
  'describe', 'characterize', 'characterise', 'criticize', 'criticise', 'blast', 'dismiss',
  'accuse', 'begin', 'finish', 'signal', 'indicate', 'instruct', 'recommend', 'urge',
  'inform', 'remind', 'demand', 'label', 'dub', 'brand', 'text', 'post', 'suggest',
  'defend', 'thank', 'condemn', 'denounce', 'praise', 'hail', 'slam', 'blame', 'decline', 'refuse', 'reject',
]);

/**
 * Of NOT_TRAILING_VERBS, those that may still interrupt a clause between commas: `Voters,
 * Clinton suggested, don’t have to worry …`, `Soon after, the evidence indicates, Roberts
 * assigned …` (polnear_train: 5 records, all right; the other verbs there add none).
 */
export const PARENTHETICAL_CUE_VERBS: ReadonlySet<string> = new Set(['suggest', 'indicate']);

/** Words that open a reported clause right after its cue: `said that …`, `told him how …`. */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/** Time and manner words that sit between a cue and its clause: `said Monday that …`. */
export const CUE_ADVERBIALS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week',
  'weekend', 'month', 'year', 'last', 'this', 'earlier', 'later', 'recently', 'previously',
  'then', 'now', 'also', 'again', 'repeatedly', 'privately', 'publicly', 'separately',
  'frequently', 'often', 'once', 'later', 'too', 'flatly', 'bluntly', 'simply', 'further',
]);

/** Relative pronouns: `…, who said little, …` is a relative clause (content ends at its comma). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);

/** Words that, straight before a participle, make it an adjective: `the so-called deal`, `well-said`. */
export const PARTICIPLE_MODIFIERS: ReadonlySet<string> = new Set(['so', 'well', 'aforementioned', 'oft', 'often', 'much', 'long']);

/**
 * Determiners that float after a plural subject and so stand right before its verb (`Brown and
 * Menendez all suggested that …`, `the two leaders both said`): before a cue word they do not
 * make it an adjective, as `the said agreement` does.
 */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/**
 * Belief verbs whose `to` + verb is an intention (wide scope): `Clinton wants to expand the
 * program`, `the group plans to sue`. polnear_train wide, with the subject and modal checks of
 * find-indirect-quotes.ts: +77 matched for +96 records (want 74%, plan/hope/intend 86%);
 * `seek` was 62% and is left out.
 */
export const BELIEF_INFINITIVE_LEMMAS: ReadonlySet<string> = new Set(['want', 'plan', 'hope', 'intend', 'expect']);

/** Modal auxiliaries: before `want to` they make advice or a question (`may want to`, `will … want to`), not an intention. */
export const MODAL_AUXILIARIES: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would', 'should', 'will', 'must', 'can', 'shall', "'d", '’d', "'ll", '’ll']);

/** The writer and the reader as subjects outside quotes: `I wanted to …`, `If you want to …` report no one's intention. */
export const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'us', 'me']);

/** Belief verbs that take a clause without "that": `X thinks the plan will fail`. */
export const BELIEF_BARE_CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  'think', 'believe', 'feel', 'know', 'hope', 'fear', 'expect', 'doubt', 'worry', 'assume', 'suspect',
]);

/** Objects that make `said` report nothing: `who said nothing`, `said hello`. */
export const EMPTY_OBJECTS: ReadonlySet<string> = new Set([
  'nothing', 'little', 'much', 'something', 'anything', 'everything', 'hello', 'goodbye', 'so',
  'yes', 'no', 'thanks', 'sorry', 'this', 'it', 'that', 'more', 'less', 'otherwise',
]);

/** Before `to say`, these make an idiom, not a report: `not to say`, `needless to say`. */
export const IDIOM_BEFORE_TO: ReadonlySet<string> = new Set(['not', 'is', 'needless', 'suffice', 'safe', 'fair', 'so', 'strange', 'sad', 'hard']);

/**
 * Speech verbs whose object noun phrase is what was said, when no clause follows:
 * `questioned the health of Donald Trump`, `announced the arrest of a man`.
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'cite', 'criticize', 'criticise', 'question', 'announce', 'mention', 'deny', 'dismiss', 'blast',
  'promise', 'pledge', 'demand', 'recommend', 'reiterate', 'repeat', 'acknowledge', 'admit',
  'confirm', 'reveal', 'predict', 'propose', 'condemn', 'praise', 'describe',
  'note', 'report', 'explain', 'stress', 'emphasize', 'emphasise', 'tout', 'accuse', 'charge',
  'defend', 'thank', 'denounce', 'hail', 'slam', 'blame',
]);

/** Words that open an adverbial clause (the tagger often calls `as`, `after` prepositions). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as', 'when', 'while', 'whilst', 'after', 'before', 'though', 'although', 'until', 'whereas',
]);

/** Words that label a paragraph without naming a speaker: `Update:`, `Editor's note:`, `Photo:`. */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', 'editor', 'photo', 'photos', 'video', 'watch', 'read', 'related',
  'source', 'sources', 'correction', 'clarification', 'warning', 'follow', 'subscribe', 'via',
  'credit', 'caption', 'transcript', 'q', 'a', 'question', 'answer', 'breaking', 'live', 'exclusive',
  'analysis', 'opinion', 'editorial', 'review', 'commentary', 'listen', 'see', 'more', 'also',
  'filed', 'tags', 'topics', 'share', 'advertisement', 'sponsored', 'recommended',
]);

/**
 * Speech verbs that introduce only quoted words (`She began: “…”`, `he finished, “…”`), never
 * a reported clause: `As the race began, Cruz was …`, `begin in three weeks -- … a tide that …`.
 */
export const QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set(['begin', 'finish']);
