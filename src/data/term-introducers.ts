/**
 * Words that, just before a quote mark, announce a term, a name or a title rather than
 * speech: the so-called “woke” agenda, the film “Jaws”, a group nicknamed “the Squad”.
 */
export const TERM_INTRODUCERS: ReadonlySet<string> = new Set([
  'so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'labeled', 'labelled',
  'term', 'terms', 'word', 'words', 'phrase', 'slogan', 'hashtag', 'motto', 'headline',
  'film', 'movie', 'book', 'novel', 'song', 'album', 'show', 'series', 'play', 'poem',
  'episode', 'documentary', 'article', 'essay', 'column', 'report', 'op-ed', 'program',
  'programme', 'campaign', 'operation', 'codenamed', 'known', 'aka', 'alias',
]);

/** Small words that a title in Title Case leaves in lower case. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by',
  'with', 'from', 'as', 'is', 'vs', 'via',
]);
