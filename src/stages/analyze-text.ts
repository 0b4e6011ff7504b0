import type { AnalyzedText, Sentence, Token } from '../document.js';
import type { WinkTokenizer } from '../nlp/wink.js';
import { splitParagraphs } from './split-paragraphs.js';

/**
 * Paragraphs (ours), then tokens and sentences (wink-nlp's, per paragraph, so no sentence
 * crosses a paragraph). wink splits after `?"` / `!"` even when a lower-case attribution
 * follows (`"Why now?" asked Gov. Smith.`): such sentences are merged back.
 */
export function analyzeText(text: string, tokenizer: WinkTokenizer): AnalyzedText {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const paragraph of paragraphs) {
    const raw = tokenizer.analyze(text, paragraph.start, paragraph.end);
    const base = tokens.length;
    for (const t of raw.tokens) {
      tokens.push({
        index: tokens.length,
        start: t.start,
        end: t.end,
        text: t.text,
        lower: t.text.toLowerCase(),
        pos: t.pos,
        lemma: t.lemma,
        paragraph: paragraph.index,
        sentence: -1,
      });
    }
    let previous: Sentence | undefined;
    for (const s of raw.sentences) {
      const first = tokens[base + s.first];
      const last = tokens[base + s.end - 1];
      if (!first || !last) continue;
      if (previous && /^\p{Ll}/u.test(first.text)) {
        previous.endToken = base + s.end;
        previous.end = last.end;
        continue;
      }
      previous = {
        start: first.start,
        end: last.end,
        paragraph: paragraph.index,
        firstToken: base + s.first,
        endToken: base + s.end,
      };
      sentences.push(previous);
    }
  }
  sentences.forEach((s, i) => {
    for (let t = s.firstToken; t < s.endToken; t++) tokens[t]!.sentence = i;
  });
  return { text, paragraphs, sentences, tokens };
}
