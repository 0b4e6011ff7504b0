// Audit verdicts, table-driven by phenomenon. The article is a fixture written for this
// test with explicit attribution (“…,” said Jane Doe.). Each table runs twice: against a
// hand-written extraction (so the verdict logic is tested alone) and end to end through
// extract() (which needs attribution to get these simple cases right).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { audit, extract, isQuoteExtractionError } from '../src/index.js';
import type { AuditClaim, AuditVerdict, Extraction, Quote, QuoteType, RuleId } from '../src/index.js';

const ARTICLE = readFileSync(new URL('../fixtures/claims/ferry-terminal.txt', import.meta.url), 'utf8');

// A hand-written record is a record like extract()'s: its rule is an id of the catalogue.
const RULE_OF: Record<QuoteType, RuleId> = {
  direct: 'quote-marks+trailing',
  indirect: 'reported-that+speaker-before',
  mixed: 'reported-that+quoted+speaker-before',
  other: 'quote-marks',
};

/** A quote record for `text`, found (once) in the article. */
function quote(id: string, text: string, type: QuoteType, speaker: string | null, continues: string | null = null, name = speaker): Quote {
  const start = ARTICLE.indexOf(text);
  if (start < 0 || ARTICLE.indexOf(text, start + 1) >= 0) throw new Error(`not found once: ${text}`);
  const end = start + text.length;
  const at = speaker === null ? -1 : ARTICLE.indexOf(speaker, end);
  return {
    id, text, start, end, type,
    speaker: speaker === null ? null : { text: speaker, start: at, end: at + speaker.length, name, kind: 'person', descriptors: [] },
    cue: null, addressee: null, context: { paragraph: 0, start, end }, continues, confidence: 0.9, rule: RULE_OF[type], contentKind: 'statement',
  };
}

// What a correct extractor reports for the fixture, written by hand.
const HAND: Extraction = {
  quotes: [
    quote('q1', 'We have waited ten years for this terminal, and the town deserves it,', 'direct', 'Jane Doe'),
    quote('q2', 'The old pier isn’t safe for passengers,', 'direct', 'Jane Doe'),
    quote('q3', 'We will start building in the spring.', 'direct', 'Jane Doe', 'q2'),
    quote('q4', 'Nobody has told us what it will cost the fishing fleet,', 'direct', 'Mark Ellis'),
    quote('q5', 'the board had not consulted the fishermen before the vote', 'indirect', 'Ellis', null, 'Mark Ellis'),
  ],
  speakers: [],
  warnings: [],
};

interface Case {
  name: string;
  claim: AuditClaim;
  verdict: AuditVerdict;
  /** The matched source text, or null for no match. */
  match: string | null;
  /** Name of the article's speaker for the match. */
  speaker?: string | null;
}

const CASES: Case[] = [
  // verbatim
  { name: 'whole quote, same marks', claim: { quote: 'We have waited ten years for this terminal, and the town deserves it,', speaker: 'Jane Doe' }, verdict: 'verbatim', match: 'We have waited ten years for this terminal, and the town deserves it', speaker: 'Jane Doe' },
  { name: 'straight apostrophe for curly', claim: { quote: "The old pier isn't safe for passengers", speaker: 'Jane Doe' }, verdict: 'verbatim', match: 'The old pier isn’t safe for passengers', speaker: 'Jane Doe' },
  { name: 'claim wrapped in straight quote marks, other trailing punctuation, extra spaces', claim: { quote: '  "We will start   building in the spring!"  ', speaker: 'Jane Doe' }, verdict: 'verbatim', match: 'We will start building in the spring' },
  { name: 'fragment of a longer quote', claim: { quote: 'the town deserves it', speaker: 'Jane Doe' }, verdict: 'verbatim', match: 'the town deserves it' },
  { name: 'surname only', claim: { quote: 'Nobody has told us what it will cost the fishing fleet', speaker: 'Ellis' }, verdict: 'verbatim', match: 'Nobody has told us what it will cost the fishing fleet', speaker: 'Mark Ellis' },
  { name: 'honorific and accents ignored in the name', claim: { quote: 'Nobody has told us what it will cost the fishing fleet', speaker: 'Mr. Mark Éllis' }, verdict: 'verbatim', match: 'Nobody has told us what it will cost the fishing fleet' },
  { name: 'no speaker claimed: words only', claim: { quote: 'We will start building in the spring.' }, verdict: 'verbatim', match: 'We will start building in the spring' },
  { name: 'claim wrapped in words of its own: only the quoted words count', claim: { quote: 'Jane Doe said on Thursday: “We will start building in the spring.”', speaker: 'Jane Doe' }, verdict: 'verbatim', match: 'We will start building in the spring' },
  { name: 'interrupted quote claimed with its attribution', claim: { quote: '"The old pier isn\'t safe for passengers," Doe said. "We will start building in the spring."', speaker: 'Jane Doe' }, verdict: 'verbatim', match: 'The old pier isn’t safe for passengers,” said Jane Doe. “We will start building in the spring' },
  // near-verbatim
  { name: 'editor’s insertion in brackets', claim: { quote: 'We have waited ten years for [the ferry terminal], and the town deserves it', speaker: 'Jane Doe' }, verdict: 'near-verbatim', match: 'We have waited ten years for this terminal, and the town deserves it' },
  { name: 'ellipsis … across an interrupted quote', claim: { quote: 'The old pier isn’t safe … We will start building in the spring', speaker: 'Jane Doe' }, verdict: 'near-verbatim', match: 'The old pier isn’t safe for passengers,” said Jane Doe. “We will start building in the spring' },
  { name: 'ellipsis ... inside one quote', claim: { quote: 'We have waited ten years ... and the town deserves it', speaker: 'Doe' }, verdict: 'near-verbatim', match: 'We have waited ten years for this terminal, and the town deserves it' },
  { name: 'case changed', claim: { quote: 'nobody has told us what it will cost the fishing fleet', speaker: 'Mark Ellis' }, verdict: 'near-verbatim', match: 'Nobody has told us what it will cost the fishing fleet' },
  { name: 'one extra word at the edge', claim: { quote: 'Honestly, nobody has told us what it will cost the fishing fleet', speaker: 'Mark Ellis' }, verdict: 'near-verbatim', match: 'Nobody has told us what it will cost the fishing fleet' },
  { name: 'paraphrase of an indirect quote, same words', claim: { quote: 'the board had not consulted the fishermen', speaker: 'Ellis' }, verdict: 'near-verbatim', match: 'the board had not consulted the fishermen', speaker: 'Mark Ellis' },
  // altered
  { name: 'words changed', claim: { quote: 'We have waited twenty years for this terminal, and the town needs it', speaker: 'Jane Doe' }, verdict: 'altered', match: 'We have waited ten years for this terminal, and the town deserves it' },
  { name: 'words removed', claim: { quote: 'We have waited years for this terminal and the town deserves it', speaker: 'Doe' }, verdict: 'altered', match: 'We have waited ten years for this terminal, and the town deserves it' },
  { name: 'a word cut from the middle (the last word is still the quote’s)', claim: { quote: 'Nobody has told us what it will cost the fleet', speaker: 'Mark Ellis' }, verdict: 'altered', match: 'Nobody has told us what it will cost the fishing fleet' },
  { name: 'paraphrase of an indirect quote, words changed', claim: { quote: 'the board never consulted the fishermen before voting', speaker: 'Mark Ellis' }, verdict: 'altered', match: 'the board had not consulted the fishermen before the vote' },
  // misattributed
  { name: 'quote of a different speaker', claim: { quote: 'Nobody has told us what it will cost the fishing fleet', speaker: 'Jane Doe' }, verdict: 'misattributed', match: 'Nobody has told us what it will cost the fishing fleet', speaker: 'Mark Ellis' },
  { name: 'same surname, different first name', claim: { quote: 'The old pier isn’t safe for passengers', speaker: 'John Doe' }, verdict: 'misattributed', match: 'The old pier isn’t safe for passengers', speaker: 'Jane Doe' },
  { name: 'the article’s own words, quoted by no one', claim: { quote: 'after a meeting that ran past midnight', speaker: 'Jane Doe' }, verdict: 'misattributed', match: 'after a meeting that ran past midnight', speaker: null },
  // not-found
  { name: 'nothing close', claim: { quote: 'The terminal will be finished by Christmas', speaker: 'Jane Doe' }, verdict: 'not-found', match: null },
  { name: 'one shared word is not a match', claim: { quote: 'passengers love the ferry', speaker: 'Jane Doe' }, verdict: 'not-found', match: null },
];

function check(c: Case, extraction: Extraction | undefined): void {
  const r = audit(ARTICLE, { id: 'x', ...c.claim }, extraction ? { extraction } : undefined);
  expect({ verdict: r.verdict, match: r.match?.text ?? null }).toEqual({ verdict: c.verdict, match: c.match });
  expect(r.id).toBe('x');
  if (r.match) expect(ARTICLE.slice(r.match.start, r.match.end)).toBe(r.match.text);
  if (c.speaker !== undefined) expect(r.speaker?.name ?? null).toBe(c.speaker);
  if (r.verdict === 'verbatim') expect(r.similarity).toBe(1);
  if (r.verdict === 'altered') {
    expect(r.similarity).toBeGreaterThanOrEqual(0.5);
    expect(r.similarity).toBeLessThan(1);
    expect(r.changes.some((ch) => ch.type !== 'equal')).toBe(true);
  }
}

describe('audit verdicts against a hand-written extraction', () => {
  test.each(CASES)('$verdict: $name', (c) => check(c, HAND));
});

describe('audit verdicts end to end (extract + audit)', () => {
  const extraction = extract(ARTICLE);
  test.each(CASES)('$verdict: $name', (c) => check(c, extraction));
});

describe('audit evidence', () => {
  test('altered: the word diff names what changed', () => {
    const r = audit(ARTICLE, { quote: 'We have waited twenty years for this terminal, and the town needs it', speaker: 'Doe' }, { extraction: HAND });
    expect(r.changes).toEqual([
      { type: 'equal', text: 'We have waited' },
      { type: 'removed', text: 'ten' },
      { type: 'added', text: 'twenty' },
      { type: 'equal', text: 'years for this terminal and the town' },
      { type: 'removed', text: 'deserves' },
      { type: 'added', text: 'needs' },
      { type: 'equal', text: 'it' },
    ]);
    // 11 shared words of 13 + 13: 22 / 26
    expect(r.similarity).toBe(0.846);
  });

  test('near-verbatim: the elided words and the case change are in the diff', () => {
    const r = audit(ARTICLE, { quote: 'we have waited ten years … and the town deserves it', speaker: 'Doe' }, { extraction: HAND });
    expect(r.verdict).toBe('near-verbatim');
    expect(r.changes).toEqual([
      { type: 'removed', text: 'We' },
      { type: 'added', text: 'we' },
      { type: 'equal', text: 'have waited ten years' },
      { type: 'removed', text: 'for this terminal' },
      { type: 'equal', text: 'and the town deserves it' },
    ]);
    expect(r.reason).toContain('letter case differs');
    expect(r.reason).toContain('elided');
  });

  test('misattributed says to whom, and the matched quote ids', () => {
    const r = audit(ARTICLE, { quote: 'Nobody has told us', speaker: 'Jane Doe' }, { extraction: HAND });
    expect(r.verdict).toBe('misattributed');
    expect(r.reason).toContain('Mark Ellis');
    expect(r.match?.quoteIds).toEqual(['q4']);
    expect(r.match?.type).toBe('direct');
  });

  test('a quote attributed to no one is misattributed for a named claim, verbatim without one', () => {
    const anonymous: Extraction = { ...HAND, quotes: HAND.quotes.map((q) => ({ ...q, speaker: null })) };
    const named = audit(ARTICLE, { quote: 'The old pier isn’t safe for passengers', speaker: 'Jane Doe' }, { extraction: anonymous });
    expect(named.verdict).toBe('misattributed');
    expect(named.reason).toContain('no one');
    expect(audit(ARTICLE, 'The old pier isn’t safe for passengers', { extraction: anonymous }).verdict).toBe('verbatim');
  });

  test('the speaker is the one of the quote matched, even inside a linked utterance', () => {
    // A hand extraction that links q3 to q2 but gives q3 another speaker.
    const relinked: Extraction = {
      ...HAND,
      quotes: HAND.quotes.map((q) => (q.id === 'q3' ? { ...q, speaker: { ...q.speaker!, name: 'Mark Ellis', text: 'Mark Ellis' } } : q)),
    };
    const r = audit(ARTICLE, { quote: 'We will start building in the spring', speaker: 'Ellis' }, { extraction: relinked });
    expect(r.verdict).toBe('verbatim');
    expect(r.speaker?.name).toBe('Mark Ellis');
  });

  test('a claim equal to a paraphrase is never verbatim', () => {
    const r = audit(ARTICLE, 'the board had not consulted the fishermen before the vote', { extraction: HAND });
    expect(r.verdict).toBe('near-verbatim');
    expect(r.reason).toContain('indirect');
  });

  test('the quoted words inside a mixed quote are verbatim; the reporter’s words around them are not', () => {
    const text = 'Pier row\n\nJane Doe called the old pier “a danger to every passenger” at the meeting.';
    const inner = 'the old pier “a danger to every passenger” at the meeting';
    const start = text.indexOf(inner);
    const mixed: Extraction = {
      quotes: [{
        id: 'q1', text: inner, start, end: start + inner.length, type: 'mixed',
        speaker: { text: 'Jane Doe', start: 10, end: 18, name: 'Jane Doe', kind: 'person', descriptors: [] },
        cue: null, addressee: null, context: { paragraph: 1, start: 10, end: text.length }, continues: null, confidence: 0.9, rule: RULE_OF.mixed, contentKind: 'statement',
      }],
      speakers: [],
      warnings: [],
    };
    expect(audit(text, { quote: 'a danger to every passenger', speaker: 'Doe' }, { extraction: mixed }).verdict).toBe('verbatim');
    expect(audit(text, { quote: 'danger to every', speaker: 'Doe' }, { extraction: mixed }).verdict).toBe('verbatim');
    const around = audit(text, { quote: 'the old pier a danger to every passenger', speaker: 'Doe' }, { extraction: mixed });
    expect(around.verdict).toBe('near-verbatim');
    expect(around.reason).toContain('mixed');
    expect(audit(text, { quote: 'the old pier', speaker: 'Doe' }, { extraction: mixed }).verdict).toBe('near-verbatim');
    // The same with the doubled apostrophes of archive text.
    const archive = text.replace('“', "''").replace('”', "''");
    const archived = { ...mixed, quotes: mixed.quotes.map((q) => ({ ...q, text: archive.slice(q.start, q.end + 2) , end: q.end + 2 })) };
    expect(audit(archive, { quote: 'a danger to every passenger', speaker: 'Doe' }, { extraction: archived }).verdict).toBe('verbatim');
    expect(audit(archive, { quote: 'the old pier a danger', speaker: 'Doe' }, { extraction: archived }).verdict).toBe('near-verbatim');
  });

  test('end to end on the seed article: Bolton’s “concrete” is verbatim, its sentence is not', () => {
    const seed = readFileSync(new URL('../fixtures/000_4deb51c0f7f3ecc6.txt', import.meta.url), 'utf8');
    const extraction = extract(seed);
    expect(audit(seed, { quote: 'concrete', speaker: 'Bolton' }, { extraction }).verdict).toBe('verbatim');
    expect(audit(seed, { quote: 'the only concrete result of the summit', speaker: 'Bolton' }, { extraction }).verdict).toBe('near-verbatim');
  });

  test.each([
    ['a bracketed letter in the source and the claim', 'Refugees\n\n“[W]e are reminded of them,” said Ann Lee.', '[W]e are reminded of them', 'verbatim'],
    ['a bracketed capital in the claim only', 'Refugees\n\n“As always, we are reminded of them,” said Ann Lee.', '[W]e are reminded of them', 'near-verbatim'],
    ['a bracketed capital for the same letter', 'Refugees\n\n“We are reminded of them,” said Ann Lee.', '[W]e are reminded of them', 'verbatim'],
  ])('an editor’s case change in brackets: %s', (_name, text, quote, verdict) => {
    const r = audit(text, { quote, speaker: 'Lee' });
    expect(r.verdict).toBe(verdict);
    expect(r.reason).not.toContain('brackets');
  });

  test('a claim given as a string has a null id and no claimed speaker', () => {
    const r = audit(ARTICLE, 'the town deserves it');
    expect(r).toMatchObject({ id: null, claimedSpeaker: null, verdict: 'verbatim' });
  });

  test('a claim with no words is not found', () => {
    expect(audit(ARTICLE, ' … "" ').verdict).toBe('not-found');
  });

  test.each([
    ['sourceText not a string', () => audit(42 as unknown as string, 'x'), 'INVALID_TEXT', /sourceText/],
    ['claim missing', () => audit(ARTICLE, undefined as unknown as string), 'INVALID_TEXT', /claim/],
    ['claim.quote not a string', () => audit(ARTICLE, { quote: 7 } as unknown as AuditClaim), 'INVALID_TEXT', /claim\.quote/],
    ['claim.speaker not a string', () => audit(ARTICLE, { quote: 'x', speaker: 3 } as unknown as AuditClaim), 'INVALID_TEXT', /claim\.speaker/],
    ['unknown option', () => audit(ARTICLE, 'x', { colour: true } as never), 'INVALID_OPTION', /colour/],
  ])('programmer error: %s', (_name, call, code, message) => {
    let error: unknown;
    try {
      call();
    } catch (err) {
      error = err;
    }
    expect(isQuoteExtractionError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
    expect((error as Error).message).toMatch(message);
  });
});
