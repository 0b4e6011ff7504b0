// Adjectives that state a source's attitude after a form of `be` (stages/find-attitude-predicates.ts):
// `The coach was critical of the schedule`, `Shareholders are hopeful that the deal closes`,
// `The union is reluctant to strike`. PolNeAR annotates them as attributions (the adjective is the
// cue, the subject the source). Each adjective with the complements it takes as content; on
// polnear_train the pairs below were annotated 75% of the time (102 of 136 outside other reports),
// those left out less: `sure` 0 of 2, `bullish` 0 of 2, and adjectives that rate a thing rather
// than voice a view (`likely to` 18%, `able to` 11%, `hard to` 32%, `clear that` 33%).

/** `to` + verb after the adjective. */
const TO = 'to';

/** Adjective → the words that open its content: `that`, `to` (+ verb) or a preposition. */
export const ATTITUDE_ADJECTIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['critical', ['of']],
      ['skeptical', ['of', 'about', 'that']],
      ['sceptical', ['of', 'about', 'that']],
      ['dismissive', ['of']],
      ['supportive', ['of']],
      ['complimentary', ['of']],
      ['appreciative', ['of']],
      ['enamored', ['of', 'with']],
      ['fond', ['of']],
      ['proud', ['of', 'that']],
      ['wary', ['of', 'about']],
      ['leery', ['of', 'about']],
      ['cynical', ['about']],
      ['sanguine', ['about']],
      ['dubious', ['about', 'of']],
      ['passionate', ['about']],
      ['hesitant', [TO]],
      ['mindful', ['of']],
      ['eager', [TO]],
      ['reluctant', [TO]],
      ['willing', [TO]],
      ['unwilling', [TO]],
      ['determined', [TO]],
      ['keen', [TO]],
      ['open', [TO]],
      ['interested', ['in']],
      ['concerned', ['that', 'about', 'over']],
      ['worried', ['that', 'about', 'over']],
      ['afraid', ['that']],
      ['hopeful', ['that', 'about']],
      ['optimistic', ['that', 'about']],
      ['pessimistic', ['that', 'about']],
      ['confident', ['that', 'in', 'about']],
      ['convinced', ['that']],
      ['adamant', ['that', 'about']],
      ['insistent', ['that']],
      ['aware', ['that']],
      ['upbeat', ['about']],
      ['angry', ['about', 'that', 'over', 'with', 'at']],
      ['furious', ['about', 'that', 'over', 'with', 'at']],
      ['outraged', ['by', 'at', 'over', 'that']],
      ['troubled', ['by', 'that']],
      ['alarmed', ['by', 'at', 'that']],
      ['disturbed', ['by', 'that']],
      ['irritated', ['by', 'at', 'with', 'about']],
      ['delighted', ['by', 'with', 'that']],
      ['upset', ['about', 'that', 'over', 'with']],
      ['frustrated', ['that', 'with', 'by']],
      ['disappointed', ['that', 'in', 'with', 'by']],
      ['unhappy', ['with', 'about', 'that']],
      ['happy', ['with', 'about', 'that']],
      ['pleased', ['with', 'that', 'about']],
      ['comfortable', ['with']],
      ['uncomfortable', ['with']],
      ['excited', ['about', 'that']],
      ['enthusiastic', ['about']],
      ['vocal', ['about', 'in']],
      ['outspoken', ['about', 'in']],
      ['candid', ['about']],
      ['coy', ['about']],
      ['forthcoming', ['about', 'with']],
      ['tired', ['of']],
      ['grateful', ['for', 'that']],
      ['thankful', ['for', 'that']],
    ] as const
  ).map(([adjective, openers]) => [adjective, new Set<string>(openers)]),
);

/** Verbs that link a subject to the adjective: `was critical`, `seemed eager`, `grew frustrated`. */
export const LINKING_VERBS: ReadonlySet<string> = new Set(['be', 'seem', 'appear', 'remain', 'become', 'grow', 'sound', 'feel', 'look']);

/**
 * Participles of feeling and conviction: after a form of `be` their subject holds the view
 * (`Mr. Ackman is convinced that …`, `Neither man was impressed by her`, `Democrats are worried
 * about …`), so it is the source, not someone spoken about as in a passive (`was asked`); a
 * `by` phrase after them names what caused the feeling, not a speaker.
 */
export const HOLDER_PARTICIPLES: ReadonlySet<string> = new Set([
  ...[...ATTITUDE_ADJECTIVES.keys()].filter((a) => a.endsWith('ed')),
  'assured', 'impressed', 'unimpressed', 'persuaded', 'unconvinced', 'satisfied', 'dissatisfied', 'encouraged',
  'heartened', 'dismayed', 'surprised', 'shocked', 'stunned', 'angered', 'incensed', 'offended', 'annoyed', 'puzzled',
  'perplexed', 'baffled', 'intrigued', 'thrilled', 'committed', 'opposed', 'inclined', 'relieved', 'embarrassed',
  'horrified', 'appalled', 'disgusted', 'saddened', 'divided', 'torn', 'resigned',
]);
