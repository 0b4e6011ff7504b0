// Issue 10, items 10 and 11: whitespace of any kind changes nothing that is found, and
// maxLength never cuts a character in two. The slow property suite substitutes every Unicode
// space and line separator into real paragraphs; these are the rows that failed.
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { checkInvariants } from './support/invariants.js';

const who = (text: string) => {
  const result = extract(text);
  checkInvariants(text, result);
  return result.quotes.map((q) => ({ quote: q.text, speaker: q.speaker?.name ?? q.speaker?.text ?? null, cue: q.cue?.text ?? null }));
};

describe('whitespace between tokens', () => {
  const base = '“We will rebuild the bridge by spring,” said Maria Lopez.';
  const expected = [{ quote: 'We will rebuild the bridge by spring,', speaker: 'Maria Lopez', cue: 'said' }];
  test('the plain sentence', () => expect(who(base)).toEqual(expected));

  test.each([
    ['tab', '\t'],
    ['U+0085 (a Windows-1252 ellipsis read as Latin-1)', '\u0085'],
    ['vertical tab', '\u000b'],
    ['form feed', '\u000c'],
    ['no-break space', '\u00a0'],
    ['ideographic space', '\u3000'],
    ['Ogham space mark', '\u1680'],
    ['em space', '\u2003'],
    ['narrow no-break space', '\u202f'],
    ['two tabs', '\t\t'],
  ])('%s between the quote and its attribution, and inside the name: speaker and cue kept', (_name, ws) => {
    const variant = (blank: string) => base.replace('” said Maria Lopez', `”${blank}said${blank}Maria${blank}Lopez`);
    // The same records as with as many plain spaces (one space: the plain sentence).
    expect(who(variant(ws))).toEqual(who(variant(' '.repeat(ws.length))));
    if (ws.length === 1) expect(who(variant(ws))).toEqual(expected);
  });

  test('the records quote the input as it is: a tab stays a tab in the texts', () => {
    const text = '“We will\trebuild,”\tsaid Maria Lopez.';
    const q = extract(text).quotes[0]!;
    expect(q.text).toBe('We will\trebuild,');
    expect(q.speaker?.text).toBe('Maria Lopez');
  });

  test.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ])('%s between paragraphs reads as a line feed', (_name, br) => {
    const text = 'Council votes on the bridge\n\n“It will open in May,” Mayor Ann Lee said.\n\nThe vote is on Monday.';
    const expectedRecords = who(text).map((r) => r.quote + (r.speaker ?? ''));
    expect(who(text.replaceAll('\n', br)).map((r) => r.quote + (r.speaker ?? ''))).toEqual(expectedRecords);
    expect(expectedRecords).toEqual(['It will open in May,Ann Lee']);
  });
});

describe('maxLength and surrogate pairs', () => {
  test('the text is never cut between the two halves of a character', () => {
    const text = '“Ready 🎉🎉🎉 now,” said Ann Lee. 👍🏽 “Again 😀,” she said.';
    for (let maxLength = 1; maxLength <= text.length + 1; maxLength++) {
      const result = extract(text, { maxLength });
      checkInvariants(text, result);
      const truncated = result.warnings.find((w) => w.code === 'input-truncated');
      if (maxLength >= text.length) {
        expect(truncated).toBeUndefined();
        continue;
      }
      expect(truncated).toBeDefined();
      // The cut is at maxLength, or one before when that would split a pair.
      expect([maxLength, maxLength - 1]).toContain(truncated!.start);
      const before = text.charCodeAt(truncated!.start - 1);
      expect(before >= 0xd800 && before <= 0xdbff).toBe(false);
      for (const q of result.quotes) {
        expect(q.end).toBeLessThanOrEqual(truncated!.start);
        expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(q.text)).toBe(false);
      }
    }
  });
});
