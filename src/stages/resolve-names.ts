import type { AnalyzedText, Token } from '../document.js';
import type { QuoteSpeaker } from '../types.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SPEECH_VERB_FORMS } from '../data/lexicon.generated.js';
import { CUE_INTERVENING_WORDS } from '../data/speech-verbs.js';
import { isMarkLikeToken } from '../layers/quote-marks.js';
import { isCapitalized, isTitleWord, mentionStartingAt } from './find-speaker-mentions.js';
import { firstIndexWhere } from '../sorted.js';

/** A person named in the article, with every place the name occurs. */
export interface Person {
  /** Fullest form of the name seen ("John Bolton"). */
  name: string;
  words: string[];
  gender: 'male' | 'female' | null;
  /** Titles seen with the name ("National Security Advisor"). */
  descriptors: string[];
  /** Offsets where the name occurs, ascending. */
  positions: number[];
}

/** An occurrence of a person's name in the text. */
export interface PersonMention {
  person: Person;
  start: number;
  end: number;
  /** Stands as the subject of a clause (followed by its verb), so a later "he" may refer to it. */
  subject: boolean;
}

export interface NameIndex {
  people: Person[];
  /** Every name occurrence in document order. */
  mentions: PersonMention[];
  /** Name occurrences that are clause subjects, in document order. */
  subjects: PersonMention[];
  /** Full names (two words or more) by their whole lower-case form, last word and first word. */
  byFullName: Map<string, Person>;
  byWord: Map<string, Person[]>;
}

const INTERVENING = new Set(CUE_INTERVENING_WORDS);
const wordsOf = (name: string): string[] => name.split(/\s+/u).map((w) => w.toLowerCase().replace(/[’']s$/u, ''));

/** Gender from a first name in compromise's lexicon, or null. */
export function genderOfName(words: readonly string[]): 'male' | 'female' | null {
  if (words.length < 2) return null;
  const first = words[0]!;
  if (MALE_FIRST_NAMES.has(first)) return 'male';
  if (FEMALE_FIRST_NAMES.has(first)) return 'female';
  return null;
}

/**
 * Finds every person named in the article (runs of capitalised words read as names) and
 * groups the short forms with the full name: "Bolton", "Mr. Bolton" and "National Security
 * Advisor John Bolton" are all John Bolton. A short form that fits two people (two Clintons)
 * goes to the one named most recently before it.
 */
export function indexNames(doc: AnalyzedText, inQuote: (token: number) => boolean = () => false): NameIndex {
  const { tokens } = doc;
  const found: { name: string; words: string[]; start: number; end: number; gender: 'male' | 'female' | null; descriptors: string[]; subject: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Names inside quotes are the speaker's words, not people acting in the article.
    if (!startsName(tokens[i]!) || inQuote(i)) continue;
    let e = i;
    while (e < tokens.length && e - i < 12 && tokens[e]!.paragraph === tokens[i]!.paragraph && startsName(tokens[e]!)) e++;
    const mention = mentionStartingAt(doc, i, e);
    if (mention && mention.kind === 'person' && mention.name !== null) {
      const words = wordsOf(mention.name);
      found.push({
        name: mention.name.replace(/[’']s$/u, ''),
        words,
        start: tokens[mention.first]!.start,
        end: tokens[mention.end - 1]!.end,
        gender: mention.gender ?? genderOfName(words),
        descriptors: mention.descriptors,
        subject: isSubjectAt(doc, mention.end),
      });
    }
    // Re-read from the next token when the run did not start a name ("Then Tom Brown").
    i = mention ? Math.max(i, mention.end - 1) : i;
  }
  const index: NameIndex = { people: [], mentions: [], subjects: [], byFullName: new Map(), byWord: new Map() };
  // Full names first, so that short forms find them wherever they stand.
  for (const f of found) {
    if (f.words.length < 2) continue;
    const key = f.words.join(' ');
    let person = index.byFullName.get(key);
    if (!person) {
      person = { name: f.name, words: f.words, gender: null, descriptors: [], positions: [] };
      addPerson(index, person);
    }
    person.gender ??= f.gender;
    for (const d of f.descriptors) if (!person.descriptors.includes(d)) person.descriptors.push(d);
  }
  for (const f of found) {
    let person = resolvePerson(index, f.words, f.start);
    if (!person) {
      person = { name: f.name, words: f.words, gender: null, descriptors: [], positions: [] };
      addPerson(index, person);
    }
    person.gender ??= f.gender;
    for (const d of f.descriptors) if (!person.descriptors.includes(d)) person.descriptors.push(d);
    person.positions.push(f.start);
    const m = { person, start: f.start, end: f.end, subject: f.subject };
    index.mentions.push(m);
    if (f.subject) index.subjects.push(m);
  }
  return index;
}

function addPerson(index: NameIndex, person: Person): void {
  index.people.push(person);
  if (person.words.length >= 2) {
    index.byFullName.set(person.words.join(' '), person);
    for (const w of new Set([person.words[0]!, person.words[person.words.length - 1]!])) {
      const list = index.byWord.get(w) ?? [];
      list.push(person);
      index.byWord.set(w, list);
    }
  } else if (!index.byFullName.has(person.words.join(' '))) {
    index.byFullName.set(person.words.join(' '), person);
  }
}

/** The person a name as written stands for, at offset `at`, or null if the article names no one so. */
export function resolvePerson(index: NameIndex, words: readonly string[], at: number): Person | null {
  if (words.length === 0) return null;
  const exact = index.byFullName.get(words.join(' ')) ?? null;
  if (exact && words.length >= 2) return exact;
  const last = words[words.length - 1]!;
  const candidates = (index.byWord.get(last) ?? []).filter(
    (p) => p.words.length >= 2 && (p.words[p.words.length - 1] === last || (words.length === 1 && p.words[0] === last)),
  );
  if (candidates.length === 0) return exact;
  if (candidates.length === 1) return candidates[0]!;
  // Two people share the name: the one named most recently before, else the first named after.
  let best: { person: Person; at: number } | null = null;
  let firstAfter: { person: Person; at: number } | null = null;
  for (const p of candidates) {
    const i = lastIndexAtOrBefore(p.positions, at);
    if (i >= 0 && (!best || p.positions[i]! > best.at)) best = { person: p, at: p.positions[i]! };
    const next = p.positions[i + 1];
    if (next !== undefined && (!firstAfter || next < firstAfter.at)) firstAfter = { person: p, at: next };
  }
  return best?.person ?? firstAfter?.person ?? candidates[0]!;
}

/** Index of the last value <= x in an ascending array, or -1. */
export function lastIndexAtOrBefore(values: readonly number[], x: number): number {
  return firstIndexWhere(values, (v) => v > x) - 1;
}

/** Fills the canonical name and the article's descriptors of a named speaker. */
export function resolveSpeakerName(index: NameIndex, speaker: QuoteSpeaker): Person | null {
  if (speaker.name === null || speaker.kind !== 'person') return null;
  const person = resolvePerson(index, wordsOf(speaker.name), speaker.start);
  if (!person) return null;
  speaker.name = person.name;
  for (const d of person.descriptors) if (!speaker.descriptors.includes(d)) speaker.descriptors.push(d);
  return person;
}

/** Parts of speech a capitalised word that starts a name never has. */
const NOT_NAME_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PUNCT', 'ADV', 'PART', 'INTJ', 'SYM']);

function startsName(t: Token): boolean {
  if (!isCapitalized(t) || isMarkLikeToken(t)) return false;
  // Title-case headlines: "Obama Says …" has a verb, not a name, after Obama.
  if (SPEECH_VERB_FORMS.has(t.lower) && t.pos !== 'PROPN') return false;
  return t.pos === 'PROPN' || isTitleWord(t) || !NOT_NAME_POS.has(t.pos);
}

/** A name followed (over adverbs and auxiliaries, or an appositive) by a verb is a clause subject. */
function isSubjectAt(doc: AnalyzedText, end: number): boolean {
  const { tokens } = doc;
  let i = end;
  if (tokens[i]?.text === ',') {
    // "Bolton, the national security adviser, said"
    let j = i + 1;
    while (tokens[j] && tokens[j]!.text !== ',' && j - i < 15 && !isMarkLikeToken(tokens[j]!)) j++;
    if (tokens[j]?.text === ',') i = j + 1;
  }
  while (tokens[i] && (tokens[i]!.pos === 'ADV' || INTERVENING.has(tokens[i]!.lower)) && tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX') i++;
  const t = tokens[i];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}
