import type { Document, Token } from '../document.js';
import type { QuoteDraft } from '../draft.js';
import { MAX_LABEL_WORDS, NOT_SPEAKER_LABELS } from '../data/transcript-labels.js';
import { COURTESY_TITLES, TITLE_WORDS } from '../data/titles.js';
import { tokenAtOrAfter } from '../layers/tokens.js';
import type { SpeakerAtCue } from './speaker-at-cue.js';

// Letters in capitals, with an apostrophe, hyphen or full stop inside or after (`O'ROURKE`, `MR.`).
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’.-]*$/u;
const LETTERS = /\p{L}/gu;

/**
 * A transcript turn: a quote that opens its paragraph with a speaker's label in capitals and a
 * colon (`"PENCE: Well, look, …`, `"MR. TRUMP: …`). Returns the label as the speaker and the
 * colon's token, or null. A label of one letter (`Q:`, `A:`) or a stage direction (`NOTE:`,
 * `CROSSTALK:`) names no one.
 */
export function transcriptLabel(doc: Document, draft: QuoteDraft): { attribution: SpeakerAtCue; colon: number } | null {
  const { tokens } = doc;
  const paragraph = doc.paragraphs[draft.paragraph];
  if (!paragraph || draft.outerStart !== paragraph.start) return null;
  const first = tokenAtOrAfter(doc, draft.start);
  let colon = first;
  while (colon - first < MAX_LABEL_WORDS && tokens[colon] && tokens[colon]!.end <= draft.end && isLabelWord(tokens[colon]!)) colon++;
  const t = tokens[colon];
  if (colon === first || !t || t.text !== ':' || t.end > draft.end) return null;
  const words = tokens.slice(first, colon);
  const letters = words.reduce((n, w) => n + (w.text.match(LETTERS)?.length ?? 0), 0);
  if (letters < 2 || words.some((w) => NOT_SPEAKER_LABELS.has(bare(w)))) return null;
  // The name is what follows the titles: `MR. TRUMP` → `TRUMP`; a label of titles only (`MODERATOR:`) has none.
  let n = 0;
  while (n < words.length && (COURTESY_TITLES.has(bare(words[n]!)) || TITLE_WORDS.has(bare(words[n]!)))) n++;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const name = n < words.length ? doc.text.slice(words[n]!.start, end) : null;
  const descriptors = n > 0 ? [doc.text.slice(start, words[n - 1]!.end)] : [];
  const speaker = { text: doc.text.slice(start, end), start, end, name, kind: 'person' as const, descriptors };
  return {
    attribution: {
      speaker,
      speakerTokens: { first, end: colon },
      side: 'before',
      addressee: null,
      mention: { first, end: colon, kind: 'person', name, descriptors: [...descriptors], pronoun: null, gender: null },
    },
    colon,
  };
}

function isLabelWord(t: Token): boolean {
  return CAPITALS_WORD.test(t.text);
}

const bare = (t: Token): string => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
