// Closed-class words that rules test for.

/** Forms of `be` that make a participle passive: `was told`, `is said`, `it's said`. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Words that negate a verb shortly after them: `did not say`, `never told`. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/** Words that open a noun phrase before its head: articles, demonstratives, quantifiers, small numbers (`the`, `several`, `those`). */
export const PHRASE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'other', 'this', 'that', 'these', 'those', 'no', 'each', 'every', 'both', 'few', 'most', 'all']);

/** Quantifiers that pick one person out of a group (`one of his advisers`). */
export const ONE_OF_QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'each', 'either', 'neither', 'another']);

/** Quantifiers that take a partitive `of` (`one of the officials`, `some of his aides`): the head is after `of`. */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'some', 'many', 'several', 'each', 'any', 'none', 'all', 'most', 'two', 'three', 'both', 'few', 'either', 'neither']);

/** Determiners that make a phrase indefinite (`a senior official`, `several aides`): an unnamed source, not a named one. */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'few', 'no', 'each', 'every', 'other', 'most', 'all', 'both']);

/** Determiners that point back to someone named before (`the mayor`, `this official`). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/** Articles. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Determiners that do not change which unnamed source a phrase means: `a senior official` … `the senior official`. */
export const SOURCE_KEY_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'another', 'one']);

/** Determiners of a time phrase before a verb (`just this month announced`, `last week said`). */
export const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'that', 'each', 'every']);

/** Words that place a day before it between a subject and its verb (`Sanders late Monday acquiesced`). */
export const DAY_PART_MODIFIERS: ReadonlySet<string> = new Set(['late', 'early', 'earlier', 'later']);

/** Words that stand alone for a group of people as a subject: `some note`, `many say`, `others argue`. */
export const LONE_GROUP_WORDS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'few', 'both', 'all', 'each', 'others']);

/** Shares of people that stand alone as a subject (`a third said`, `Half said`, `a majority agreed`). */
export const FRACTION_WORDS: ReadonlySet<string> = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'half', 'majority', 'minority']);

/** Words that hedge a number or share before it (`About four out of 10`, `Less than a third`). */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'almost', 'nearly', 'roughly', 'some', 'over', 'under', 'just', 'only', 'less', 'more', 'fewer', 'than', 'barely', 'slightly', 'well']);
