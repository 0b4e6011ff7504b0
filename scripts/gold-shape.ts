// The eval's own, gold-side test of what a gold quote's content is: a statement, a question, a
// topic or an intention. It reads only the gold record (its text, its cue and where the cue
// stands) with a few surface rules and word lists kept HERE, and imports nothing from the
// library, so that `--speech-only` does not judge gold with the classifier under test
// (src/stages/classify-content.ts). It is deliberately simple and documented, not clever: a
// surface rule errs, but it errs the same way for every version of the library.

/** The content kinds this test tells apart. */
export type GoldShape = 'statement' | 'question' | 'topic' | 'intention';

/** The part of a gold quote the test reads. */
export interface ShapeInput {
  text: string;
  start: number;
  end: number;
  type: string;
  cue: string | null;
  cueStart: number | null;
}

/** Words that open an indirect question or wh-clause: `asked whether …`, `explained how …`. */
const QUESTION_WORDS = new Set(['whether', 'how', 'why', 'what', 'who', 'whom', 'whose', 'when', 'where', 'which']);
/** Cue words after which `if` opens a question (`asked if …`, `wondered if …`). */
const ASKING_CUE = /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquired|questioned)\b/iu;
/** A cue ending in one of these names what was talked about: `talked about`, `commented on`, `called for`. */
const TOPIC_PARTICLE = /\s(?:about|on|for)$/iu;
/** `called on X to …`, `urged on`: a request. */
const REQUEST_CUE = /\bcall(?:s|ed|ing)?\s+on$/iu;
/**
 * Words that show a finite clause: forms of be/have/do, modals, subject pronouns, and verb
 * contractions. One of them anywhere in the content makes it a clause, not a noun phrase.
 */
const FINITE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'does', 'do', 'did',
  'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must',
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't",
  "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't",
  'i', 'we', 'he', 'she', 'they',
]);
/** Contractions that carry a verb: `it's`, `they're`, `we've`, `she'll`, `he'd`. */
const VERB_CONTRACTION = /^(?:it|that|there|here|what|who|he|she)'s$|'(?:re|ve|ll|d|m)$/u;
/** Words before which an `-ed` word modifies a noun (`the newly released polls`) instead of being a verb. */
const NOUN_MODIFIER_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'any', 'no', 'so-called', 'and', 'or']);
/** Common irregular past forms (a regular past is an `-ed` word). */
const IRREGULAR_PAST = new Set([
  'said', 'paid', 'made', 'got', 'took', 'gave', 'went', 'came', 'won', 'lost', 'told', 'thought', 'knew', 'saw',
  'found', 'left', 'led', 'kept', 'held', 'brought', 'meant', 'ran', 'became', 'began', 'wrote', 'sent', 'spent',
  'built', 'felt', 'stood', 'fell', 'rose', 'grew', 'chose', 'sought', 'fought', 'taught', 'bought', 'caught',
]);
/** Adverbs that stand before a finite verb: `still want`, `sometimes erase`, `never said`. */
const VERB_ADVERBS = new Set(['still', 'also', 'never', 'always', 'often', 'sometimes', 'already', 'actually', 'really', 'usually', 'rarely', 'repeatedly', 'recently']);
/** Relative words that open a comma-set clause (`…, who had …`): its words do not make the content a clause. */
const HEAD_END = new Set(['who', 'whom', 'whose', 'which', 'where', 'including']);
/** Quote marks (not apostrophes): content holding quoted words is a (mixed) statement. */
const QUOTE_MARK = /["“”«»„]|''|(?:^|\s)‘/u;
/** `drivers to avoid …`: up to four words, then `to` and a lower-case word that is no determiner. */
const INFINITIVE_AFTER_OBJECT = /^\s*(?:\S+\s+){1,4}to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)\p{Ll}/u;
/** First words that are a clause's subject: `it costs …`, `there needs to be …`, `you live …`. */
const SUBJECT_FIRST = new Set(['that', 'there', 'it', 'you']);
/** A cue of punctuation only (`Name: “…”`, `— Name`). */
const PUNCTUATION_CUE = /^[\s:\u2010-\u2015\-–—]+$/u;

/**
 * The shape of a gold quote's content, read from the gold alone:
 * - direct quotes, content before its cue (`…, she said`), and punctuation cues are statements;
 * - content opening with `to` is an intention, as is content after `called on`;
 * - content opening with whether or a wh-word (or `if` after an asking cue) is a question;
 * - content after a cue ending in about/on/for is a topic;
 * - otherwise content opening with `that`, holding quoted words, or with a finite-clause word
 *   (be/have/do, a modal, a subject pronoun, a verb contraction, an `-ed` verb after a noun) is
 *   a statement, and the rest — no finite clause — is a topic.
 */
export function goldShape(q: ShapeInput): GoldShape {
  if (q.type === 'direct' || q.cue === null || q.cueStart === null || q.cueStart >= q.end) return 'statement';
  const cue = q.cue.trim();
  if (PUNCTUATION_CUE.test(cue) || /\baccording to\b/iu.test(cue)) return 'statement';
  const words = q.text.toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? [];
  const first = words[0] === 'not' ? words[1] : words[0];
  if (first === undefined || /^\s*["“«„‘]|^\s*''/u.test(q.text)) return 'statement';
  if (first === 'to' || REQUEST_CUE.test(cue)) return 'intention';
  if (QUESTION_WORDS.has(first) || (first === 'if' && ASKING_CUE.test(cue))) return 'question';
  if (TOPIC_PARTICLE.test(cue)) return 'topic';
  const second = words[words[0] === 'not' ? 2 : 1];
  if ((SUBJECT_FIRST.has(first) && second !== undefined && !NOUN_MODIFIER_BEFORE.has(second)) || QUOTE_MARK.test(q.text)) return 'statement';
  const head = headWords(q.text.toLowerCase().replace(/[’‘]/gu, "'"));
  if (hasFiniteWord(head)) return 'statement';
  // `urged drivers to avoid the bridge`: an object and an infinitive, no finite verb.
  return INFINITIVE_AFTER_OBJECT.test(q.text) ? 'intention' : 'topic';
}

/**
 * The words outside comma-set relative clauses (`the 1994 bill, which put more police …`): from
 * a relative word right after a comma to the next comma or dash, words do not make a clause.
 */
function headWords(lower: string): string[] {
  const out: string[] = [];
  lower.split(/[,;:—–(]| - /u).forEach((part, i) => {
    const words = part.match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? [];
    if (i === 0 || !HEAD_END.has(words[0] ?? '')) out.push(...words);
  });
  return out;
}

function hasFiniteWord(words: readonly string[]): boolean {
  return words.some((w, i) => {
    const prev = words[i - 1];
    if (FINITE_WORDS.has(w) || VERB_CONTRACTION.test(w)) return true;
    if (prev === undefined || NOUN_MODIFIER_BEFORE.has(prev)) return false;
    // `the program failed`, `they paid`: a past form after a noun (not `the newly released polls`).
    if ((IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'))) && !prev.endsWith('ly')) return true;
    // `parents still want …`, `Obama hopes that …`: a verb after a sentence adverb, or before `that`.
    if (VERB_ADVERBS.has(prev) && !w.endsWith('ing')) return true;
    return w.endsWith('s') && words[i + 1] === 'that';
  });
}
