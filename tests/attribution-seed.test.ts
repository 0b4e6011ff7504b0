import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

const text = readFileSync(new URL('../fixtures/000_4deb51c0f7f3ecc6.txt', import.meta.url), 'utf8');

describe('seed article: attribution', () => {
  const result = extract(text);
  const direct = result.quotes.filter((q) => q.type === 'direct');

  test('all 9 speech fragments are John Bolton’s, mentioned as “he”', () => {
    expect(direct).toHaveLength(9);
    for (const q of direct) {
      expect(q.speaker?.name).toBe('John Bolton');
      expect(q.speaker?.text).toBe('he');
      expect(q.speaker?.kind).toBe('person');
      expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe('he');
    }
  });

  test('cues are say/tell, addressees reporters and the AP', () => {
    expect(direct.map((q) => [q.text.slice(0, 12), q.cue?.lemma, q.addressee?.text ?? null])).toEqual([
      ['We might hav', 'say', null],
      ['But I felt i', 'say', null],
      ['I made it cl', 'tell', 'reporters'],
      ['We talked ab', 'tell', 'reporters'],
      ['I don’t want', 'say', null],
      ['They didn’t ', 'say', null],
      ['I’m going to', 'tell', 'the AP'],
      ['Tell them ho', 'tell', 'the AP'],
      ['This is some', 'say', null],
    ]);
  });

  test('“Tell them how firm …” floats: the previous speaker, said so by rule and confidence', () => {
    const q = direct.find((x) => x.text.startsWith('Tell them'))!;
    const previous = direct.find((x) => x.text.startsWith('I’m going'))!;
    expect(q.rule).toContain('floating');
    expect(q.confidence).toBeLessThan(previous.confidence);
    expect(q.speaker?.start).toBe(previous.speaker?.start);
    for (const other of direct.filter((x) => x !== q)) expect(other.confidence).toBeGreaterThanOrEqual(0.5);
  });

  test('the roster: John Bolton with his title; Patrushev credited with nothing', () => {
    const bolton = result.speakers.find((s) => s.name === 'John Bolton');
    expect(bolton?.descriptors).toContain('National Security Advisor');
    for (const q of direct) expect(bolton?.quoteIds).toContain(q.id);
    expect(result.speakers.some((s) => /Patrushev/u.test(s.name ?? ''))).toBe(false);
    expect(result.quotes.some((q) => /Patrushev/u.test(q.speaker?.name ?? ''))).toBe(false);
  });
});
