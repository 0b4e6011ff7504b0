import type { AnalyzedText, Token } from '../document.js';
import { copyDrafts, type QuoteDraft } from '../draft.js';
import { CLAUSE_ONLY_CUE_LEMMAS, NON_SPEAKER_SUBJECTS, THING_NOUN_CUE_LEMMAS } from '../data/cue-senses.js';
import { COMPLEMENTIZERS } from '../data/reporting-frames.js';
import { firstIndexWhere } from '../sorted.js';
import { cueVerb } from '../layers/cues.js';
import { BEFORE_A_NOUN_TAG_BITS, BETWEEN_SUBJECT_AND_VERB_TAG_BITS, NOMINAL_HEAD_TAG_BITS } from '../data/tag-classes.js';
import { hasTag } from '../layers/tokens.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { findingRuleOf } from '../rules/catalogue.js';

/**
 * A cue word reports speech only in a speech frame. Reported records (not direct quotes, whose
 * marks show speech) are left out when their cue is used in another sense:
 * - a cue that reports only a clause or quoted words (`add`, `post`, `signal` …) with a
 *   noun-phrase object or an infinitive: `The index added 0.4 per cent`, `Park added two
 *   assists`, `shares rose, adding to gains`;
 * - a subject that does not speak (a market quantity, the weather, a thing): `the snow
 *   whispered against the windows`;
 * - a cue word that is a noun naming a thing: `in states that vote next week`;
 * - a trailing "attribution" that is a second, coordinated clause: `…, and the crowd roared.`
 * Needs `contentKind` (classify-content.ts). Returns the drafts kept.
 */
export function checkCueSenses(doc: AnalyzedText, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const dropped = new Set<QuoteDraft>();
  const speakersByCue = speakerStartsByCue(drafts);
  for (const d of drafts) {
    if (d.type === 'direct' || !d.cueTokens || !d.cue) continue;
    if (!inSpeechFrame(doc, d) || isSpeakerAsContent(d, speakersByCue) || isStrandedTopic(doc, d)) dropped.add(d);
  }
  if (dropped.size === 0) return [...drafts];
  const kept = drafts.filter((d) => !dropped.has(d));
  // A draft that continued a dropped one now starts its utterance (a copy: the input stays as it was).
  return copyDrafts(kept, (d) => (d.continues && dropped.has(d.continues) ? { continues: null } : null));
}

/** Where the speakers of direct quotes start, by where their cue starts. */
function speakerStartsByCue(drafts: readonly QuoteDraft[]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const d of drafts) if (d.type === 'direct' && d.cue && d.speaker) starts.set(d.cue.start, d.speaker.start);
  return starts;
}

/**
 * The speaker of an inverted attribution read as a reported clause: `“…,” said Sen. Ada Cole
 * (D-Maine).` gives the direct quote its speaker, and a reported clause after the same `said`
 * whose content is that speaker (polnear_train wide: 33 such records, 25 matching no gold).
 */
function isSpeakerAsContent(d: QuoteDraft, speakersByCue: ReadonlyMap<number, number>): boolean {
  const speakerStart = speakersByCue.get(d.cue!.start);
  return speakerStart !== undefined && speakerStart >= d.start && speakerStart < d.end;
}

/**
 * A topic cue whose preposition has no topic after it (`the change the party warned about in its
 * report`, `what we should talk about next`) or only a time (`The Post reported on Monday`): the
 * words after it are an adverbial, not what was talked about.
 */
function isStrandedTopic(doc: AnalyzedText, d: QuoteDraft): boolean {
  if (findingRuleOf(d.rule) !== 'reported-about') return false;
  const { tokens } = doc;
  let i = firstIndexWhere(tokens, (t) => t.start >= d.start);
  const first = tokens[i];
  if (!first || first.start >= d.end) return false;
  if (first.pos === 'ADP' && !COMPLEMENTIZERS.has(first.lower)) return true;
  while (i < tokens.length && tokens[i]!.end <= d.end && (hasWordClass(tokens[i]!, W.TIME_WORD) || tokens[i]!.pos === 'PUNCT')) i++;
  return i >= tokens.length || tokens[i]!.start >= d.end;
}

function inSpeechFrame(doc: AnalyzedText, d: QuoteDraft): boolean {
  const { tokens } = doc;
  const cue = d.cueTokens!;
  const lemma = cueVerb(d.cue!.lemma);
  const kind = d.contentKind ?? 'statement';
  // A headline's cue (`Fans Blast Owner`, `Judge Rules Against …`) has a headline's subject and object: its frame is the headline's.
  if (CLAUSE_ONLY_CUE_LEMMAS.has(lemma) && findingRuleOf(d.rule) !== 'headline-cue') {
    if (kind === 'topic' || kind === 'intention') return false;
    // `added two assists`, `added $3 billion` (a tagger may take the noun for a verb).
    const first = tokens[firstIndexWhere(tokens, (t) => t.start >= d.start)];
    if (first && d.cue!.end <= d.start && (first.pos === 'NUM' || first.text === '$')) return false;
  }
  // `in states that vote in March`: the noun, with a relative clause after it.
  const head = tokens[cue.first]!;
  if (head.pos === 'NOUN' && THING_NOUN_CUE_LEMMAS.has(lemma) && cue.first > 0 && hasTag(tokens[cue.first - 1]!, BEFORE_A_NOUN_TAG_BITS)) return false;
  // `according to X` names its source after it: the content's subject (`Ticket sales rose,
  // according to the league`) is not the one speaking.
  if (d.cue!.lemma === 'according to') return true;
  const subject = subjectHead(doc, cue.first);
  if (subject && NON_SPEAKER_SUBJECTS.has(subject.lower)) return false;
  // Trailing: the words between the content and the cue open with a conjunction.
  if (d.end <= tokens[cue.first]!.start) {
    let i = cue.first - 1;
    while (i > 0 && tokens[i]!.start >= d.end && tokens[i - 1]!.start >= d.end) i--;
    // tokens[i] is the first token after the content: a comma, then maybe a conjunction.
    const first = tokens[i]!.text === ',' ? tokens[i + 1] : tokens[i];
    if (first && first.index < cue.first && first.pos === 'CCONJ') return false;
  }
  return true;
}

/**
 * The head of the cue's subject: the noun right before the verb (`the index added`), or, for a
 * participle after a comma (`Shares rose, adding …`), the first noun of the sentence.
 */
function subjectHead(doc: AnalyzedText, cueFirst: number): Token | null {
  const { tokens } = doc;
  let i = cueFirst - 1;
  const floor = doc.sentences[tokens[cueFirst]!.sentence]?.firstToken ?? 0;
  while (i >= floor && hasTag(tokens[i]!, BETWEEN_SUBJECT_AND_VERB_TAG_BITS)) i--;
  if (i < floor) return null;
  const t = tokens[i]!;
  if (t.text === ',' && tokens[cueFirst]!.lower.endsWith('ing')) {
    for (let j = floor; j < i; j++) {
      const s = tokens[j]!;
      if (s.pos === 'VERB' || s.pos === 'AUX') break;
      if (hasTag(s, NOMINAL_HEAD_TAG_BITS) && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX' || tokens[j + 1]?.pos === 'ADV')) return s;
    }
    return null;
  }
  return hasTag(t, NOMINAL_HEAD_TAG_BITS) ? t : null;
}
