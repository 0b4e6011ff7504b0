import type { AnalyzedText, CueKind, CueLayer, Document, ReportingCue, Token } from '../document.js';
import { SPEECH_VERB_FORMS } from '../data/lexicon.generated.js';
import { ADDRESSEE_SLOTS, BELIEF_CUE_LEMMAS, IRREGULAR_SPEECH_PARTICIPLES, PHRASAL_CUE_PARTICLES, PHRASAL_VERB_FORMS, SPEECH_CUE_LEMMAS, TOPIC_ABOUT_VERBS, TOPIC_AGAINST_VERBS, TOPIC_ON_VERBS } from '../data/speech-verbs.js';
import { BELIEF_INFINITIVE_LEMMAS, FLOATING_QUANTIFIERS, IDIOM_BEFORE_TO, PARTICIPLE_MODIFIERS } from '../data/reporting-frames.js';
import { isPassive } from '../layers/verbs.js';
import { CUE_TAG_BITS } from '../data/tag-classes.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { FINDING_CUE_LEMMAS } from '../data/content-kinds.js';
import { FINDING_SOURCE_NOUNS } from '../data/source-nouns.js';

type Doc = AnalyzedText & Pick<Document, 'clauses'>;

/**
 * A token can start a cue in cueWordAt (phrasal, topic, speech or belief) only with a cue tag and
 * a lemma or form of the cue tables (layers/word-classes.ts): two bit tests on every token turn
 * away the many nouns and verbs that are no cue.
 */
const CUE_START = W.CUE_LEMMA | W.CUE_FORM;
const ACCORDING = 'according';

/**
 * The cue layer: every reporting cue in the document, found once with one word table
 * (data/speech-verbs.ts): `according to`, a verb with its particle (`fired back`, `pointed
 * out`), a speech or naming verb, a belief verb. Each cue carries what rules ask of it: its
 * kind, whether its use is finite, passive or negated, and where its addressee stands.
 */
export function findReportingCues(doc: Doc): CueLayer {
  const { tokens } = doc;
  const cues: ReportingCue[] = [];
  const cueStartingAt = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const found = cueWordAt(tokens, i);
    if (!found) continue;
    const passive = isPassive(doc, i);
    cueStartingAt[i] = cues.length;
    cues.push({
      first: i,
      end: found.end,
      lemma: found.lemma,
      phrasal: found.phrasal,
      kind: found.kind,
      finite: found.kind === 'source' || isFiniteUse(doc, i),
      passive,
      negated: isNegated(tokens, i),
      addressee: ADDRESSEE_SLOTS.get(found.lemma) ?? null,
    });
    if (found.kind === 'source') i++;
  }
  return { cues, cueStartingAt };
}

/** The cue word (or phrase) that starts at token i, by the word table alone. */
function cueWordAt(tokens: readonly Token[], i: number): { end: number; lemma: string; kind: CueKind; phrasal: boolean } | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // The length first: most tokens are then decided without reading their text (a token never
  // crosses a line break, so `according` is never cut and spans its 9 characters).
  if (t.end - t.start === ACCORDING.length && t.lower === ACCORDING && next?.lower === 'to') return { end: i + 2, lemma: 'according to', kind: 'source', phrasal: false };
  if ((t.tagBit & CUE_TAG_BITS) === 0 || (t.word & CUE_START) === 0) return null;
  const phrasal = PHRASAL_CUE_PARTICLES.has(t.lemma) ? t.lemma : PHRASAL_VERB_FORMS.get(t.lower);
  const particles = phrasal === undefined ? undefined : PHRASAL_CUE_PARTICLES.get(phrasal);
  if (particles && next && particles.includes(next.lower) && next.paragraph === t.paragraph) {
    // `went on to say`, `spoke out to warn`: the verb after `to` reports, not the phrasal verb.
    if (tokens[i + 2]?.lower === 'to' && tokens[i + 3]?.pos === 'VERB') return null;
    return { end: i + 2, lemma: `${phrasal} ${next.lower}`, kind: 'speech', phrasal: true };
  }
  const speech = SPEECH_VERB_FORMS.get(t.lower) ?? (SPEECH_CUE_LEMMAS.has(t.lemma) ? t.lemma : undefined);
  // `talked about the budget`, `asked about the delay`, `commented on the ruling`: the cue
  // with its preposition reports a topic.
  const topic = next && next.paragraph === t.paragraph ? topicPreposition(speech ?? t.lemma, speech !== undefined, next.lower) : null;
  if (topic !== null && t.pos === 'VERB') return { end: i + 2, lemma: `${speech ?? t.lemma} ${topic}`, kind: 'speech', phrasal: true };
  if (speech !== undefined) {
    // "put" reports speech only as "put it" ("As Bolton put it").
    if (speech === 'put' && next?.lower !== 'it') return null;
    return { end: i + 1, lemma: speech, kind: 'speech', phrasal: false };
  }
  if ((t.pos === 'VERB' || findingTaggedNoun(tokens, i) || intentionTaggedNoun(tokens, i)) && BELIEF_CUE_LEMMAS.has(t.lemma)) return { end: i + 1, lemma: t.lemma, kind: 'belief', phrasal: false };
  return null;
}

/**
 * `County records show …`, `…, new filings show.`: after a source noun the tagger reads `show`
 * as a noun (a compound); a lower-case finding verb there is the verb.
 */
function findingTaggedNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return t.pos === 'NOUN' && FINDING_CUE_LEMMAS.has(t.lemma) && t.text === t.lower && prev !== undefined && prev.sentence === t.sentence && FINDING_SOURCE_NOUNS.has(prev.lower);
}

/**
 * `The Tax Policy Center plans/NOUN to release …`: after a noun or name the tagger reads
 * `plans`, `wants` as a plural noun; a lower-case one before `to` + verb is the verb.
 */
function intentionTaggedNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.pos !== 'NOUN' || !BELIEF_INFINITIVE_LEMMAS.has(t.lemma) || t.text !== t.lower || !t.lower.endsWith('s')) return false;
  return prev !== undefined && prev.sentence === t.sentence && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
}

/** `about` after a speech verb or a verb of talking, `on` after TOPIC_ON_VERBS, `against` after TOPIC_AGAINST_VERBS; else null. */
function topicPreposition(lemma: string, speech: boolean, next: string): string | null {
  if (next === 'about' && (speech || TOPIC_ABOUT_VERBS.has(lemma))) return next;
  if (next === 'on' && TOPIC_ON_VERBS.has(lemma)) return next;
  if (next === 'against' && TOPIC_AGAINST_VERBS.has(lemma)) return next;
  return null;
}

/** `He didn't suggest retaliation`, `never said`. */
function isNegated(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = tokens[j]!;
    if (hasWordClass(w, W.NEGATION)) return true;
    if (w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

/**
 * A verb form that reports: not an adjective (`the so-called deal`, `the said agreement`) nor a
 * hedged passive with no source (`he is said to be angry`, `she was told to leave`).
 */
function isFiniteUse(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  const sentenceFirst = doc.sentences[t.sentence]?.firstToken ?? 0;
  if (t.lower.startsWith('so-')) return false;
  const prev = i > sentenceFirst ? tokens[i - 1] : undefined;
  if (!prev) return true;
  if (prev.text === '-' && i - 2 >= sentenceFirst && PARTICIPLE_MODIFIERS.has(tokens[i - 2]!.lower)) return false;
  if (prev.pos === 'DET' && prev.lower !== 'that' && !FLOATING_QUANTIFIERS.has(prev.lower)) return false;
  // `20 pledged delegates`: a participle used as an adjective.
  if (prev.pos === 'NUM') return false;
  // `a combination of pledged delegates`: a participle between a preposition and its noun.
  const next = tokens[i + 1];
  if ((prev.pos === 'ADP' || prev.pos === 'ADJ') && t.lower.endsWith('ed') && next !== undefined && next.pos === 'NOUN') return false;
  // Idioms, not reports: `that is not to say`, `needless to say`, `so to speak`.
  if (prev.lower === 'to' && i - 2 >= sentenceFirst && IDIOM_BEFORE_TO.has(tokens[i - 2]!.lower)) return false;
  // Passive: `is said`, `was reportedly told`.
  let j = i - 1;
  while (j > sentenceFirst && tokens[j]!.pos === 'ADV') j--;
  const aux = tokens[j]!;
  if (aux.lemma === 'be' && (aux.pos === 'AUX' || aux.pos === 'VERB') && isPastParticiple(t.lower)) {
    const after = tokens[i + 1];
    return after !== undefined && after.lower === 'by';
  }
  return true;
}

/** `-ed`, or an irregular speech participle (`told`, `said`, `retold`, `rewritten`). */
function isPastParticiple(lower: string): boolean {
  return lower.endsWith('ed') || IRREGULAR_SPEECH_PARTICIPLES.some((p) => lower.endsWith(p));
}
