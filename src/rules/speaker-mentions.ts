import type { AnalyzedText, Document, Token } from '../document.js';
import type { SpeakerKind } from '../types.js';
import { HONORIFICS, ORGANIZATION_WORDS, ROLE_NOUNS } from '../data/lexicon.generated.js';
import { SUBJECT_PRONOUNS } from '../data/pronouns.js';
import { ANONYMOUS_SOURCE_NOUNS, DOCUMENT_NOUNS, GROUP_PROPER_NOUNS, ORGANIZATION_NOUNS, SPOKESPERSON_NOUNS } from '../data/source-nouns.js';
import { PLACE_NAMES } from '../data/places.js';
import { COURTESY_TITLES, GENDERED_HONORIFICS, NAME_PARTICLES, TITLE_WORDS } from '../data/titles.js';
import { APPROXIMATORS, FRACTION_WORDS, INDEFINITE_DETERMINERS, LONE_GROUP_WORDS, ONE_OF_QUANTIFIERS, PHRASE_DETERMINERS, QUANTIFIERS } from '../data/function-words.js';
import { ROLE_PREPOSITIONS } from '../data/clause-words.js';
import { NOT_NAME_TAG_BITS } from '../data/tag-classes.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { hasTag } from '../layers/tokens.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** A noun phrase that may be a speaker (or an addressee), read from the tokens. */
export interface Mention {
  /** Tokens [first, end) of the mention as written, without an appositive. */
  first: number;
  end: number;
  kind: SpeakerKind;
  /** The name as written, without titles and courtesy titles ("John Bolton", "White House"); null if none. */
  name: string | null;
  /** Titles, roles, appositives, party labels. */
  descriptors: string[];
  /** Lower-case pronoun when the mention is one. */
  pronoun: string | null;
  /** Gender the mention itself shows (pronoun, honorific, gendered role). */
  gender: 'male' | 'female' | null;
}

/** Does the token start with a capital letter? Read for almost every token: a bit the analysis set (layers/word-classes.ts). */
export function isCapitalized(t: Token): boolean {
  return (t.word & W.CAPITALIZED) !== 0;
}
/** The word without a final full stop ("gov." → "gov"). */
const bare = (t: Token): string => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);

/** Is token i preceded by a hyphen glued to it and to the word before ("year-old")? */
function gluedHyphenBefore(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const word = tokens[i - 2];
  const t = tokens[i];
  return hyphen !== undefined && word !== undefined && t !== undefined && hyphen.text === '-' && word.end === hyphen.start && hyphen.end === t.start && ENDS_IN_LETTER_OR_DIGIT.test(word.text);
}

/** Re-reads tokens [first, end) as one mention (a title the tables do not know, before a name). */
export function mentionSpanning(doc: AnalyzedText, first: number, end: number): Mention {
  return describe(doc, first, end, end);
}

/** Tokens [first, end) as one mention whose head phrase ends at `coreEnd` (`a survey | by the college`). */
export function mentionWithModifiers(doc: AnalyzedText, first: number, end: number, coreEnd: number): Mention {
  return describe(doc, first, end, coreEnd);
}

export function isTitleWord(t: Token): boolean {
  const w = bare(t);
  return TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || (HONORIFICS.has(w) && t.text.endsWith('.'));
}

/** Can this token sit inside a noun phrase (as a modifier or its head)? */
/** `the teachers’ union`: an apostrophe (as the quote-mark layer decided) that marks a plural possessive. */
function isPossessiveApostrophe(doc: AnalyzedText & Partial<Pick<Document, 'quotes'>>, i: number): boolean {
  return doc.quotes?.markRole[i] === 'apostrophe' && hasWordClass(doc.tokens[i]!, W.POSSESSIVE_ENDING);
}

function isNounPhraseWord(t: Token): boolean {
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM') return !hasWordClass(t, W.TIME_WORD);
  if (hasWordClass(t, W.POSSESSIVE_ENDING) && t.pos === 'PART') return true;
  if (t.text === '&') return true;
  // wink tags some capitalised names as verbs or adverbs ("Sen. Ted Cruz").
  return isCapitalized(t) && !hasTag(t, NOT_NAME_TAG_BITS); // a capital is a letter
}

const isHead = (t: Token): boolean =>
  (t.pos === 'NOUN' || t.pos === 'PROPN' || (isCapitalized(t) && isNounPhraseWord(t)) || /-year-old$/u.test(t.lower) || (t.pos === 'ADJ' && isTitleWord(t))) &&
  !hasWordClass(t, W.TIME_WORD);

function isDeterminer(t: Token): boolean {
  return (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PRON') && (PHRASE_DETERMINERS.has(t.lower) || hasWordClass(t, W.POSSESSIVE_DETERMINER));
}

/**
 * The noun phrase that ends with token `last` (and starts at or after `floor`), or null.
 * Extends back over one prepositional phrase attached to a common noun ("a spokesman for
 * the campaign").
 */
export function mentionEndingAt(doc: AnalyzedText, last: number, floor: number, depth = 0): Mention | null {
  const tokens = doc.tokens;
  const t = tokens[last];
  if (!t || last < floor) return null;
  if (t.pos === 'PRON' && hasWordClass(t, W.SUBJECT_PRONOUN)) return pronounMention(t);
  // "you think …", "You know, …": the one addressed (an interviewer's guest, the reader) as written.
  if (t.pos === 'PRON' && t.lower === 'you') return { first: last, end: last + 1, kind: 'person', name: null, descriptors: [], pronoun: 'you', gender: null };
  // "the 43-year-old": the tokenizer splits the compound; its last word heads the phrase.
  const compound = gluedHyphenBefore(tokens, last);
  // "the two write", "the three said": a number after "the" stands for people.
  const numeral = t.pos === 'NUM' && LOWER_WORD.test(t.text) && tokens[last - 1]?.lower === 'the' && last - 1 >= floor;
  if (numeral) return describe(doc, last - 1, last + 1, last + 1);
  if (!isHead(t) && !(compound && t.lower === 'old') && !isSurnameLikeTimeWord(tokens, last, floor)) return null;
  let first = phraseStartBefore(doc, last, floor);
  if (first - 1 >= floor && isDeterminer(tokens[first - 1]!)) first--;
  const mention = mentionOverPreposition(doc, first, last, floor, depth) ?? describe(doc, first, last + 1, last + 1);
  return depth === 0 ? withCoordinatedRole(doc, mention, floor) : mention;
}

/**
 * "The former first lady and U.S. senator said", "the former secretary of state and current
 * Democratic presidential nominee said": two roles under one determiner are one person. The
 * mention spans both when the second has no determiner of its own and both end in a title word.
 */
function withCoordinatedRole(doc: AnalyzedText, mention: Mention, floor: number): Mention {
  const tokens = doc.tokens;
  const and = mention.first - 1;
  if (mention.name !== null || mention.pronoun !== null || mention.kind !== 'person' || and - 1 < floor || tokens[and]!.lower !== 'and') return mention;
  if (isDeterminer(tokens[mention.first]!) || !isTitleWord(tokens[mention.end - 1]!)) return mention;
  const left = mentionEndingAt(doc, and - 1, floor, 1);
  if (!left || left.name !== null || left.pronoun !== null || left.kind !== 'person' || !isDeterminer(tokens[left.first]!)) return mention;
  return { ...mention, first: left.first, descriptors: [textOf(doc, tokens.slice(left.first, mention.end))], gender: left.gender ?? mention.gender };
}

/**
 * A group named without a noun, ending at token `last`: "those close to him", "those familiar
 * with the talks", "many of whom", "some of them", or a lone quantifier ("But some note").
 * Null for anything else (the general reading, mentionEndingAt, takes over).
 */
export function groupMentionEndingAt(doc: AnalyzedText, last: number, floor: number): Mention | null {
  const tokens = doc.tokens;
  const t = tokens[last];
  if (!t || last < floor) return null;
  const group = (first: number): Mention => ({ first, end: last + 1, kind: 'group', name: null, descriptors: [textOf(doc, tokens.slice(first, last + 1))], pronoun: null, gender: null });
  // "many of whom", "some of them"
  if ((t.lower === 'whom' || t.lower === 'them') && tokens[last - 1]?.lower === 'of' && last - 2 >= floor && QUANTIFIERS.has(tokens[last - 2]!.lower)) return group(last - 2);
  // "those close to him", "those familiar with the talks"
  for (let j = last - 1; j >= floor + 2 && last - j <= 5; j--) {
    const w = tokens[j]!;
    if (w.pos === 'PUNCT' || w.pos === 'VERB') break;
    if ((w.lower === 'to' || w.lower === 'with') && (tokens[j - 1]!.lower === 'close' || tokens[j - 1]!.lower === 'familiar')) {
      return tokens[j - 2]!.lower === 'those' ? group(j - 2) : null;
    }
  }
  const ratio = ratioGroupStart(doc, last, floor);
  if (ratio >= 0) return group(ratio);
  const count = countGroupStart(doc, last, floor);
  if (count >= 0) return group(count);
  // "But some note": a quantifier standing alone at the start of its clause.
  const opens = last === floor || tokens[last - 1]!.pos === 'CCONJ' || tokens[last - 1]!.text === ',';
  return LONE_GROUP_WORDS.has(t.lower) && opens && t.pos !== 'NOUN' ? group(last) : null;
}

/**
 * "Six in 10 Virginia voters", "About four out of 10 voters", "Less than a third", "Half",
 * "Two-thirds": a ratio or share of people ending at token `last` that opens its clause (over
 * hedging words). Returns its first token (the hedge included), or -1.
 */
function ratioGroupStart(doc: AnalyzedText, last: number, floor: number): number {
  const tokens = doc.tokens;
  let first = -1;
  if (FRACTION_WORDS.has(tokens[last]!.lower)) {
    first = last;
    // "a third", "two-thirds", "one quarter"
    if (tokens[first - 1]?.text === '-' && tokens[first - 2]?.pos === 'NUM') first -= 2;
    else if (tokens[first - 1]?.pos === 'NUM' || tokens[first - 1]?.lower === 'a') first--;
  } else {
    // Back over the people's noun phrase to the denominator: "in 10", "out of 10".
    let j = last;
    while (j > floor && last - j < 6 && tokens[j]!.pos !== 'NUM' && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'PROPN')) j--;
    if (tokens[j]?.pos !== 'NUM') return -1;
    const k = tokens[j - 1]?.lower === 'in' ? j - 1 : tokens[j - 1]?.lower === 'of' && tokens[j - 2]?.lower === 'out' ? j - 2 : -1;
    if (k < 0 || tokens[k - 1]?.pos !== 'NUM') return -1;
    first = k - 1;
  }
  if (first < floor) return -1;
  let h = first;
  while (h - 1 >= floor && APPROXIMATORS.has(tokens[h - 1]!.lower)) h--;
  return opensGroup(doc, h, floor) ? h : -1;
}

/** A four-digit year (`In 2016 said` is no count of people). */
const YEAR = /^(1[89]|20)\d\d$/u;

/**
 * "43 said the same", "at least 21,000 said", "all but two said": a bare count of people (over
 * hedging words) that opens its clause right before the cue. Returns its first token, or -1.
 */
function countGroupStart(doc: AnalyzedText, last: number, floor: number): number {
  const tokens = doc.tokens;
  const t = tokens[last]!;
  if (t.pos !== 'NUM' || YEAR.test(t.text) || tokens[last - 1]?.pos === 'DET') return -1;
  let h = last;
  while (h - 1 >= floor && APPROXIMATORS.has(tokens[h - 1]!.lower)) h--;
  // "at least", "at most", "all but"
  if (h - 2 >= floor && ((tokens[h - 2]!.lower === 'at' && (tokens[h - 1]!.lower === 'least' || tokens[h - 1]!.lower === 'most')) || (tokens[h - 2]!.lower === 'all' && tokens[h - 1]!.lower === 'but'))) h -= 2;
  return opensGroup(doc, h, floor) ? h : -1;
}

/**
 * Does a share or count starting at `h` open its clause: at the floor, after a conjunction or
 * after a comma (not an age after a name: "Woodrow Benford, 58, who lives …, says")?
 */
function opensGroup(doc: AnalyzedText, h: number, floor: number): boolean {
  const prev = doc.tokens[h - 1];
  const age = prev?.text === ',' && doc.tokens[h - 2]?.pos === 'PROPN';
  return h === floor || prev?.pos === 'CCONJ' || (prev?.text === ',' && !age);
}

/** "Theresa May", "Sam Friday": a capitalised month or day after a first name is a surname, not a date. */
function isSurnameLikeTimeWord(tokens: readonly Token[], i: number, floor: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return i - 1 >= floor && isCapitalized(t) && hasWordClass(t, W.TIME_WORD) && prev !== undefined && prev.pos === 'PROPN' && isCapitalized(prev) && !hasWordClass(prev, W.TIME_WORD) && !isTitleWord(prev);
}

/** Back from the head `last` over the words of its noun phrase (titles, modifiers, hyphenated words, possessors): the first one. */
function phraseStartBefore(doc: AnalyzedText, last: number, floor: number): number {
  const tokens = doc.tokens;
  let first = last;
  // Before a name, only a title joins it ("press secretary Josh Earnest", not "interview Trump");
  // before a title, any noun-phrase word does ("Clinton campaign chairman").
  const nameHead = isCapitalized(tokens[last]!);
  let sawTitle = false;
  while (first - 1 >= floor && sameParagraph(tokens, first - 1, last)) {
    // A hyphen inside a word ("conservative-leaning", "43-year-old") joins its two halves.
    if (first - 2 >= floor && gluedHyphenBefore(tokens, first)) {
      first -= 2;
      continue;
    }
    // "Texas-based Matt Mackowiak": a hyphenated modifier acts as a title.
    if (first - 3 >= floor && gluedHyphenBefore(tokens, first - 1)) {
      first -= 3;
      sawTitle = true;
      continue;
    }
    if (!isNounPhraseWord(tokens[first - 1]!) && !isPossessiveApostrophe(doc, first - 1)) break;
    const prev = tokens[first - 1]!;
    // "Commentary’s Noah Rothman", "Clinton’s campaign manager Robby Mook": the possessor is a descriptor.
    const possessive = hasWordClass(prev, W.POSSESSIVE_ENDING) && first - 2 >= floor && isCapitalized(tokens[first - 2]!);
    // "Michery el Soheil", "Ludwig van Beethoven": a particle between two capitalised words.
    if (nameHead && NAME_PARTICLES.has(prev.lower) && first - 2 >= floor && isCapitalized(tokens[first - 2]!)) {
      first--;
      continue;
    }
    // An adjective may qualify a name ("one senior Democrat"); a common noun before it does not ("interview Trump").
    if (nameHead && !sawTitle && !possessive && !isCapitalized(prev) && !isTitleWord(prev) && prev.pos !== 'ADJ') break;
    if (isTitleWord(prev) || possessive) sawTitle = true;
    first--;
  }
  return first;
}

/**
 * "a spokesman for the campaign", "the mayor of Chicago", "Mr. Morgan of the Sierra Club":
 * the phrase [first, last] is the object of a preposition after a head; the mention one
 * step back over it, or null when there is no such head.
 */
function mentionOverPreposition(doc: AnalyzedText, first: number, last: number, floor: number, depth: number): Mention | null {
  const tokens = doc.tokens;
  const prep = tokens[first - 1];
  if (!prep || first - 2 < floor || !ROLE_PREPOSITIONS.has(prep.lower) || prep.pos !== 'ADP') return null;
  // "a person familiar with the matter", "an aide close to the senator".
  const adjective = tokens[first - 2]!.lower === 'familiar' || tokens[first - 2]!.lower === 'close' ? 1 : 0;
  const head = tokens[first - 2 - adjective] ?? tokens[first - 2]!;
  // Capitalised heads take a capitalised object: "Commission on Presidential Debates", "Mr. Morgan of the Sierra Club".
  const named = head.pos === 'PROPN' && (prep.lower === 'of' || ((prep.lower === 'on' || prep.lower === 'for') && isCapitalized(tokens[last]!)));
  // "one of Mr. Obama’s advisers", "some of the protesters", "eight of 10 voters".
  const partitive = prep.lower === 'of' && (QUANTIFIERS.has(head.lower) || (head.pos === 'NUM' && tokens[last]!.pos === 'NOUN'));
  // A common noun is capitalised where it opens the clause ("Officials at the agency").
  const opening = first - 2 - adjective === floor && (head.pos === 'NOUN' || ANONYMOUS_SOURCE_NOUNS.has(bare(head)) || isTitleWord(head));
  const common = head.pos === 'NOUN' && !isCapitalized(head);
  if (first - 2 - adjective < floor || !(common || opening || named || partitive)) return null;
  let f = first - 2 - adjective;
  // "California Rep. Duncan Hunter’s chief of staff": a possessor's name may precede a role.
  let possessor = false;
  while (f - 1 >= floor && isNounPhraseWord(tokens[f - 1]!) && (head.pos === 'PROPN' || possessor || !isCapitalized(tokens[f - 1]!))) {
    if (hasWordClass(tokens[f - 1]!, W.POSSESSIVE_ENDING)) possessor = true;
    f--;
  }
  if (f - 1 >= floor && isDeterminer(tokens[f - 1]!)) f--;
  // "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies": a second step.
  const outer = tokens[f - 1];
  if (outer?.lower === 'of' && tokens[f - 2]?.pos === 'PROPN' && f - 2 >= floor && depth < 1) {
    const more = mentionEndingAt(doc, f - 2, floor, depth + 1);
    if (more && more.end === f - 1) return describe(doc, more.first, last + 1, f - 1);
  }
  // At the clause's start the capital is the sentence's, not a name's ("Officials at the agency").
  const mention = describe(doc, f, last + 1, first - 1 - adjective, partitive || (opening && head.pos === 'PROPN' && !isTitleWord(head)));
  // "some of the protesters" are a group; "one of his advisers" is one unnamed person.
  if (partitive) mention.kind = ONE_OF_QUANTIFIERS.has(head.lower) ? 'anonymous' : 'group';
  return mention;
}

/** The noun phrase that starts at token `first` (and ends before `ceiling`), or null. */
export function mentionStartingAt(doc: AnalyzedText, first: number, ceiling: number): Mention | null {
  const tokens = doc.tokens;
  const t = tokens[first];
  if (!t || first >= ceiling) return null;
  if (t.pos === 'PRON' && hasWordClass(t, W.SUBJECT_PRONOUN) && t.lower !== 'who' && t.lower !== 'which' && t.lower !== 'it') return pronounMention(t);
  // "read one", "said another": a lone pronoun-like determiner is the speaker.
  if ((t.lower === 'one' || t.lower === 'another') && !isNounPhraseWord(tokens[first + 1] ?? t) && first + 1 <= ceiling) {
    return { first, end: first + 1, kind: 'anonymous', name: null, descriptors: [t.text], pronoun: null, gender: null };
  }
  let end = first;
  if (isDeterminer(t)) end++;
  const coreStart = end;
  while (end < ceiling && sameParagraph(tokens, end, first)) {
    // A hyphen inside a word ("the conservative-leaning Tax Foundation", "the Ohio-based group") joins its two halves.
    if (end > coreStart && end + 1 < ceiling && gluedHyphenBefore(tokens, end + 1)) end += 2;
    else if (isNounPhraseWord(tokens[end]!) || isTimeModifier(tokens, end, ceiling) || isNameLike(tokens, end, ceiling)) end++;
    else break;
  }
  // The head is the last noun; drop trailing adjectives and possessive marks.
  // ("the 43-year-old": the compound's last word heads the phrase, as in mentionEndingAt.)
  while (end > coreStart && !isHead(tokens[end - 1]!) && !(tokens[end - 1]!.lower === 'old' && gluedHyphenBefore(tokens, end - 1))) end--;
  if (end === coreStart) return null;
  if (hasWordClass(tokens[coreStart]!, W.TIME_WORD) && !isTimeModifier(tokens, coreStart, ceiling)) return null;
  let coreEnd = end;
  // "a person familiar with the matter", "a spokesman for the campaign".
  const head = tokens[end - 1]!;
  if (!isCapitalized(head) || head.pos === 'NOUN') {
    let p = end;
    if (tokens[p] && (tokens[p]!.lower === 'familiar' || tokens[p]!.lower === 'close') && p + 1 < ceiling) p++;
    const prep = tokens[p];
    if (prep && p + 1 < ceiling && ROLE_PREPOSITIONS.has(prep.lower) && (prep.pos === 'ADP' || p > end)) {
      let q = p + 1;
      if (tokens[q] && isDeterminer(tokens[q]!)) q++;
      const objectStart = q;
      while (q < ceiling && isNounPhraseWord(tokens[q]!)) q++;
      while (q > objectStart && !isHead(tokens[q - 1]!)) q--;
      if (q > objectStart) {
        coreEnd = end;
        end = q;
      }
    }
  }
  return describe(doc, first, end, coreEnd);
}

/** A time word may modify a noun ("a Wednesday editorial"), never head the phrase ("said Thursday"). */
function isTimeModifier(tokens: readonly Token[], i: number, ceiling: number): boolean {
  return hasWordClass(tokens[i]!, W.TIME_WORD) && tokens[i + 1] !== undefined && tokens[i + 1]!.pos === 'NOUN' && i + 1 < ceiling;
}

/** "said Will Doyle": a capitalised word the tagger took for a verb, inside a run of names. */
function isNameLike(tokens: readonly Token[], i: number, ceiling: number): boolean {
  return isCapitalized(tokens[i]!) && LETTERS_ONLY.test(tokens[i]!.text) && tokens[i + 1]?.pos === 'PROPN' && isCapitalized(tokens[i + 1]!) && i + 1 < ceiling;
}

function sameParagraph(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[a]?.paragraph === tokens[b]?.paragraph;
}

function pronounMention(t: Token): Mention {
  const g = SUBJECT_PRONOUNS.get(t.lower);
  const kind: SpeakerKind = g === 'male' || g === 'female' || g === 'self' ? 'person' : 'unknown';
  return {
    first: t.index,
    end: t.index + 1,
    kind,
    name: null,
    descriptors: [],
    pronoun: t.lower,
    gender: g === 'male' || g === 'female' ? g : null,
  };
}

/** The text from the first to the last of `a`. */
function textOf(doc: AnalyzedText, a: readonly Token[]): string {
  return a.length ? doc.text.slice(a[0]!.start, a[a.length - 1]!.end) : '';
}

const isOrgWord = (w: Token): boolean => ORGANIZATION_WORDS.has(bare(w)) || ORGANIZATION_NOUNS.has(bare(w));

/** The parts of a phrase that describe() classifies by. */
interface PhraseParts {
  /** All its tokens, the prepositional phrase after the head included. */
  tokens: Token[];
  /** The words of the core, without a leading determiner. */
  words: Token[];
  det: Token | null;
  head: Token;
  /** The name at the end of the core and the title words before it. */
  nameWords: Token[];
  titleWords: Token[];
  first: number;
  end: number;
  coreEnd: number;
}

/**
 * Classifies the phrase tokens [first, end); tokens [coreEnd, end) are a prepositional
 * phrase after the head ("for the campaign"), kept as part of the descriptor.
 */
function describe(doc: AnalyzedText, first: number, end: number, coreEnd: number, noName = false): Mention {
  const tokens = doc.tokens.slice(first, end);
  const core = doc.tokens.slice(first, coreEnd);
  // A lone determiner-like word is the phrase itself ("One said").
  const det = core.length > 1 && isDeterminer(core[0]!) ? core[0]! : null;
  const words = det ? core.slice(1) : core;
  const head = words[words.length - 1]!;
  const mention: Mention = { first, end, kind: 'unknown', name: null, descriptors: [], pronoun: null, gender: null };
  for (const w of words) {
    const g = GENDERED_HONORIFICS.get(bare(w));
    if (g && isCapitalized(w)) mention.gender ??= g;
  }
  const nameStart = nameStartIn(words);
  const parts: PhraseParts = { tokens, words, det, head, nameWords: words.slice(nameStart), titleWords: words.slice(0, nameStart), first, end, coreEnd };
  if (noName || !describeByName(doc, mention, parts)) describeWithoutName(doc, mention, parts);
  return mention;
}

/** A name is the run of capitalised non-title words at the end: "National Security Advisor | John Bolton". */
function nameStartIn(words: readonly Token[]): number {
  let nameStart = words.length;
  while (nameStart > 0) {
    const w = words[nameStart - 1]!;
    const particle = NAME_PARTICLES.has(w.lower) && nameStart < words.length && nameStart >= 2 && isCapitalized(words[nameStart - 2]!);
    if (!particle && (!isCapitalized(w) || isTitleWord(w) || hasWordClass(w, W.POSSESSIVE_ENDING) || w.pos === 'NUM')) break;
    // A headline in title case ("Obama Says African-American Museum …"): a speech verb is no name.
    if (hasWordClass(w, W.SPEECH_VERB_FORM) && w.pos !== 'PROPN') break;
    // An acronym before a name is a title: "NSA Bolton", "GOP nominee".
    if (nameStart < words.length && ALL_CAPITALS.test(w.text)) break;
    nameStart--;
  }
  return nameStart;
}

/** Fills in a phrase with a capitalised name at its end (a person, an organisation, a group, a party member); false when it has none. */
function describeByName(doc: AnalyzedText, mention: Mention, parts: PhraseParts): boolean {
  const { tokens, words, det, head, nameWords, titleWords, first, end, coreEnd } = parts;
  // "Republicans", "Democrats": a plural proper noun on its own is a group.
  if (nameWords.length === 1 && GROUP_PROPER_NOUNS.has(head.lower)) {
    mention.kind = 'group';
    mention.descriptors.push(textOf(doc, tokens));
    return true;
  }
  // "one senior Democrat", "a Republican": a person named only by party or origin.
  if (nameWords.length === 1 && det !== null && INDEFINITE_DETERMINERS.has(det.lower) && isCapitalized(head)) {
    mention.kind = 'anonymous';
    mention.descriptors.push(textOf(doc, tokens));
    return true;
  }
  if (nameWords.length === 0 || !isCapitalized(head)) return false;
  const acronym = nameWords.length === 1 && ALL_CAPITALS.test(head.text.replace(/\./gu, ''));
  // A country or a city speaks for its government ("Russia said"); "the AP", "CNN" are organisations.
  const place = nameWords.every((w) => PLACE_NAMES.has(w.lower));
  const org = det?.lower === 'the' || acronym || place || isOrgWord(head);
  mention.name = textOf(doc, nameWords);
  mention.kind = org ? 'organization' : 'person';
  // Only a possessive before the title ("Clinton’s campaign manager Robby Mook") or the title itself.
  const title = titleWords.filter((w) => !COURTESY_TITLES.has(bare(w)));
  if (title.length > 0 && !org) mention.descriptors.push(textOf(doc, title));
  if (org && titleWords.length > 0) mention.name = textOf(doc, words);
  if (end > coreEnd) mention.descriptors.push(textOf(doc, tokens.slice(coreEnd - first)));
  return true;
}

/** No name: a role, an organisation, a group or an anonymous source, decided by the head noun and determiner. */
function describeWithoutName(doc: AnalyzedText, mention: Mention, parts: PhraseParts): void {
  const { tokens, words, det, head, end, coreEnd } = parts;
  const headLower = bare(head);
  const plural = head.lemma !== head.lower && head.lower.endsWith('s');
  const capitalizedModifiers = words.slice(0, -1).filter((w) => isCapitalized(w) && !isTitleWord(w) && !hasWordClass(w, W.POSSESSIVE_ENDING));
  mention.descriptors.push(textOf(doc, tokens));
  if (SPOKESPERSON_NOUNS.has(headLower) && capitalizedModifiers.length > 0) {
    // "a Kremlin spokesperson", "a White House statement": the organisation speaks.
    mention.kind = 'organization';
    mention.name = textOf(doc, capitalizedModifiers);
  } else if (DOCUMENT_NOUNS.has(headLower)) {
    mention.kind = 'unknown';
  } else if (isOrgWord(head) && !plural) {
    mention.kind = 'organization';
    if (isCapitalized(head) && det?.lower === 'the') mention.name = textOf(doc, words);
  } else if (ANONYMOUS_SOURCE_NOUNS.has(headLower) && (det === null || INDEFINITE_DETERMINERS.has(det.lower)) && (!plural || headLower.startsWith('source') || end > coreEnd)) {
    mention.kind = 'anonymous';
  } else if (plural) {
    mention.kind = 'group';
  } else if (det !== null && INDEFINITE_DETERMINERS.has(det.lower)) {
    mention.kind = 'anonymous';
  } else if (head.pos === 'NUM') {
    mention.kind = 'group';
  } else {
    mention.kind = isTitleWord(head) || ROLE_NOUNS.has(headLower) || headLower === 'old' || /-year-old$/u.test(headLower) ? 'person' : 'unknown';
  }
}
