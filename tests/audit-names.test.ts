// Which claimed speakers name which article speaker: full name, surname, initials, titles;
// and the names that must not match.
import { describe, expect, test } from 'vitest';
import { namesMatch, speakerMatches } from '../src/audit/names.js';

describe('claimed speaker names', () => {
  test.each([
    ['Jane Doe', 'Jane Doe', true],
    ['jane doe', 'Jane Doe', true],
    ['Doe', 'Jane Doe', true],
    ['Jane Doe', 'Doe', true], // the article only gives the surname
    ['Ms. Jane Doe', 'Jane Doe', true],
    ['Mr Bolton', 'John Bolton', true],
    ['President Trump', 'Donald Trump', true],
    ['Sen. Elizabeth Warren', 'Elizabeth Warren', true],
    ['J. Doe', 'Jane Doe', true],
    ['John R. Bolton', 'John Bolton', true],
    ['José Álvarez', 'Jose Alvarez', true],
    ['O’Neil', "Tip O'Neil", true],
    ['Tim Cook', 'Cook', true], // a surname that is also a role noun
    // negatives
    ['John Doe', 'Jane Doe', false],
    ['K. Doe', 'Jane Doe', false],
    ['Jane', 'Jane Doe', false], // a first name alone is not the person
    ['Doe', 'Jane Doerr', false],
    ['the cook', 'Tim Cook', false],
    ['', 'Jane Doe', false],
    ['President', 'Donald Trump', false],
  ])('%j names %j: %s', (claimed, name, expected) => {
    expect(namesMatch(claimed, name)).toBe(expected);
  });

  test('an unresolved speaker is matched by its mention, a pronoun never', () => {
    const speaker = (text: string, name: string | null) => ({ text, start: 0, end: text.length, name, kind: 'person' as const, descriptors: [] });
    expect(speakerMatches('Doe', speaker('Doe', null))).toBe(true);
    expect(speakerMatches('Doe', speaker('she', null))).toBe(false);
    expect(speakerMatches('Doe', speaker('she', 'Jane Doe'))).toBe(true);
    expect(speakerMatches('Doe', null)).toBe(false);
  });
});
