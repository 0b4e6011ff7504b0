// Sieve 7: a document speaks for its issuer. "A Bloomberg poll shows" → Bloomberg; "a web
// video by the Republican National Committee" → the committee; "her statement said" → she;
// "the company’s release" → the company; "the poll" later → the issuer of the last poll.
import { DOCUMENT_NOUNS } from '../../data/source-nouns.js';
import { EXTRA_DOCUMENT_NOUNS } from '../../data/entity-words.js';

const isDocumentNoun = (w: string): boolean => DOCUMENT_NOUNS.has(w) || EXTRA_DOCUMENT_NOUNS.has(w);
import type { Entity } from '../types.js';
import { lastMentionBefore, mentionsIn, mentionsOverlapping, type SpeakerState } from '../speaker-state.js';
import { firstIndexWhere } from '../../sorted.js';
import type { AnalyzedText } from '../../document.js';
import { readRolePhrase, resolveRoleNominal, type RolePhrase } from './role-nominal.js';
import { resolvePronoun } from './pronoun.js';
import { THIRD_PERSON_POSSESSIVES } from '../../data/pronouns.js';

// Compiled once at load (under tsx a `\p{…}` literal in a function body is a new RegExp on every call).
const NOT_LETTER_OR_HYPHEN = /[^\p{L}-]/gu;

/** The lower-case document noun that heads the phrase, or null when it is not a document. */
export function documentHead(text: string, role: RolePhrase | null = readRolePhrase(text)): string | null {
  if (!role) return null;
  const head = role.head.replace(NOT_LETTER_OR_HYPHEN, '');
  if (!isDocumentNoun(head) && !isDocumentNoun(head.replace(/s$/u, ''))) return null;
  // "The New York Post", "the Daily Record": a capitalised head after capitalised words is
  // part of a name ("Poll: …" in a headline, or "The Poll" alone, is still a document).
  const i = text.toLowerCase().lastIndexOf(head);
  if (i >= 0 && text[i] !== head[0] && role.proper.length > 0) return null;
  return head === 'data' ? head : head.replace(/s$/u, '');
}

/** The issuer of the document phrase [start, end) (text `text`, head `head`), or null. */
export function resolveDocumentIssuer(state: SpeakerState, text: string, start: number, end: number, head: string, role: RolePhrase | null = readRolePhrase(text)): Entity | null {
  let issuer: Entity | null = null;
  // A name inside the phrase: "A Bloomberg poll", "a video by the Republican National Committee".
  const named = mentionsIn(state.layer, start, end).filter((m) => m.entity && m.entity.kind !== 'place');
  if (named.length > 0) issuer = named[0]!.entity;
  // "an analysis by Lily Batchelder" where the speaker phrase stops before its "by".
  if (!issuer) issuer = issuerAfterBy(state, end);
  if (!issuer && role?.possessor) {
    const p = role.possessor.toLowerCase();
    issuer = THIRD_PERSON_POSSESSIVES.has(p)
      ? resolvePronoun(state, p, start)
      : (readRolePhrase(role.possessor) && resolveRoleNominal(state, { ...readRolePhrase(role.possessor)!, definite: true }, start, null));
  }
  if (!issuer && role?.definite) issuer = state.issuers.get(head) ?? null;
  // "Poll: …" in a headline, then "A Bloomberg poll shows …"; "the statement" after "the
  // council issued a statement": the same document noun nearby, with a name right before it.
  if (!issuer && !role?.possessor) issuer = issuerNearby(state, head, start);
  // "The Security Council issued a statement calling … The statement noted …", "The Refugee
  // Center said … According to the data, …": a definite document nobody is named with is put
  // out by the source that spoke within the last sentences.
  if (!issuer && role?.definite && !role.possessor) issuer = recentSource(state, start);
  if (issuer) {
    state.issuers.set(head, issuer);
    state.lastIssuer = issuer;
  }
  return issuer ?? null;
}

/** The named source of the last speaker before `at`, when it spoke within the last two sentences. */
function recentSource(state: SpeakerState, at: number): Entity | null {
  const last = state.speakers[state.speakers.length - 1];
  if (!last || last.at >= at || !last.entity.named) return null;
  const { tokens } = state.doc;
  const here = tokens[firstIndexWhere(tokens, (t) => t.start >= at)]?.sentence ?? 0;
  const then = tokens[firstIndexWhere(tokens, (t) => t.start >= last.at)]?.sentence ?? 0;
  return here - then <= NEARBY_SENTENCES ? last.entity : null;
}

/** The name right after the phrase's end when a "by" (and "the") leads to it, or null. */
function issuerAfterBy(state: SpeakerState, end: number): Entity | null {
  const { tokens } = state.doc;
  let k = firstIndexWhere(tokens, (t) => t.start >= end);
  if (tokens[k]?.lower !== 'by') return null;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const t = tokens[k];
  if (!t) return null;
  const m = mentionsOverlapping(state.layer, t.start, t.end)[0];
  return m && m.firstToken === k && m.entity && m.entity.kind !== 'place' ? m.entity : null;
}

/** Sentences before and after the document phrase searched for the same noun with a name before it. */
const NEARBY_SENTENCES = 2;

/** The name written right before the same document noun ("a Bloomberg poll") within two sentences, nearest first. */
function issuerNearby(state: SpeakerState, head: string, at: number): Entity | null {
  const { tokens } = state.doc;
  const i = firstIndexWhere(tokens, (t) => t.start >= at);
  const here = tokens[i]?.sentence ?? 0;
  let best: Entity | null = null;
  let bestDistance = Infinity;
  const { mentions } = state.layer;
  for (let k = lastMentionBefore(mentions, at); k >= 0; k--) {
    const m = mentions[k]!;
    if (here - tokens[m.firstToken]!.sentence > NEARBY_SENTENCES) break;
    if (isBeforeHead(tokens, m, head) && m.entity && m.entity.kind !== 'place') return m.entity;
  }
  for (let k = lastMentionBefore(mentions, at) + 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (tokens[m.firstToken]!.sentence - here > NEARBY_SENTENCES) break;
    if (m.start <= at || !m.entity || m.entity.kind === 'place' || !isBeforeHead(tokens, m, head)) continue;
    if (m.start - at < bestDistance) {
      best = m.entity;
      bestDistance = m.start - at;
    }
  }
  return best;
}

/** Lower-case words allowed between an issuer's name and its document noun ("a Post-ABC News national poll", "the Reuters/Ipsos opinion poll"). */
const WORDS_BEFORE_HEAD = 2;

/** Is the mention followed by the document noun ("Bloomberg poll", "the Post-ABC News national poll", "the council's statement")? */
function isBeforeHead(tokens: AnalyzedText['tokens'], m: { endToken: number }, head: string): boolean {
  let k = m.endToken;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === '’s') k++;
  for (let n = 0; n <= WORDS_BEFORE_HEAD && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    if (t.lower === head || t.lower === `${head}s`) return true;
    // Only modifiers written in lower case between ("national", "opinion"), never a verb or a name.
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || t.text !== t.lower) return false;
  }
  return false;
}
