// Closed-class words that rules test for.

/** Forms of `be` that make a participle passive: `was told`, `is said`, `it's said`. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Words that negate a verb shortly after them: `did not say`, `never told`. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
