// Transcripts print each turn as a label in capitals and a colon: `PENCE: Well, look, …`,
// `MR. TRUMP: …`. Rules live in rules/transcript-label.ts.

/**
 * Labels in capitals before a colon that name no speaker: stage directions, editors' notes,
 * link lines (`NOTE: …`, `(CROSSTALK)`, `UPDATE: …`). Compared lower-cased, full stops dropped.
 */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'note', 'notes', "editor's", 'editor’s', 'editors', 'update', 'updated', 'updates', 'correction', 'clarification',
  'crosstalk', 'laughter', 'applause', 'inaudible', 'unintelligible', 'begin', 'end', 'video', 'clip', 'audio',
  'transcript', 'breaking', 'exclusive', 'watch', 'read', 'related', 'more', 'photo', 'photos', 'source', 'sources',
  'advertisement', 'warning', 'spoiler', 'disclaimer', 'caption', 'live', 'analysis', 'opinion', 'commentary',
  'question', 'answer', 'tl', 'dr', 'ps', 'faq', 'pm', 'am', 'et', 'pt', 'gmt', 'utc',
]);

/** Words of a label at most: `REP. JOHN SMITH:` */
export const MAX_LABEL_WORDS = 4;
