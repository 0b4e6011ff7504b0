// Odd text gives warnings with positions, never an exception, and never costs the rest of the
// document: a stray mark swallows at most its own paragraph.
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import type { WarningCode } from '../src/index.js';

/** Warnings as [code, the text they point at]. */
const warningsOf = (text: string, options?: Parameters<typeof extract>[1]) =>
  extract(text, options).warnings.map((w) => [w.code, text.slice(w.start, w.end)] as [WarningCode, string]);

describe('unclosed-quote: an opening mark with no closing mark in its paragraph', () => {
  test.each([
    ['double mark, rest of the paragraph', 'Jones said “we will win the vote. Then he left.', [['unclosed-quote', '“']]],
    ['straight double mark', 'Jones said "we will win the vote.', [['unclosed-quote', '"']]],
    ['guillemet', 'Il a dit « nous allons gagner.', [['unclosed-quote', '«']]],
    ['low-9 mark', 'Er sagte „wir werden gewinnen.', [['unclosed-quote', '„']]],
    ['corner bracket', '他说「我们会赢。', [['unclosed-quote', '「']]],
    ['the same mark opened twice: the first was never closed', '“We will win. “We always do,” she said.', [['unclosed-quote', '“']]],
  ] as [string, string, [WarningCode, string][]][])('%s', (_label, text, expected) => {
    expect(warningsOf(text)).toEqual(expected);
  });

  test('the unclosed quote is still reported, up to its paragraph end, and the next paragraph is untouched', () => {
    const text = 'Jones said “we will win the vote in the spring.\n\nSmith said, “It was close.”';
    const { quotes, warnings } = extract(text);
    expect(warnings.map((w) => [w.code, w.start])).toEqual([['unclosed-quote', 11]]);
    expect(quotes.map((q) => [q.text, q.rule.split('+')[0]])).toContainEqual(['It was close.', 'quote-marks']);
    expect(quotes.find((q) => q.start === 12)?.end).toBe(text.indexOf('\n'));
  });

  test('no warning when the next paragraph reopens the quote (multi-paragraph quote convention)', () => {
    const text = '“We will win this vote,” she said. “And then we will win the next one.\n\n“After that, we rest.”';
    expect(warningsOf(text)).toEqual([]);
    const quotes = extract(text).quotes;
    expect(quotes.at(-1)?.continues).toBe(quotes.at(-2)?.id);
  });
});

describe('unmatched-quote: a closing mark with nothing to close', () => {
  test.each([
    ['a right double mark at the start of a word after a word', 'He won.” Then he left.', [['unmatched-quote', '”']]],
    ['a closing corner bracket', '他说我们会赢。」', [['unmatched-quote', '」']]],
    ['a closing white corner bracket', '他说我们会赢。』', [['unmatched-quote', '』']]],
  ] as [string, string, [WarningCode, string][]][])('%s', (_label, text, expected) => {
    expect(warningsOf(text)).toEqual(expected);
  });
});

describe('no warning for ordinary text (negative cases)', () => {
  test.each([
    ['closed quotes', '“We will win,” Smith said. “It is certain.”'],
    ['apostrophes and elisions', "Don't touch O'Neil's car; it's from the ’90s, rock ’n’ roll 'til dawn."],
    ['plural possessive at a word end', "The Joneses' car and the students’ union were fine."],
    ['a left single mark used as apostrophe', 'Trump‘s plan was discussed.'],
    ['an unclosed single mark (too often an apostrophe to flag)', "She called it 'the plan and left."],
    ['nested quotes', '“He told me, ‘We will win,’ and left,” she said.'],
    ['a quote of 5,000 characters exactly', `“${'word '.repeat(999)}words”`],
  ])('%s', (_label, text) => {
    expect(warningsOf(text)).toEqual([]);
  });
});

describe('quote-too-long: a quote longer than 5,000 characters', () => {
  test('a closed quote of 5,015 characters is kept and flagged', () => {
    const body = 'We will win again. '.repeat(264).trim(); // 5,015 characters
    const text = `“${body}” she said.`;
    const { quotes, warnings } = extract(text);
    expect(warnings.map((w) => [w.code, w.start, w.end])).toEqual([['quote-too-long', 1, 1 + body.length]]);
    expect(warnings[0]?.message).toContain('5015');
    expect(quotes.map((q) => [q.type, q.text])).toEqual([['direct', body]]);
  });

  test('an unclosed quote that runs over 5,000 characters gets both warnings', () => {
    const text = `She said “${'word '.repeat(1_200)}`;
    expect(extract(text).warnings.map((w) => w.code)).toEqual(['unclosed-quote', 'quote-too-long']);
  });
});

describe('input-truncated: input longer than maxLength (default 5,000,000)', () => {
  test('the input is read up to maxLength; the warning spans the ignored rest', () => {
    const text = '“We will win,” Smith said. “We will lose,” Jones said.';
    const cut = text.indexOf(' “We will lose');
    const { quotes, warnings } = extract(text, { maxLength: cut });
    expect(warnings).toEqual([
      { code: 'input-truncated', message: expect.stringContaining(`maxLength (${cut})`) as string, start: cut, end: text.length },
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['We will win,']);
  });

  test('a quote cut by maxLength is reported as unclosed, within the read part', () => {
    const text = '“We will win this vote in the spring,” Smith said.';
    const { quotes, warnings } = extract(text, { maxLength: 20 });
    expect(warnings.map((w) => w.code)).toEqual(['unclosed-quote', 'input-truncated']);
    expect(quotes.every((q) => q.end <= 20)).toBe(true);
  });

  test('no warning at exactly maxLength', () => {
    const text = '“We will win,” Smith said.';
    expect(warningsOf(text, { maxLength: text.length })).toEqual([]);
  });

  test('the default is 5,000,000 UTF-16 code units', () => {
    const text = `“We will win,” Smith said.${' '.repeat(5_000_000)}`; // 5,000,026 (blanks: cheap to read)
    const truncated = extract(text).warnings.filter((w) => w.code === 'input-truncated');
    expect(truncated.map((w) => [w.start, w.end])).toEqual([[5_000_000, text.length]]);
  });
});

describe('warnings come sorted by position', () => {
  test('from several stages, in document order', () => {
    const text = `He won.” Then “we left.\n\nShe said “${'word '.repeat(1_200)}`;
    const warnings = extract(text, { maxLength: text.length - 10 }).warnings;
    expect(warnings.map((w) => w.code)).toEqual(['unmatched-quote', 'unclosed-quote', 'unclosed-quote', 'quote-too-long', 'input-truncated']);
    const starts = warnings.map((w) => w.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
