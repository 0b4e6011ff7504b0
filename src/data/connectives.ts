/**
 * Words that open a sentence without making it a reported clause: `Then “We are ready,” Lee
 * said.` is a direct quote, not a mixed one.
 */
export const SENTENCE_CONNECTIVES: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'so', 'then', 'yet', 'still', 'now', 'later', 'again', 'also', 'instead',
  'meanwhile', 'finally', 'however', 'indeed', 'and then', 'but then', 'afterward', 'afterwards',
  'lastly',
]);
