// Words that tell a verb group's form (rules/coordinated-cue.ts): after a modal or `to` a verb
// is a base form; `is`, `does` are present; `has`, `had` open a perfect, whose participle a
// second participle may continue.

/** Modals and `to`: the verb after them is a base form (`would order`, `to stop`). */
export const BASE_FORM_OPENERS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', "'ll", "'d", 'to', 'wo', 'ca']);

/** Present forms of the auxiliaries (`is`, `does`). */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'does', 'do']);

/** Perfect auxiliaries: `has ordered … and warned` may be one verb group going on (`has denied it and promised …`). */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', "'ve", 'had']);
