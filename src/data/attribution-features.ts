// Words the features of stages/find-scored-attributions.ts test for. They are part of the learned
// model: change one and retrain (`npm run train:attributions`), or the weights no longer fit.

/** Subject pronouns named in the subject feature (`he endorsed`). */
export const FEATURE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** A relative subject (`who endorsed`, `which backed`). */
export const FEATURE_RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which']);
/** Words that open a wh-complement (`asked whether …`, `explained how …`). */
export const FEATURE_WH_WORDS: ReadonlySet<string> = new Set(['whether', 'why', 'how', 'what', 'who', 'when', 'where', 'which', 'if']);
/** Auxiliary-position words, each with the flag it sets: negation, perfect, modal, be. */
export const FEATURE_AUXILIARIES: ReadonlyMap<string, string> = new Map([
  ['not', 'neg'], ["n't", 'neg'], ['n’t', 'neg'], ['never', 'neg'], ['no', 'neg'],
  ['has', 'perf'], ['have', 'perf'], ['had', 'perf'],
  ['will', 'mod'], ['would', 'mod'], ['could', 'mod'], ['can', 'mod'], ['might', 'mod'], ['may', 'mod'], ['should', 'mod'], ['must', 'mod'],
  ['is', 'be'], ['was', 'be'], ['are', 'be'], ['were', 'be'], ['be', 'be'], ['been', 'be'], ['being', 'be'],
]);
/** Prepositions whose object is the content (`talked about …`, `pushed for …`), named in the complement feature. */
export const FEATURE_CONTENT_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'for', 'on', 'with', 'to', 'as', 'of', 'in', 'at', 'by']);
/** Tags that open (and continue) an object noun phrase. */
export const FEATURE_NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);
/**
 * Punctuation that ends an object noun phrase. Not a comma: objects run on over commas (`him as a
 * generous, patient man`; train: a comma cut lost more gold than it saved, CV precision at 300 kept 78 → 82%).
 */
export const FEATURE_PHRASE_ENDS: ReadonlySet<string> = new Set([';', ':', '—', '–', '--', '(']);
