// Words of the attributions that have no source (src/rules/sourceless-attributions.ts):
// `The plant seems to lose money`, `The driver was charged with speeding`. PolNeAR counts them
// in two parts, the subject and what is said of it, with no source.

/** Verbs that raise their subject out of what is said of it: `X seems to …`, `X appears to …`. */
export const RAISING_LEMMAS: ReadonlySet<string> = new Set(['seem', 'appear']);

/** Verbs after `seems to` that make a description rather than a content (`seems to be`, `seems to have`): left out. */
export const RAISED_COPULAS: ReadonlySet<string> = new Set(['be', 'have']);

/**
 * Verbs whose passive says a judgement of the subject without saying whose, with the words
 * that open the judgement (`was charged with fraud`, `is known as the Golden Week`). A bare
 * object (`is considered a threat`, `was labeled “Mostly True”`) was measured at 38–69% on
 * polnear_train and is left out.
 */
export const PASSIVE_JUDGEMENT_FRAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['charge', new Set(['with'])],
  ['accuse', new Set(['of'])],
  ['criticize', new Set(['for', 'as'])],
  ['criticise', new Set(['for', 'as'])],
  ['blame', new Set(['for'])],
  ['see', new Set(['as'])],
  ['regard', new Set(['as'])],
  ['know', new Set(['as', 'for'])],
  ['consider', new Set(['as'])],
  ['rate', new Set(['as'])],
  ['describe', new Set(['as'])],
]);

/**
 * What opens the question or request after a passive `asked` with no asker (`The coach was asked
 * whether the team would travel`, `was asked about the budget`, `was asked to name …`).
 */
export const ASKED_OPENERS: ReadonlySet<string> = new Set(['about', 'to', 'whether', 'if', 'what', 'how', 'why', 'who', 'when', 'where', 'which']);
