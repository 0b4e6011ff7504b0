import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

const speakerOf = (text: string, start: string) => {
  const q = extract(text).quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting ${start}`);
  return { speaker: q.speaker, confidence: q.confidence, rule: q.rule };
};

describe('pronouns resolve to the most recent compatible subject', () => {
  type Row = [label: string, text: string, quote: string, mention: string, name: string | null];
  const rows: Row[] = [
    ['he after a subject, past an object', 'Bolton met Patrushev in Geneva on Monday.\n\n“We have a deal,” he said.', 'We have', 'he', 'Bolton'],
    ['she skips a male subject', 'Senator Jane Smith spoke first. Then Tom Brown met her.\n\n“We have a deal,” she said.', 'We have', 'she', 'Jane Smith'],
    ['he skips a female subject', 'Senator Jane Smith spoke first. Then Tom Brown met her.\n\n“We have a deal,” he said.', 'We have', 'he', 'Tom Brown'],
    ['a title-case headline names the subject, not “Obama Says Museum”', 'Obama Says Museum Will Open\n\n“It will be open in May,” he said.', 'It will', 'he', 'Obama'],
    ['gender from an honorific', 'Ms. Rivera met Mr. Okafor. Mr. Okafor left early.\n\n“It went well,” she said.', 'It went', 'she', 'Rivera'],
    // Orlov is the most recent subject, but an earlier "he" said Orlov is a man.
    ['an earlier pronoun fixes the gender', '“We are not ready,” Orlov said.\n\n“I will wait,” he said.\n\nVogel arrived an hour later. Orlov greeted Vogel warmly.\n\n“So will I,” she said.', 'So will', 'she', 'Vogel'],
  ];
  test.each(rows)('%s', (_label, text, quote, mention, name) => {
    const { speaker } = speakerOf(text, quote);
    expect(speaker?.text).toBe(mention);
    expect(speaker?.name).toBe(name);
    expect(speaker?.kind).toBe('person');
  });

  // Null is better than a wrong name.
  const negatives: Row[] = [
    ['no one named before', '“We have a deal,” he said.', 'We have', 'he', null],
    ['only a woman named before “he”', 'Senator Jane Smith spoke first.\n\n“We have a deal,” he said.', 'We have', 'he', null],
    ['names inside quotes are not antecedents', '“Tell Bolton we agree,” she said.\n\n“We do,” he said.', 'We do', 'he', null],
  ];
  test.each(negatives)('unresolved: %s', (_label, text, quote, mention, name) => {
    const { speaker, confidence } = speakerOf(text, quote);
    expect(speaker?.text).toBe(mention);
    expect(speaker?.name ?? null).toBe(name);
    expect(confidence).toBeLessThan(0.8);
  });
});

describe('canonical names and descriptors', () => {
  const text =
    'National Security Advisor John Bolton met his counterpart on Monday.\n\n' +
    '“We will talk again,” Mr. Bolton said.\n\n' +
    '“Not soon,” said Bolton.\n\n' +
    '“Maybe in June,” John Bolton told reporters.';
  const result = extract(text);

  test('every form of the name becomes the full name, titles become descriptors', () => {
    expect(result.quotes.map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([
      ['Mr. Bolton', 'John Bolton'],
      ['Bolton', 'John Bolton'],
      ['John Bolton', 'John Bolton'],
    ]);
    for (const q of result.quotes) expect(q.speaker?.descriptors).toContain('National Security Advisor');
  });

  test('the roster lists the speaker once, with every mention and quote id', () => {
    expect(result.speakers).toHaveLength(1);
    const [bolton] = result.speakers;
    expect(bolton?.name).toBe('John Bolton');
    expect(bolton?.kind).toBe('person');
    expect(bolton?.descriptors).toContain('National Security Advisor');
    // Every mention in the article (#12, #13), not only those that attribute a quote.
    expect(bolton?.mentions.map((m) => m.text)).toEqual(['John Bolton', 'Bolton', 'Bolton', 'John Bolton']);
    expect(bolton?.id).toBe('e1');
    for (const q of result.quotes) expect(q.speaker?.id).toBe('e1');
    expect(bolton?.quoteIds).toEqual(['q1', 'q2', 'q3']);
  });

  test('two people with one family name: the one named most recently', () => {
    const two = 'Bill Clinton spoke first. Later, Hillary Clinton took the stage.\n\n“We will win,” Clinton said.';
    expect(speakerOf(two, 'We will').speaker?.name).toBe('Hillary Clinton');
  });

  test('appositives and titles: name and descriptors apart', () => {
    const s = speakerOf('“The data are clear,” said Dr. Jane O’Neil, a professor at Yale.', 'The data').speaker;
    expect(s?.name).toBe('Jane O’Neil');
    expect(s?.descriptors).toEqual(['Dr.', 'a professor at Yale']);
  });
});

describe('kinds of source', () => {
  type Row = [text: string, mention: string, kind: string, name: string | null];
  const rows: Row[] = [
    ['“No comment,” the White House said in a statement.', 'the White House', 'organization', 'White House'],
    ['“No comment,” a Kremlin spokesperson said.', 'a Kremlin spokesperson', 'organization', 'Kremlin'],
    ['“No comment,” Russian officials said.', 'Russian officials', 'group', null],
    ['“No comment,” a senior official said.', 'a senior official', 'anonymous', null],
    ['“No comment,” said a person familiar with the matter.', 'a person familiar with the matter', 'anonymous', null],
    // Plural unnamed sources are a group (the convention of the gold speakerKind labels, #13).
    ['“No comment,” sources said.', 'sources', 'group', null],
    ['“No comment,” Russia said.', 'Russia', 'organization', 'Russia'],
    ['“No comment,” CNN reported.', 'CNN', 'organization', 'CNN'],
    // A document speaks; with no issuer in the article it stays unnamed (kind added in #13).
    ['“No comment,” the statement said.', 'the statement', 'document', null],
    ['“No comment,” Bolton said.', 'Bolton', 'person', 'Bolton'],
    ['“No comment,” Republicans said.', 'Republicans', 'group', null],
  ];
  test.each(rows)('%s', (text, mention, kind, name) => {
    const { speaker } = speakerOf(text, 'No comment');
    expect(speaker?.text).toBe(mention);
    expect(speaker?.kind).toBe(kind);
    expect(speaker?.name ?? null).toBe(name);
    if (kind === 'anonymous' || kind === 'group') expect(speaker?.descriptors).toEqual([mention]);
  });

  test('unnamed sources enter the roster with name null and an id of their own', () => {
    const r = extract('“No comment,” a senior official said. “Later,” Bolton said.');
    expect(r.speakers.map((s) => [s.id, s.name])).toEqual([
      ['u1', null],
      ['e1', 'Bolton'],
    ]);
    expect(r.quotes.map((q) => q.speaker?.id)).toEqual(['u1', 'e1']);
  });
});

describe('confidence means something', () => {
  test('explicit adjacent name ≥ resolved pronoun > floating > unresolved pronoun', () => {
    // The catalogue's figures are calibrated on polnear_train: a resolved pronoun next to its
    // quote is as often right as a name; a floating quote less; an unresolved pronoun is capped.
    const text = 'Bolton met Patrushev.\n\n“We agree,” Bolton said.\n\n“We do,” he said.\n\n“On everything.”';
    const [named, pronoun, floating] = extract(text).quotes.map((q) => q.confidence);
    expect(named).toBeGreaterThanOrEqual(pronoun!);
    expect(pronoun).toBeGreaterThan(floating!);
    expect(named).toBeGreaterThanOrEqual(0.5);
    const [unresolved] = extract('“We do,” she said.').quotes.map((q) => q.confidence);
    expect(unresolved).toBeLessThan(pronoun!);
  });

  test('no speaker: low confidence', () => {
    expect(speakerOf('The talks ended.\n\n“We agree.”', 'We agree').confidence).toBeLessThan(0.5);
  });
});
