// The eval's gold-side content test (scripts/gold-shape.ts): surface rules over a gold record
// only, independent of the library's classifier. Each row: cue, content, where the cue stands.
import { describe, expect, test } from 'vitest';
import { goldShape, type GoldShape } from '../scripts/gold-shape.js';

/** A gold record with its cue before the content (or after it, with `after`). */
const gold = (cue: string, text: string, type = 'indirect', after = false) => ({ text, type, cue, start: 100, end: 100 + text.length, cueStart: after ? 200 : 90 });

describe('gold-side content shape', () => {
  test.each<[string, string, GoldShape]>([
    ['said', 'that the bridge would reopen in May', 'statement'],
    ['said', 'the bridge will reopen in May', 'statement'],
    ['said', 'the ferry operator raised its fares twice', 'statement'],
    ['said', 'parents still want a later bus', 'statement'],
    ['said', 'the board, which met on Monday, is ready', 'statement'],
    ['said', 'it costs too much', 'statement'],
    ['called', 'the fare rise “a scandal”', 'statement'],
    ['according to', 'the council in its report', 'statement'],
    ['asked', 'whether the witness had been paid', 'question'],
    ['asked', 'if the bridge was safe', 'question'],
    ['explained', 'how the outage began', 'question'],
    ['vowed', 'to appeal the ruling', 'intention'],
    ['vowed', 'not to raise fares', 'intention'],
    ['urged', 'drivers to avoid the bridge', 'intention'],
    ['called on', 'the council to act', 'intention'],
    ['denied', 'the allegations', 'topic'],
    ['cited', 'rising costs and a shortage of drivers', 'topic'],
    ['talked about', 'the ferry and its crew, who had worked all night', 'topic'],
    ['praised', 'the newly released figures', 'topic'],
  ])('%s … %s: %s', (cue, text, expected) => {
    expect(goldShape(gold(cue, text))).toBe(expected);
  });

  test.each([
    ['direct quotes are statements whatever their words', gold('said', 'to the moon', 'direct')],
    ['content before its cue is a statement', gold('said', 'the allegations', 'indirect', true)],
    ['a punctuation cue gives a statement', gold(':', 'the allegations')],
    ['`if` after a cue that does not ask opens a condition', gold('said', 'if the rain continues the fair will close')],
    ['a quoted opening is a statement', gold('said', '“To everyone here: thank you”', 'mixed')],
  ])('not set aside: %s', (_name, q) => {
    expect(goldShape(q)).toBe('statement');
  });
});
