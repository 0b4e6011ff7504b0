// Typed name mentions: every run of capitalised words outside quotes, cut into names with
// their titles set apart, and classified as a person, an organisation, a place or a group
// from the words themselves (data tables, not guesses). Nothing implausible becomes a name:
// sentence-initial common words, page furniture, months and places never name a person.
import type { AnalyzedText, Token } from '../document.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, ROLE_NOUNS } from '../data/lexicon.generated.js';
import { NAME_ORGANIZATION_SUFFIXES } from '../data/role-synonyms.js';
import { CALENDAR_WORDS, PAGE_FURNITURE_PATTERNS } from '../data/not-names.js';
import { PLACE_ABBREVIATIONS, PUBLICATION_WORDS, WORD_FIRST_NAME_GENDER } from '../data/entity-words.js';
import { GROUP_PROPER_NOUNS } from '../data/source-nouns.js';
import { COURTESY_TITLES, GENDERED_HONORIFICS, TITLE_WORDS } from '../data/titles.js';
import type { EntityKind, GenderEvidence, NameMention } from './types.js';
import { POSSESSIVE_ENDINGS, SENTENCE_OPENING_MARKS } from '../data/punctuation.js';
import { GENERATIONAL_SUFFIXES, ORG_NAME_CONNECTORS } from '../data/name-parts.js';
import { HEADLINE_LOWER_TAGS, NOT_NAME_TAGS } from '../data/tag-classes.js';
import { ARTICLES } from '../data/function-words.js';
import { QUOTE_MARK_CHARS, QUOTE_MARK_TOKENS } from '../data/quote-marks.js';
import { inCapitals, isAsciiLower, isUpperText } from '../layers/tokens.js';
import { formClasses, W } from '../layers/word-classes.js';
import { NAME_ORIGIN_PREPOSITIONS } from '../data/clause-words.js';

const UPPER_FIRST = /^\p{Lu}/u;
// Regular expressions live here, compiled once, not in the functions that run per token.
const INITIAL = /^\p{Lu}\.?$/u;
const DOTTED_CAPITALS = /^(\p{Lu}\.?){2,}$/u;
const FINAL_DOT = /\.$/u;
const CAPITALS_PLURAL = /^\p{Lu}{2,}s?$/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const TWO_LETTERS = /\p{L}{2}/u;
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const DIGIT = /\d/u;
const PUNCT_AFTER_NAME = /^[\p{P}]/u;
/** Longest syllable of a hyphenated given name ("Ki-moon", "Jong-un", "Geun-hye"). */
const SYLLABLE_MAX = 4;
/** Long words (four letters or more) of a first paragraph ending in a full stop that, all capitalised, make it a headline. */
const HEADLINE_WORDS_WITH_STOP = 5;
const ONE_INITIAL = /^(\p{Lu}\.){1}$/u;
const POSSESSIVE_END = /[’']s$/u;
const APOSTROPHES = /\u2019/gu;
const ACRONYM_IN_PARENS = /^\p{Lu}[\p{Lu}.&-]+$/u;
const DOTS = /\./g;
const ACRONYM_LETTERS = /^[A-Z]{2,6}$/;
/**
 * The page-furniture patterns as one expression, tried once per name (not one test per pattern):
 * only when they share their flags and hold no back-reference or named group, else each in turn.
 */
const PAGE_FURNITURE: { test(text: string): boolean } =
  PAGE_FURNITURE_PATTERNS.length > 0 &&
  PAGE_FURNITURE_PATTERNS.every((p) => p.flags === PAGE_FURNITURE_PATTERNS[0]!.flags && !p.global && !p.sticky && !/\\\d|\\k<|\(\?</u.test(p.source))
    ? new RegExp(PAGE_FURNITURE_PATTERNS.map((p) => `(?:${p.source})`).join('|'), PAGE_FURNITURE_PATTERNS[0]?.flags ?? '')
    : { test: (text) => PAGE_FURNITURE_PATTERNS.some((p) => p.test(text)) };
/** Starts with a capital: A-Z by char code (the common case), the Unicode class otherwise. */
function isCap(t: Token | undefined): boolean {
  // The analysis's capital bit (`Token.word`): the same test as isCapText on the token's text.
  return t !== undefined && (t.word & W.CAPITALIZED) !== 0;
}
function isCapText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text);
}
/** Any token in [from, to) that satisfies `pred` (no slice allocated). */
function anyIn(tokens: readonly Token[], from: number, to: number, pred: (t: Token) => boolean): boolean {
  for (let k = from; k < to; k++) if (pred(tokens[k]!)) return true;
  return false;
}
const isOrgToken = (x: Token): boolean => (bareClassOf(x) & W_ORG) !== 0;
const isOrgOrConnector = (x: Token): boolean => {
  const c = x.word;
  return ((bareClassOf(x)) & W_ORG) !== 0 || ((c & W_CONNECTOR) !== 0 && !isCap(x));
};
const isOrgOrTitle = (w: Token): boolean => {
  const c = bareClassOf(w);
  return (c & W_ORG) !== 0 || titleIn(w, c);
};
const isOrgNotTitle = (w: Token): boolean => {
  const c = bareClassOf(w);
  return (c & W_ORG) !== 0 && !titleIn(w, c);
};
const endsWithDot = (w: string): boolean => w.charCodeAt(w.length - 1) === 46;
const bare = (t: Token): string => (endsWithDot(t.lower) ? t.lower.slice(0, -1) : t.lower);
/** Quote-mark characters by code (a code-unit test, no one-character string looked up). */
const QUOTE_MARK_CODES: ReadonlySet<number> = new Set([...QUOTE_MARK_CHARS].map((c) => c.charCodeAt(0)));
/** The first characters of the quote-mark tokens: a token starting otherwise is none (no lookup of its text). */
const QUOTE_TOKEN_STARTS: ReadonlySet<number> = new Set([...QUOTE_MARK_TOKENS].map((m) => m.charCodeAt(0)));
const isQuoteMarkToken = (text: string): boolean => QUOTE_TOKEN_STARTS.has(text.charCodeAt(0)) && QUOTE_MARK_TOKENS.has(text);
/** The longest connector ("for", "and"): a longer word is none, with no lookup of a freshly cut string. */
const CONNECTOR_MAX = Math.max(0, ...[...ORG_NAME_CONNECTORS].map((w) => w.length));
/** A name run longer than this is a title-case headline or a list, not one name. */
const MAX_RUN = 10;

/** Does the first name (lower case) usually belong to a man or a woman? Data only, for agreement. */
export function firstNameGender(word: string): 'male' | 'female' | null {
  if (MALE_FIRST_NAMES.has(word)) return 'male';
  if (FEMALE_FIRST_NAMES.has(word)) return 'female';
  return WORD_FIRST_NAME_GENDER.get(word) ?? null;
}

// Every table a word is in, as bits (layers/word-classes.ts): a token carries the bits of its
// lower-case form (`Token.word`, computed once per word by the analysis); a string is looked up once.
const W_FIRST = W.FIRST_NAME;
const W_TITLE = W.TITLE;
const W_HONORIFIC = W.HONORIFIC;
const W_ORG = W.ORGANIZATION_WORD;
const W_NEVER = W.NEVER_NAME;
const W_LAST = W.LAST_NAME;
const W_DEMONYM = W.DEMONYM;
const W_PLACE = W.PLACE_NAME;
const W_CONNECTOR = W.NAME_CONNECTOR;
const W_PARTICLE = W.NAME_PARTICLE;
const W_SPEECH = W.SPEECH_VERB_FORM;
const classOf = formClasses;
/** The classes of a token's word without its final full stop ("sen." → "sen"): its own bits when it has none. */
const bareClassOf = (t: Token): number => (endsWithDot(t.lower) ? classOf(t.lower.slice(0, -1)) : t.word);
/** Is the token a title, given the classes of its bare word? */
const titleIn = (t: Token, bareClass: number): boolean => (bareClass & W_TITLE) !== 0 || ((bareClass & W_HONORIFIC) !== 0 && t.text.endsWith('.'));

export const isFirstName = (w: string): boolean => (classOf(w) & W_FIRST) !== 0;
const isOrgWord = (w: string): boolean => (classOf(w) & W_ORG) !== 0;
export const isOrganizationWord = isOrgWord;
const isTitle = (t: Token): boolean => titleIn(t, bareClassOf(t));
/** A title, a first name or a known surname: a word a name may open with (one lookup). */
function isNameWord(t: Token): boolean {
  const c = t.word;
  return (c & (W_FIRST | W_LAST)) !== 0 || titleIn(t, bareClassOf(t));
}
/** A one-letter initial ("J." or "J"). */
const isInitial = (t: Token): boolean => INITIAL.test(t.text);
const isAcronym = (text: string): boolean => !isAsciiLower(text.charCodeAt(1)) && (DOTTED_CAPITALS.test(text.replace(FINAL_DOT, '.')) || CAPITALS_PLURAL.test(text));

/**
 * A capitalised word that may be a given name before a surname: letters only, no title,
 * organisation word, place, demonym, month or page-furniture word ("Barack" in "Barack Obama";
 * not "President", "Fox" in "Fox News" is an organisation word only by its run).
 */
export function mayBeGivenName(t: Token): boolean {
  return isCap(t) && LETTERS_ONLY.test(t.text) && !isTitle(t) && (t.word & (W_ORG | W_NEVER)) === 0 && !NOT_NAME_TAGS.has(t.pos);
}

/** Words that on their own are never a name: places, demonyms, months, page furniture. */
export function isNeverName(w: string): boolean {
  return (classOf(w) & W_NEVER) !== 0;
}

/** `Ada "Dee" Moss`: after a first name, a quoted capitalised word, then a capitalised surname. */
function nicknameAt(tokens: readonly Token[], e: number): boolean {
  const open = tokens[e];
  const nick = tokens[e + 1];
  const close = tokens[e + 2];
  const surname = tokens[e + 3];
  const given = tokens[e - 1]!;
  // The cheap test first: asked at the end of every run, and most runs do not end in a first name.
  if ((given.word & W_FIRST) === 0 || !open || !nick || !close || !surname || !isQuoteMarkToken(open.text) || !isQuoteMarkToken(close.text)) return false;
  return isCap(nick) && LETTERS_ONLY.test(nick.text) && nameToken(surname) && LETTERS_ONLY.test(surname.text) && surname.paragraph === given.paragraph && close.end === nick.end + close.text.length && open.end === nick.start;
}

/** A capitalised token that may be part of a name run. */
function nameToken(t: Token): boolean {
  if (!isCap(t)) return false;
  if (t.pos === 'PROPN') return true;
  const c = t.word;
  if ((c & W_SPEECH) !== 0) return false;
  return titleIn(t, bareClassOf(t)) || !NOT_NAME_TAGS.has(t.pos);
}

/** Is token i glued between two capitalised words by a hyphen ("Holtz-Eakin", "Jo-Renee")? */
function gluedHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const a = tokens[i - 1];
  const b = tokens[i + 1];
  return t !== undefined && a !== undefined && b !== undefined && (t.text === '-' || t.text === '‐' || (t.text === '/' && nameToken(b))) && a.end === t.start && t.end === b.start && isCap(b);
}

/**
 * "Ban Ki-moon", "Kim Jong-un": a short capitalised syllable inside a name, glued by a hyphen to a
 * short lower-case syllable, is one given name. Never the run's first word and never a long
 * word before the hyphen, so "Obama-era" or "Trump-backed" do not join a name.
 */
function gluedLowerSyllable(tokens: readonly Token[], runStart: number, i: number): boolean {
  const a = tokens[i - 1];
  const t = tokens[i];
  const b = tokens[i + 1];
  if (a === undefined || t === undefined || b === undefined || i - 1 <= runStart) return false;
  if (!(t.text === '-' || t.text === '‐') || a.end !== t.start || t.end !== b.start) return false;
  const after = tokens[i + 2];
  const gluedOn = after !== undefined && after.start === b.end && !PUNCT_AFTER_NAME.test(after.text);
  return isCap(a) && a.text.length <= SYLLABLE_MAX && !isCap(b) && LETTERS_ONLY.test(b.text) && b.text.length <= SYLLABLE_MAX && !gluedOn;
}

/**
 * "Zero Hedge", "Three Mile Island": inside a sentence a capitalised number word before a
 * capitalised word (tagged a noun, not only a proper noun) opens a name, outside a title-case headline.
 */
function numberOpensName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.pos === 'NUM' && tokens[i]!.paragraph > 0 && next !== undefined && next.start === tokens[i]!.end + 1 && nameToken(next);
}

/** "Lashkar-e-Taiba", "al-Qaeda": a capital glued to a hyphen after a lower-case word is the tail of one compound, no name of its own. */
function gluedAfterHyphen(tokens: readonly Token[], i: number): boolean {
  const h = tokens[i - 1];
  const w = tokens[i - 2];
  return h !== undefined && w !== undefined && (h.text === '-' || h.text === '‐') && h.end === tokens[i]!.start && w.end === h.start && !isCap(w);
}

/**
 * Every name mention outside quotes, in document order. `inQuote(i)` says whether token i is
 * inside quote marks (the speaker's words name people who do not act in the article).
 */
export function findNameMentions(doc: AnalyzedText, inQuote: (token: number) => boolean): NameMention[] {
  const { tokens } = doc;
  const out: NameMention[] = [];
  // Words the article writes in lower case somewhere: the same word capitalised at a
  // sentence start is that common word ("Security has become …" after "security").
  const lowerWords = new Set<string>();
  // Which tokens start with a capital, read once: no name starts at any other token (most of them).
  const capital = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isCap(t)) capital[k] = 1;
    else if (t.pos !== 'PUNCT') lowerWords.add(t.lower);
  }
  const headline = titleCaseHeadlineEnd(doc);
  // The article's acronyms ("S.E.C.", "NGA"), read once, only when a run asks.
  let acronyms: Set<string> | undefined;
  let bodyCaps: Set<string> | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "said Will Doyle": a first name the tagger read as a verb, before a capitalised name.
    if (capital[i] === 0 || inQuote(i) || gluedAfterHyphen(tokens, i) || (!nameToken(t) && !(isCap(t) && LETTERS_ONLY.test(t.text) && (tokens[i + 1]?.pos === 'PROPN' || numberOpensName(tokens, i)) && isCap(tokens[i + 1]) && !startsSentence(doc, i)))) {
      i++;
      continue;
    }
    // The run: capitalised words, glued hyphens, particles and org connectors between capitals.
    let e = i + 1;
    while (e < tokens.length && e - i < MAX_RUN && tokens[e]!.paragraph === t.paragraph) {
      // Ada "Dee" Moss: a nickname in quote marks between a first name and a surname stays in the name.
      if (nicknameAt(tokens, e) && !inQuote(e + 3)) {
        e += 4;
        continue;
      }
      if (inQuote(e)) break;
      const w = tokens[e]!;
      // An all-capitals word after a mixed-case name starts another name ("Smith CNN"), except
      // a generational suffix ("Vann R. Newkirk II").
      if (nameToken(w) && (!(isUpperText(w.text) && TWO_LETTERS.test(w.text) && e > i && !inCapitals(tokens, i, e)) || GENERATIONAL_SUFFIXES.has(bare(w)))) {
        e++;
        continue;
      }
      // "Alliance to Reclaim Our Schools", "Mothers Against Drunk Driving": a capitalised function
      // word inside a sentence, after an organisation's word and before a capitalised word, is part of its name.
      if (e >= headline && isCap(w) && LETTERS_ONLY.test(w.text) && !startsSentence(doc, e) && nameToken(tokens[e + 1] ?? w) && tokens[e + 1]?.paragraph === t.paragraph && !CALENDAR_WORDS.has(bare(tokens[e + 1]!)) && anyIn(tokens, i, e, isOrgToken)) {
        e++;
        continue;
      }
      if (gluedHyphen(tokens, e)) {
        e += 2;
        continue;
      }
      if (gluedLowerSyllable(tokens, i, e)) {
        e += 2;
        continue;
      }
      const next = tokens[e + 1];
      const wc = w.word;
      // "the Times on Saturday": a day or month after a connector is no part of the name.
      if ((wc & (W_PARTICLE | W_CONNECTOR)) !== 0 && w.lower !== 'the' && nameToken(next ?? w) && next !== undefined && next.paragraph === t.paragraph && !CALENDAR_WORDS.has(bare(next))) {
        e++;
        continue;
      }
      // "of the United States": a connector then "the" then a capital.
      // Also "Committee for a Responsible Federal Budget".
      if ((wc & W_CONNECTOR) !== 0 && w.lower !== 'the' && (tokens[e + 1]?.lower === 'the' || tokens[e + 1]?.lower === 'a') && nameToken(tokens[e + 2] ?? w) && tokens[e + 2] !== undefined) {
        e += 2;
        continue;
      }
      break;
    }
    // In a title-case headline verbs and common words are capitalised too: a person's name ends
    // before a word the article never capitalises below it ("Hillary Clinton Goes After …").
    if (e <= headline) {
      bodyCaps ??= capitalisedAfter(tokens, headline, capital);
      const cut = headlineNameEnd(tokens, i, e, bodyCaps);
      // A word only the headline capitalises opens a name of its own ("Okafor Says …") unless
      // it is a verb or a common word of the article ("Hit Piece").
      if (cut === i && (t.pos === 'VERB' || isCommonWordHere(t, lowerWords))) {
        i++;
        continue;
      }
      e = Math.max(cut, i + 1);
    }
    // "SAVE A QUARTER Let's": a subhead in capitals (up to the first mixed-case word) whose words the article also writes in lower case is no name.
    let caps = i;
    while (caps < e && isUpperText(tokens[caps]!.text)) caps++;
    if (isCommonCapitalsRun(tokens, i, caps, lowerWords)) {
      i = caps;
      continue;
    }
    // A connector is only kept inside an organisation's name; cut it otherwise.
    for (const m of readRun(doc, i, e, lowerWords, () => (acronyms ??= acronymsOf(tokens)))) {
      m.properWords = m.words.length >= 2 && m.words.every((w) => !lowerWords.has(w));
      m.headline = m.endToken <= headline;
      // In a title-case headline every word is capitalised: a title before words that hold no
      // first name makes no person ("Senator Tours Flooded Plant").
      if (m.headline && m.descriptors.length > 0 && m.kind !== 'organization' && m.kind !== 'place' && !isFirstName(m.words[0] ?? '')) continue;
      out.push(m);
    }
    i = e;
  }
  return out;
}

/**
 * The end token of a title-case headline (the first paragraph, without a final full stop,
 * when most of its words of four letters or more are capitalised), else 0.
 */
function titleCaseHeadlineEnd(doc: AnalyzedText): number {
  const { tokens } = doc;
  let words = 0;
  let caps = 0;
  let k = 0;
  // A lower-case word other than an article, preposition or conjunction ("met") marks a sentence.
  let lowerContent = false;
  for (; k < tokens.length && tokens[k]!.paragraph === 0; k++) {
    const t = tokens[k]!;
    if (!lowerContent && LETTERS_ONLY.test(t.text) && !isCap(t) && !HEADLINE_LOWER_TAGS.has(t.pos)) lowerContent = true;
    if (t.text.length < 4 || !LETTERS_ONLY.test(t.text)) continue;
    words++;
    if (isCap(t)) caps++;
  }
  // A headline has no full stop at its end ("Bolton met Patrushev in Geneva." is a sentence),
  // unless five long words or more are all capitalised and only articles, prepositions and
  // conjunctions are in lower case ("Obama Sees Insult if Voters Stay Home.").
  const last = tokens[k - 1];
  if (last === undefined || words < 3) return 0;
  return last.text !== '.' ? (caps >= 0.8 * words ? k : 0) : words >= HEADLINE_WORDS_WITH_STOP && caps === words && !lowerContent ? k : 0;
}

/**
 * Where a name run inside a title-case headline ends: before the first word the article never
 * writes with a capital below the headline ("Hillary Clinton Goes After …", "Exploits Trump
 * Supporter"), a first name or a title excepted. `bodyCaps`: capitalised words after the headline.
 */
function headlineNameEnd(tokens: readonly Token[], i: number, e: number, bodyCaps: ReadonlySet<string>): number {
  for (let k = i; k < e; k++) {
    const t = tokens[k]!;
    if (!LETTERS_ONLY.test(t.text) || bodyCaps.has(t.lower) || (t.word & W_FIRST) !== 0 || isTitle(t)) continue;
    // "… To Use The Words": no article or connector is left at the end.
    while (k > i && (tokens[k - 1]!.lower === 'the' || isConnector(tokens[k - 1]!))) k--;
    return k;
  }
  return e;
}

/** The lower-case forms of the capitalised words from token `from` on. */
function capitalisedAfter(tokens: readonly Token[], from: number, capital: Uint8Array): Set<string> {
  const out = new Set<string>();
  // `capital`: which tokens start with a capital (read once by the caller).
  for (let k = from; k < tokens.length; k++) if (capital[k] === 1) out.add(tokens[k]!.lower);
  return out;
}

/**
 * Tokens [i, e) are two or more words in capitals, each one the article also writes in lower case:
 * a subhead of common words ("A QUARTER"), never a name. An acronym ("FBI") or a name in capitals
 * ("WALLACE") is never written in lower case, so it stays.
 */
function isCommonCapitalsRun(tokens: readonly Token[], i: number, e: number, lowerWords: ReadonlySet<string>): boolean {
  if (e - i < 2 || !inCapitals(tokens, i, e)) return false;
  for (let k = i; k < e; k++) {
    const t = tokens[k]!;
    if (!LETTERS_ONLY.test(t.text) || !lowerWords.has(t.lower)) return false;
  }
  return true;
}

/** Splits and reads the run [i, e) into zero or more name mentions. */
function readRun(doc: AnalyzedText, i: number, e: number, lowerWords: ReadonlySet<string>, acronyms: () => ReadonlySet<string>): NameMention[] {
  const { tokens } = doc;
  const out: NameMention[] = [];
  let s = i;
  // Sentence-initial words that are common words, not names ("Having", "Doctors", "Injecting").
  while (s < e && startsSentence(doc, s) && tokens[s]!.pos !== 'PROPN' && !isNameWord(tokens[s]!)) s++;
  // "… centers The S.E.C. said" (a lost full stop): a capitalised article opening a run is no part of the name.
  while (s < e - 1 && tokens[s]!.lower === 'the') s++;
  // "Protesters said", "Lawmakers agreed": a lone plural at the start of a sentence is a group noun.
  if (e - s === 1 && startsSentence(doc, s) && (isPluralNoun(tokens[s]!) || isCommonWordHere(tokens[s]!, lowerWords))) return out;
  // Connectors split the run unless the whole reads as one organisation's name.
  const parts = splitAtConnectors(tokens, s, e, acronyms);
  for (const [a, b] of parts) {
    for (const [c, d] of splitNames(tokens, a, b)) {
      const m = readName(doc, c, d);
      if (m) out.push(m);
    }
  }
  return out;
}

/** A word the article also writes in lower case (or its singular: "Delegates" after "delegate"), and no known name. */
function isCommonWordHere(t: Token, lowerWords: ReadonlySet<string>): boolean {
  if (isNameWord(t)) return false;
  return lowerWords.has(t.lower) || (t.lower.endsWith('s') && lowerWords.has(t.lower.slice(0, -1)));
}

/** A plural common noun written with a capital ("Protesters"), not a surname ending in s ("Adams"). */
export function isPluralNoun(t: Token): boolean {
  return CAPITALISED_PLURAL.test(t.text) && (t.word & (W_LAST | W_FIRST)) === 0 && (t.lemma !== t.lower || t.pos === 'NOUN');
}

export function startsSentence(doc: AnalyzedText, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  return prev === undefined || prev.sentence !== t.sentence || prev.paragraph !== t.paragraph || SENTENCE_OPENING_MARKS.has(prev.text);
}

/**
 * "Federal Bureau of Prisons", "Securities and Exchange Commission", "Alliance to Reclaim Our
 * Schools" stay whole: an organisation word on either side of the connector. Otherwise the
 * connector ends one name and starts another ("Clinton and Trump").
 */
function splitAtConnectors(tokens: readonly Token[], s: number, e: number, acronyms: () => ReadonlySet<string>): [number, number][] {
  const parts: [number, number][] = [];
  let a = s;
  for (let k = s; k < e; k++) {
    const w = tokens[k]!;
    if ((w.word & W_CONNECTOR) === 0 || isCap(w)) continue;
    const left = anyIn(tokens, a, k, isOrgToken);
    let r = k + 1;
    while (r < e && (isCap(tokens[r]!) || gluedHyphen(tokens, r) || tokens[r]!.lower === 'the')) r++;
    const right = anyIn(tokens, k + 1, r, isOrgToken);
    // "Mr. Morgan of the Sierra Club", "Member of House panel": a person (or a title) of an organisation.
    const person = a === s && (isTitle(tokens[a]!) || (tokens[a]!.word & W_FIRST) !== 0);
    const and = w.lower === 'and' || w.lower === '&';
    // "Securities and Exchange Commission" when the article also writes "S.E.C.": the acronym shows one name.
    // "Minister of Finance Ann Lind": a title's `of` phrase before a person's name stays in the run (readName sets it apart).
    const keep = (!person && (and ? right && (!left || acronyms().has(initialsOf(tokens, a, r))) : left || (right && w.lower !== 'to'))) || nameAfterTitleOf(tokens, k, e) >= 0;
    if (!keep) {
      if (k > a) parts.push([a, k]);
      a = k + 1;
      while (a < e && tokens[a]!.lower === 'the') a++;
    }
  }
  if (e > a) parts.push([a, e]);
  return parts;
}

/** "Chief of Staff Denis McDonough": after a title and its lower-case `of`/`for` at k, the index of the first name that follows the capitalised words of its phrase (with a word after it), else -1. */
function nameAfterTitleOf(tokens: readonly Token[], k: number, b: number): number {
  const c = tokens[k]!;
  if ((c.lower !== 'of' && c.lower !== 'for') || isCap(c) || k < 1 || !isTitle(tokens[k - 1]!)) return -1;
  for (let j = k + 1; j < b - 1; j++) {
    const t = tokens[j]!;
    if (!isCap(t)) return -1;
    if (j > k + 1 && (t.word & W_FIRST) !== 0) return j;
  }
  return -1;
}

/** The index of the first first name in tokens [from, b), else b. */
function firstNameFrom(tokens: readonly Token[], from: number, b: number): number {
  for (let k = from; k < b; k++) if ((tokens[k]!.word & W_FIRST) !== 0) return k;
  return b;
}

/** Lower-case acronyms the article writes: two to six capitals, dotted or not ("S.E.C." → "sec"). */
function acronymsOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c < 65 || c > 90 || t.text.length < 2 || !isUpperText(t.text)) continue;
    const w = t.text.replace(DOTS, '');
    if (ACRONYM_LETTERS.test(w)) out.add(w.toLowerCase());
  }
  return out;
}

/** Initials of the capitalised words of tokens [a, r) ("Securities and Exchange Commission" → "sec"). */
function initialsOf(tokens: readonly Token[], a: number, r: number): string {
  let out = '';
  for (let k = a; k < r; k++) if (isCap(tokens[k]!)) out += tokens[k]!.lower[0];
  return out;
}

/**
 * Cuts a run where one name ends and another begins: after an organisation word that is
 * followed by a person's name ("Washington Post Trump"), before a first name that follows
 * words which are not first names ("Universe Alicia Machado", "Injecting Clinton").
 */
function splitNames(tokens: readonly Token[], a: number, b: number): [number, number][] {
  for (let k = a + 1; k < b; k++) {
    const w = tokens[k]!;
    const prev = tokens[k - 1]!;
    // Never inside a hyphenated word, nor around a nickname in quote marks (`Margaret “Peg” Haller`).
    if (prev.text === '-' || w.text === '-' || prev.text === '/' || w.text === '/' || isQuoteMarkToken(prev.text) || isQuoteMarkToken(w.text)) continue;
    // The tables of both words, one lookup each (and one more for a word with a final full stop).
    const pc = prev.word;
    const pb = bareClassOf(prev);
    const first = (w.word & W_FIRST) !== 0;
    const orgBefore = (pb & W_ORG) !== 0 && !titleIn(prev, pb);
    // Only after words that are no part of a person's name: a place, a demonym, a common word.
    const notName = (pc & W_NEVER) !== 0 || (prev.pos !== 'PROPN' && (pc & W_LAST) === 0);
    const firstHere = first && b - k >= 2 && notName && (pc & W_FIRST) === 0 && !titleIn(prev, pb) && !isInitial(prev) && (pc & W_PARTICLE) === 0 && !((pc & W_CONNECTOR) !== 0 && !isCap(prev));
    const afterOrg = orgBefore && (first || b - k <= 2);
    // No organisation word or connector after the cut (nor, for a first name, before it).
    if ((afterOrg || firstHere) && !anyIn(tokens, k, b, isOrgOrConnector) && (afterOrg || !anyIn(tokens, a, k, isOrgOrConnector))) {
      // Titles before the first name stay with it ("Miss Universe Alicia Machado" keeps its title as descriptor).
      return [[a, k], ...splitNames(tokens, k, b)];
    }
  }
  return [[a, b]];
}

/** A title or a demonym ("Russian", "President"): a word before a name that describes it. */
function isTitleOrDemonym(t: Token): boolean {
  const c = t.word;
  return (c & W_DEMONYM) !== 0 || titleIn(t, bareClassOf(t));
}
/** The longest dotted place abbreviation ("Calif."): a longer name is none (no lookup). */
const PLACE_ABBREVIATION_MAX = Math.max(0, ...[...PLACE_ABBREVIATIONS].map((w) => w.length));
/** Their last characters (a full stop): a name ending otherwise is none. */
const PLACE_ABBREVIATION_ENDS: ReadonlySet<number> = new Set([...PLACE_ABBREVIATIONS].map((w) => w.charCodeAt(w.length - 1)));

const isConnector = (t: Token): boolean => (t.word & W_CONNECTOR) !== 0 && !isCap(t);

/** Reads tokens [a, b) as one name: titles before it become descriptors, the rest is the name. */
function readName(doc: AnalyzedText, a: number, b: number): NameMention | null {
  const { tokens } = doc;
  // A possessive ends the name ("Trump’s").
  while (b > a && ((tokens[b - 1]!.word & W.POSSESSIVE_ENDING) !== 0 || tokens[b - 1]!.pos === 'PART')) b--;
  while (b > a && isConnector(tokens[b - 1]!)) b--;
  // "According to a Reuters/Ipsos poll": a lower-case article left after a cut connector opens no name.
  while (a < b - 1 && ARTICLES.has(tokens[a]!.text)) a++;
  // "White House Chief of Staff Denis McDonough", "Minister of Finance Ann Lind": a title's `of`
  // phrase is part of the descriptor; the name starts at the first name after it.
  for (let k = a + 1; k < b - 2; k++) {
    const j = nameAfterTitleOf(tokens, k, b);
    if (j < 0) continue;
    const m = readName(doc, j, b);
    if (m && m.kind !== 'organization') {
      m.descriptors.unshift(doc.text.slice(tokens[a]!.start, tokens[j - 1]!.end));
      m.personEvidence = true;
      if (m.kind === 'unknown') m.kind = 'person';
    }
    return m;
  }
  let n = a;
  let gender: GenderEvidence | null = null;
  const titles: Token[] = [];
  let personEvidence = false;
  // Demonyms and party words before a name are descriptors ("Russian President Vladimir Putin"),
  // but part of an organisation's name ("Republican National Committee", "New York Times").
  // "White House Press Secretary Josh Earnest", "European Council President Donald Tusk": an
  // organisation, then a title, then a person's name: all before the name is the descriptor.
  for (let t = b - 2; t > a; t--) {
    // Only words before a first name can be titles or an organisation ("Sen. Jon Tester": a surname that is also a role word).
    if (!isTitle(tokens[t]!) || anyIn(tokens, t + 1, firstNameFrom(tokens, t + 1, b), isOrgOrTitle)) continue;
    if (b - t - 1 >= 2 || (tokens[t + 1]!.word & W_FIRST) !== 0) {
      const m = readName(doc, t + 1, b);
      if (m && m.kind !== 'organization') {
        m.descriptors.unshift(doc.text.slice(tokens[a]!.start, tokens[t]!.end));
        m.personEvidence = true;
        if (m.kind === 'unknown') m.kind = 'person';
      }
      return m;
    }
    break;
  }
  const orgName = anyIn(tokens, a, b, isOrgNotTitle);
  while (!orgName && n < b - 1 && isTitleOrDemonym(tokens[n]!) && !(tokens[n + 1]!.text === '-')) {
    const w = tokens[n]!;
    const g = GENDERED_HONORIFICS.get(bare(w));
    if (g) gender ??= { gender: g, text: w.text, start: w.start, end: w.end };
    if (isTitle(w)) personEvidence = true;
    if (!COURTESY_TITLES.has(bare(w))) titles.push(w);
    n++;
  }
  // Lower-case roles right before the run ("Republican nominee Donald Trump", "political
  // scientist Priya Raman", "press secretary Josh Earnest") are titles too.
  if (!orgName) {
    let k = a;
    while (k > 0 && a - k < 6 && tokens[k - 1]!.sentence === tokens[a]!.sentence && (isTitleOrDemonym(tokens[k - 1]!) || (tokens[k - 1]!.pos === 'ADJ' && k < a) || (tokens[k - 1]!.pos === 'NOUN' && k < a))) k--;
    // Only a run that ends in a role word is a title ("nominee", "scientist").
    let r = a;
    while (r > k && !isTitle(tokens[r - 1]!)) r--;
    if (r > k) {
      const role = tokens.slice(k, r);
      for (const w of role) {
        const g = GENDERED_HONORIFICS.get(bare(w));
        if (g) gender ??= { gender: g, text: w.text, start: w.start, end: w.end };
      }
      personEvidence = true;
      titles.unshift(...role.filter((w) => !COURTESY_TITLES.has(bare(w))));
    }
  }
  if (n >= b) return null;
  const nameTokens = tokens.slice(n, b);
  const first = nameTokens[0]!;
  const last = nameTokens[nameTokens.length - 1]!;
  const name = doc.text.slice(first.start, last.end);
  const written = doc.text.slice(tokens[a]!.start, last.end);
  if (PAGE_FURNITURE.test(written)) return null;
  const words: string[] = [];
  for (const w of nameTokens) if (w.text !== '-' && !isConnector(w)) words.push(bare(w));
  // "Ashton, Md.": a dotted state abbreviation names a place.
  if (name.length <= PLACE_ABBREVIATION_MAX && PLACE_ABBREVIATION_ENDS.has(name.charCodeAt(name.length - 1)) && PLACE_ABBREVIATIONS.has(name)) return mention(doc, nameTokens, nameWords(name), 'place', titles, gender, false);
  // Each word's tables, read once for the tests below.
  let everyNever = true;
  let everyPlace = true;
  let everyPlaceOrDemonym = true;
  let someOrg = false;
  for (const w of words) {
    const c = classOf(w);
    if ((c & W_NEVER) === 0 && !((c & W_CONNECTOR) !== 0 && !isCapText(w))) everyNever = false;
    if ((c & W_PLACE) === 0 && w !== 'of' && w !== 'the') everyPlace = false;
    if ((c & (W_PLACE | W_DEMONYM)) === 0) everyPlaceOrDemonym = false;
    if ((c & W_ORG) !== 0) someOrg = true;
  }
  // "the Ashton Observer": a publication word ending a name after `the` names a newspaper, even after a first name.
  if (words.length >= 2 && tokens[n - 1]?.lower === 'the' && PUBLICATION_WORDS.has(words[words.length - 1]!)) someOrg = true;
  if (words.length === 0 || everyNever) {
    // A place on its own still names a place (a country speaks for its government).
    if (words.length > 0 && everyPlace) return mention(doc, nameTokens, nameWords(name), 'place', titles, gender, false);
    return null;
  }
  // "the Trump campaign": the name is a modifier of the noun after it, not an organisation itself.
  const modifier = tokens[b]?.pos === 'NOUN' && !isCap(tokens[b]!);
  // "RT America", "EB-5": an acronym that is no initial or suffix, or a digit, is no person's name.
  const acronymWord = nameTokens.length > 1 && nameTokens.some((w) => ALL_CAPITALS.test(w.text) && !GENERATIONAL_SUFFIXES.has(w.lower));
  if (DIGIT.test(name)) return null;
  // "Reuters/Ipsos", "Suffolk University/Boston Globe": partners joined by a slash are organisations.
  const org = acronymWord || someOrg || nameTokens.some((w) => w.text === '/') || (tokens[n - 1]?.lower === 'the' && !modifier) || (nameTokens.length === 1 && isAcronym(first.text) && !ONE_INITIAL.test(first.text));
  const fw = words[0]!;
  if (isFirstName(fw) && words.length >= 2) personEvidence = true;
  if (words.length >= 2 && isInitial(first)) personEvidence = true;
  let kind: EntityKind;
  if (words.length === 1 && GROUP_PROPER_NOUNS.has(fw)) kind = 'group';
  else if (org && !(personEvidence && !someOrg)) kind = 'organization';
  // Two capitalised words without a first name or title ("Metro Transit", "Pell Grants") may
  // be a person or not: 'unknown' until the article shows which.
  else if (personEvidence) kind = 'person';
  else kind = 'unknown';
  if (kind !== 'organization' && words.length >= 2 && everyPlaceOrDemonym) kind = 'place';
  // "the Clinton campaign", "the Obama administration": an organisation named after its person.
  const suffix = tokens[b];
  if (suffix && kind !== 'organization' && NAME_ORGANIZATION_SUFFIXES.has(suffix.lower)) {
    return mention(doc, [...nameTokens, suffix], [...words, suffix.lower], 'organization', titles, null, false);
  }
  // "Clinton’s campaign" is the Clinton campaign: named without the possessive.
  const owned = suffix && suffix.start === last.end && POSSESSIVE_ENDINGS.has(suffix.lower) ? tokens[b + 1] : undefined;
  if (owned && kind !== 'organization' && kind !== 'place' && NAME_ORGANIZATION_SUFFIXES.has(owned.lower)) {
    const m = mention(doc, [...nameTokens, owned], [...words, owned.lower], 'organization', titles, null, false);
    m.name = `${name} ${owned.text}`;
    return m;
  }
  return mention(doc, nameTokens, nameWords(name), kind, titles, gender, personEvidence);
}

/** The name's lower-case words for matching: no hyphen split, no possessive. */
export function nameWords(name: string): string[] {
  // "O'Neill" and "O’Neill" are one name: the typographic apostrophe is matched as the straight one.
  const low = name.toLowerCase();
  const lower = low.includes('\u2019') ? low.replace(APOSTROPHES, "'") : low;
  // One pass over the characters (was replace, split, map, filter: four passes and arrays per name).
  const text = lower.endsWith('s') && POSSESSIVE_END.test(lower) ? lower.slice(0, -2) : lower;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpaceCode(text.charCodeAt(i))) continue;
    if (i > start) {
      const w = text.charCodeAt(i - 1) === 46 ? text.slice(start, i - 1) : text.slice(start, i);
      // A nickname in quote marks (`Ada "Dee" Moss`) is no word to match the name by.
      if (w !== '' && (w.length > CONNECTOR_MAX || !ORG_NAME_CONNECTORS.has(w)) && !isQuoted(w)) out.push(w);
    }
    start = i + 1;
  }
  return out;
}

/** A word wrapped in quote marks (`"cia"`, `“cia”`). */
function isQuoted(w: string): boolean {
  return w.length >= 3 && QUOTE_MARK_CODES.has(w.charCodeAt(0)) && QUOTE_MARK_CODES.has(w.charCodeAt(w.length - 1));
}

/** The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator), by char code. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function mention(doc: AnalyzedText, nameTokens: Token[], words: string[], kind: EntityKind, titles: Token[], gender: GenderEvidence | null, personEvidence: boolean): NameMention {
  const first = nameTokens[0]!;
  const last = nameTokens[nameTokens.length - 1]!;
  const end = last.index + 1;
  const descriptors: string[] = [];
  if (titles.length > 0) descriptors.push(doc.text.slice(titles[0]!.start, titles[titles.length - 1]!.end));
  const appositive = appositiveAfter(doc, end);
  if (appositive) {
    descriptors.push(appositive.text);
    const g = GENDERED_HONORIFICS.get(appositive.head);
    if (g) gender ??= { gender: g, text: appositive.headText, start: appositive.headStart, end: appositive.headStart + appositive.headText.length };
    if (ROLE_NOUNS.has(appositive.head) || TITLE_WORDS.has(appositive.head)) personEvidence = true;
  }
  const object = isObjectAt(doc, first.index - titleCount(titles), titles.length > 0);
  // "Donald J. Trump's." where the tokenizer kept the possessive on the word: the name ends before it.
  const nameEnd = last.text.length > 2 && POSSESSIVE_END.test(last.text) ? last.end - 2 : last.end;
  const name = doc.text.slice(first.start, nameEnd);
  return {
    text: name,
    start: first.start,
    end: nameEnd,
    firstToken: first.index,
    endToken: end,
    name,
    words,
    key: words.length === 1 ? words[0]! : words.join(' '),
    kind,
    personEvidence,
    descriptors,
    gender,
    properWords: false,
    headline: false,
    subject: isSubjectAt(doc, end) && !object,
    object,
    acronym: acronymAfter(doc, end, words),
    entity: null,
  };
}

/**
 * ", the mayor of Lakeland," or ", a spokeswoman for the union,": a role appositive after a
 * name, up to the next comma (at most 12 words), headed by a role or title noun.
 */
function appositiveAfter(doc: AnalyzedText, end: number): { text: string; head: string; headText: string; headStart: number } | null {
  const { tokens } = doc;
  if (tokens[end]?.text !== ',') return null;
  const det = tokens[end + 1];
  if (!det || !ARTICLES.has(det.lower)) return null;
  let j = end + 2;
  let head: Token | null = null;
  while (j < tokens.length && j - end < 14 && tokens[j]!.pos !== 'PUNCT' && tokens[j]!.sentence === det.sentence) {
    const w = tokens[j]!;
    if (w.pos === 'VERB' || w.pos === 'AUX') return null;
    if (head === null && (ROLE_NOUNS.has(w.lower) || TITLE_WORDS.has(w.lower))) head = w;
    j++;
  }
  if (head === null || tokens[j]?.text !== ',' && tokens[j]?.pos !== 'PUNCT') return null;
  const lastTok = tokens[j - 1]!;
  return { text: doc.text.slice(det.start, lastTok.end), head: head.lower, headText: head.text, headStart: head.start };
}

/** "Northern Grid Authority (NGA)": an acronym in parentheses right after the name. */
function acronymAfter(doc: AnalyzedText, end: number, words: readonly string[]): string | null {
  const { tokens } = doc;
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return null;
  const a = tokens[end + 1]!.text;
  if (!ACRONYM_IN_PARENS.test(a) || words.length < 2) return null;
  return a.replace(/\./gu, '').toLowerCase();
}

const titleCount = (titles: readonly Token[]): number => (titles.length === 0 ? 0 : titles[titles.length - 1]!.index - titles[0]!.index + 1);

/**
 * "a photo of Heidi Cruz contrasted …", "accused Rafael Cruz", "for his wife Hillary Clinton": a
 * name right after a preposition or a verb (over `the` or a possessive before its title) is its
 * object, not a subject.
 */
function isObjectAt(doc: AnalyzedText, start: number, titled: boolean): boolean {
  let k = start - 1;
  while (k >= 0 && (doc.tokens[k]!.lower === 'the' || (titled && (doc.tokens[k]!.word & W.POSSESSIVE_DETERMINER) !== 0))) k--;
  const t = doc.tokens[k];
  return t !== undefined && (t.pos === 'ADP' || t.pos === 'VERB') && t.sentence === doc.tokens[start]?.sentence;
}

/** Past a short place or body phrase after a name ("Rob Smith of district 1 arrived"), when a verb follows it. */
function pastOriginPhrase(tokens: readonly Token[], i: number): number {
  if (!NAME_ORIGIN_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return i;
  for (let j = i + 1; j < i + 6 && tokens[j]; j++) {
    const pos = tokens[j]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return j;
    if (pos === 'PUNCT' || pos === 'ADP' || pos === 'PRON') return i;
  }
  return i;
}

/** A name followed (over adverbs and auxiliaries, or an appositive) by a verb is a clause subject. */
function isSubjectAt(doc: AnalyzedText, end: number): boolean {
  const { tokens } = doc;
  let i = end;
  if (((tokens[i]?.word ?? 0) & W.POSSESSIVE_ENDING) !== 0) return false;
  // Over an appositive or parenthesis, or a short chain of them ("Rosa Lind, 61, of Ashton,
  // Md., voted"), within 20 tokens.
  for (let groups = 0; groups < 4 && (tokens[i]?.text === ',' || tokens[i]?.text === '(') && i - end < 20; groups++) {
    const close = tokens[i]!.text === ',' ? ',' : ')';
    let j = i + 1;
    while (tokens[j] && tokens[j]!.text !== close && j - i < 20) j++;
    if (tokens[j]?.text !== close) break;
    i = close === ')' ? j + 1 : j;
    if (close === ')' && tokens[i]?.text === ',') i++;
    else if (close === ',' && tokens[i + 1] && (tokens[i + 1]!.pos === 'VERB' || tokens[i + 1]!.pos === 'AUX' || tokens[i + 1]!.pos === 'ADV')) i++;
  }
  i = pastOriginPhrase(tokens, i);
  while (tokens[i] && (tokens[i]!.pos === 'ADV' || (tokens[i]!.word & W.CUE_INTERVENING) !== 0) && tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX') i++;
  const t = tokens[i];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}
