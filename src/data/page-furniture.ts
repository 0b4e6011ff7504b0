// Patterns of page furniture: the parts of a news page that are not the article's prose
// (link lines, captions and credits, bylines, boilerplate). Rules live in
// stages/find-page-furniture.ts; quotes and speaker names never come from these paragraphs.

/** A paragraph that opens with one of these labels and a colon (or dash) is a link line: `WATCH: …`, `READ MORE: …`. */
export const LINK_LABELS: readonly string[] = [
  'watch', 'read more', 'read', 'more', 'related', 'related story', 'related stories', 'see also', 'also read',
  'listen', 'video', 'photos', 'photo gallery', 'gallery', 'click here', 'sign up', 'subscribe', 'podcast',
  'more coverage', 'latest', 'also', 'recommended', 'trending', 'top stories', 'opinion', 'explainer',
];

/**
 * Opening of a note from the publisher set apart from the article: `Editor's note: …`, `EDITORS'
 * NOTE — …`. Such notes are often one stock paragraph pasted under many articles (polnear_train:
 * 18 records in 20 notes, 2 of them annotated, all in notes without quotation marks).
 */
export const EDITOR_NOTE_OPENING: RegExp = /^editors?['’]?s?['’]?\s+note\s*[:—–-]/iu;

/**
 * Opening of a note on the article's own revisions: `This story has been updated to include …`,
 * `Correction: An earlier version of this article misstated …`. What it says the story said is no
 * one's attribution, quotation marks or not (polnear_train: 4 records in such notes, none
 * annotated; dev 1 of 1). (`Clarification: The mayor is calling for …` restates the news: prose.)
 */
export const REVISION_NOTE_OPENING: RegExp =
  /^(?:(?:correction|clarification)s?\s*[:—–-]\s*)?(?:an?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:story|article|post|report|piece)\b|this\s+(?:story|article|post|report|piece)\s+(?:has\s+been|was)\s+(?:updated|revised|corrected|changed)\b)/iu;

/** Whole paragraphs that are boilerplate (compared lower-cased, without final punctuation). */
export const BOILERPLATE_PARAGRAPHS: readonly string[] = [
  'story continues below', 'story continues below advertisement', 'article continues below', 'advertisement',
  'continue reading', 'continue reading below', 'scroll down for video', 'share this article', 'share',
  'comments', 'listen to this article', 'report an error', 'editorial standards', 'sponsored content',
  'this article is more than 1 year old', 'skip advertisement', 'ad', 'loading', 'sign up for our newsletter',
];

/**
 * Markers of a photo or video credit: `(AP Photo/Jane Doe)`, `Photo: Jane Doe/Herald`,
 * `John Smith / Getty Images`, `Courtesy of the city`. A short paragraph with one is a credit
 * or a caption with its credit.
 */
export const CREDIT_MARKERS: RegExp =
  /\b(?:AP Photo|Getty Images|Getty\b|(?:Photo|Photograph|Image|Video|Picture)s?\s*(?:by\b|:|credit\b)|Credit:|Courtesy(?: of)?\b|File photo|\/\s*The Canadian Press|Shutterstock|iStock)|\((?:AP|Reuters|AFP|Bloomberg|CP|Supplied)\b[^)]*\)(?!\s*[—–-])|\b(?:REUTERS|AFP|AP|EPA)\/\p{Lu}/u;

/** Opening of a byline paragraph: `By Jane Doe`, `BY JANE DOE, Staff Reporter`. */
export const BYLINE_OPENING: RegExp = /^by\s+\p{Lu}/iu;

/** Lines that credit the reporting or point to the writer: `— With files from …`, `Follow Jane Doe on Twitter`. */
export const WRITER_LINES: RegExp = /^(?:[—–-]\s*)?(?:with files from|with reporting by|additional reporting by|follow\s+.+\s+on\s+(?:twitter|x|instagram|facebook)|contact\s+.+\s+at\s|reach\s+.+\s+at\s|email\s+.+@|.+@[a-z0-9-]+\.[a-z]{2,}$)/iu;
