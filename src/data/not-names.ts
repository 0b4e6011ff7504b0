// Capitalised words and phrases that are never a speaker's name, though a run of capitals
// reads like one: page furniture, subheads and sentence-initial words. Lower case.

/**
 * Page furniture and subhead words: "Story continues below", "Photo credit", "Read more",
 * "Advertisement". A name run made only of these (and of places, months, days) is no one.
 */
export const PAGE_FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'story', 'continues', 'continued', 'below', 'above', 'photo', 'photos', 'photograph', 'credit',
  'credits', 'getty', 'images', 'image', 'caption', 'read', 'more', 'advertisement', 'sponsored',
  'related', 'watch', 'video', 'listen', 'share', 'comments', 'comment', 'subscribe', 'click',
  'here', 'coverage', 'update', 'updated', 'editor', "editor's", 'note', 'file',
  'reporting', 'additional', 'contributed', 'copyright', 'rights', 'reserved', 'abstract', 'full',
  'text', 'page', 'section', 'opinion', 'analysis', 'exclusive', 'breaking', 'news', 'live',
  'transcript', 'poll', 'polls', 'article', 'articles', 'having', 'doctors', 'overall', 'meanwhile',
  'however', 'still', 'yet', 'instead', 'indeed', 'also', 'so', 'but', 'and', 'or', 'if', 'when',
  'while', 'after', 'before', 'since', 'because', 'although', 'though', 'as', 'at', 'in', 'on',
  'for', 'with', 'without', 'by', 'from', 'to', 'of', 'about', 'during', 'despite', 'according',
]);

/** Page-furniture lines as a whole ("Story continues below", "Photo: AP"), tested on the run's text. */
export const PAGE_FURNITURE_PATTERNS: readonly RegExp[] = [
  /^(story|article) continues\b/iu,
  /^(photo|image|video)( credit)?s?\b/iu,
  /^(read|see|watch) (more|also|next)\b/iu,
  /^(advertisement|sponsored|related)\b/iu,
  /^(abstract|full text)\b/iu,
];

/** Month and weekday names: "March", "May" and "August" are also first names, but not after a date word. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept',
  'sep', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);
