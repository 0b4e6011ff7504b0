// Headline cue words (#14, wide scope). A headline drops `that`, articles and auxiliaries and is
// often in title case (`Senator Rips Plan As 'Reckless'`), so the tagger reads its verbs as names
// and no clause rule fires. These are the words that head an annotated attribution in a
// polnear_train headline (the first word of a gold cue in paragraph 0) and rarely stand in a
// train headline without one: the present forms a headline writes (singular and plural
// subjects), learned from train and checked there (scripts and figures: docs/scope.md).

/** Cue words: the subject before them is the source, the rest of the headline the content. */
export const HEADLINE_CUE_WORDS: ReadonlySet<string> = new Set([
  'says', 'say', 'tells', 'tell', 'calls', 'call', 'urges', 'urge', 'praises', 'praise', 'endorses', 'endorse',
  'slams', 'slam', 'blasts', 'blast', 'rips', 'rip', 'reveals', 'reveal', 'hints', 'announces', 'announce',
  'claims', 'claim', 'defends', 'defend', 'promises', 'promise', 'suggests', 'suggest', 'champions',
  'sees', 'seeks', 'seek', 'demands', 'demand', 'vows', 'vow', 'pledges', 'pledge', 'rejects', 'reject',
  'denounces', 'denounce', 'mocks', 'mock', 'trashes', 'backs', 'blames', 'blame', 'warns', 'warn',
  'accuses', 'accuse', 'questions', 'insists', 'insist', 'admits', 'admit', 'dismisses', 'dismiss',
  'criticizes', 'criticises', 'criticize', 'chides', 'rebuts', 'derides', 'assails', 'decries', 'decry',
  'declares', 'predicts', 'predict', 'explains', 'explain', 'wants', 'finds', 'hails', 'hail', 'touts',
  'tout', 'knocks', 'knock', 'scolds', 'lambastes', 'condemns', 'condemn', 'applauds', 'applaud',
  'pans', 'pan', 'disputes', 'dispute', 'denies', 'deny', 'confirms', 'confirm', 'acknowledges',
  'compares', 'argues', 'argue', 'asks', 'ask', 'thanks', 'fears', 'fear', 'rules',
  'prefer', 'prefers', 'swipes', 'debunks', 'whacks', 'rebuke', 'rebukes', 'welcome', 'welcomes',
  'presses', 'press', 'promote', 'promotes', 'oppose', 'opposes', 'threaten', 'threatens', 'rebuffs', 'pressure', 'pressures',
  'supports', 'support', 'nominates', 'nominate', 'speaks', 'speak', 'attacks', 'attack', 'sums', 'tweets', 'apologizes', 'apologises', 'ignores', 'votes', 'vote',
  'aims', 'aim', 'refuses', 'refuse', 'pushes', 'reassures', 'reassure', 'heckles', 'confronts', 'confront', 'debunks', 'quotes',
  'shares', 'share', 'goes', 'breaks', 'doubles', 'lays', 'push', 'pile',
]);

/** Verbs after `to` that announce an attribution (`Union to Endorse Mayor`, `Club to Sue League`); not `to skip`, `to increase`. */
export const HEADLINE_INFINITIVE_CUES: ReadonlySet<string> = new Set([
  'endorse', 'back', 'sue', 'campaign', 'call', 'urge', 'ask', 'seek', 'propose', 'announce', 'unveil', 'oppose',
  'support', 'challenge', 'demand', 'pledge', 'testify', 'warn', 'defend', 'criticize', 'blast', 'slam', 'appeal',
]);

/** Adverbs a headline puts before its cue (`Trump Just Revealed …`): part of the cue. */
export const HEADLINE_CUE_ADVERBS: ReadonlySet<string> = new Set(['just', 'finally', 'now', 'also', 'again', 'openly', 'publicly', 'reportedly', 'fully']);

/** Past forms, read only after one of HEADLINE_CUE_ADVERBS (`Just Said`, `Finally Endorsed`): alone they are participles (`Plan Praised By …`). */
export const HEADLINE_PAST_CUE_WORDS: ReadonlySet<string> = new Set([
  'said', 'told', 'called', 'revealed', 'announced', 'endorsed', 'praised', 'slammed', 'blasted', 'claimed',
  'confirmed', 'admitted', 'dismissed', 'insulted', 'shared', 'vowed', 'explained', 'destroyed', 'trolled', 'embraced', 'supported', 'gave', 'made', 'nominated',
]);

/**
 * Cue words that are also common nouns (`roll call vote`, `RNC rules clash`, `Nomination questions`):
 * read as a cue only in title case or when the tagger takes them for a verb.
 */
export const HEADLINE_NOUN_LIKE_CUES: ReadonlySet<string> = new Set([
  'call', 'calls', 'rules', 'questions', 'backs', 'claims', 'claim', 'praise', 'promise', 'promises', 'pledge', 'pledges',
  'demand', 'demands', 'fears', 'fear', 'thanks', 'pans', 'pan', 'press', 'presses', 'pressure', 'pressures', 'support',
  'supports', 'blast', 'blasts', 'slams', 'slam', 'hints', 'champions', 'target', 'targets', 'swipes', 'knocks', 'knock',
  'vow', 'vows', 'warn', 'welcome', 'attack', 'attacks', 'welcomes', 'tout', 'hail', 'rebuke', 'rebukes', 'mock', 'dispute', 'disputes',
  'aim', 'aims', 'quotes', 'share', 'shares', 'push', 'pushes', 'breaks', 'lays',
]);

/**
 * Cue words that are cues only before one of these words (`Judge Rules Against …`, `Panel Votes To
 * …`) or ending the headline (`…, judge rules.`): `Power Plant Rules Face Test`, `Got More Votes In
 * Ohio` are nouns.
 */
export const HEADLINE_CUES_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['rules', new Set(['against', 'for', 'on', 'out', 'in'])],
  ['rule', new Set(['against', 'for', 'on', 'out', 'in'])],
  ['votes', new Set(['to', 'for', 'against'])],
  ['vote', new Set(['to', 'for', 'against'])],
  // Phrasal cues (the particle is part of the cue): `Goes After`, `Breaks With`, `Doubles Down`, `Lays Out`.
  ['goes', new Set(['after'])],
  ['breaks', new Set(['with'])],
  ['doubles', new Set(['down'])],
  ['lays', new Set(['out'])],
  ['pile', new Set(['on'])],
  ['push', new Set(['for'])],
]);

/** Particles of the phrasal cues above, part of the cue (`Goes After`), besides HEADLINE_CUE_PARTICLES. */
export const HEADLINE_PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['after', 'with', 'down']);

/** Particles that join a cue word (`calls for`, `calls on`, `hints at`, `rules against`): part of the cue. */
export const HEADLINE_CUE_PARTICLES: ReadonlySet<string> = new Set(['for', 'on', 'at', 'against', 'out', 'up', 'off']);

/** Punctuation that opens a new part of a headline (`The Latest: Mayor Says …`, `After a loss, fans blast …`). */
export const HEADLINE_PART_BREAKS: ReadonlySet<string> = new Set([':', ',', ';', '—', '–', '|']);

/** Punctuation dropped from the end of a headline's content (its closing quote marks stay). */
export const HEADLINE_TRAILING: ReadonlySet<string> = new Set(['.', ';', ':', ',', '!', '—', '–', '|']);

/** Tags of lower-case words a subject does not contain (a verb or auxiliary of its own: `Rubio has the praise`). */
export const HEADLINE_NOT_IN_SUBJECT: ReadonlySet<string> = new Set(['VERB', 'AUX', 'SCONJ', 'PRON', 'PART']);

/** Subject pronouns that open a content clause after a noun-like cue word (`Candidates promise they will …`). */
export const HEADLINE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** Words of a headline label before a colon that name no source: kickers (`The Latest:`, `Wow:`, `Just Leaked:`, `Paid Notice:`, `BYLINE:`). */
export const HEADLINE_KICKERS: ReadonlySet<string> = new Set([
  'latest', 'wow', 'look', 'revealed', 'boom', 'bombshell', 'busted', 'byline', 'leaked', 'just', 'notice', 'paid',
]);

/** Articles and numbers that open a label naming no source (`The One Thing Both Sides Want:`, `A Curious Plan:`). */
export const HEADLINE_LABEL_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Prepositions a source label may have: a statement's place, topic or hearers (`Mukasey at Convention:`, `Mayor on Levee:`, `Mayor to Voters:`). */
export const HEADLINE_LABEL_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on', 'to', 'about', 'in', 'of', 'from']);

/**
 * Passive judgements a headline writes without the auxiliary (`Mayor Accused Of …`), with the word
 * that must follow (none: `now deemed classified`); as in prose (data/sourceless-frames.ts).
 */
export const HEADLINE_PASSIVE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['accused', new Set(['of'])],
  ['charged', new Set(['with'])],
  ['blamed', new Set(['for'])],
  ['criticized', new Set(['for'])],
  ['criticised', new Set(['for'])],
  ['deemed', new Set<string>()],
]);
