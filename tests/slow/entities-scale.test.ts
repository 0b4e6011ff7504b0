// #10 item 2, entity costs on large generated inputs: many people sharing a surname (each
// short form resolved by a binary search, not a scan of every namesake) and one person with
// many titles (descriptors merged once per entity as a set). Completion and output only; the
// time goes in `npm run bench -- --pathological`.
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { MAX_QUOTE_DESCRIPTORS } from '../../src/stages/resolve-speakers.js';

const FIRST = ['Ann', 'Rob', 'Jo', 'Tom', 'Mary', 'Paul', 'Lena', 'Omar', 'Ruth', 'Ivan'];

describe('entity layer at scale', () => {
  test('3,000 people sharing a surname: each "Smith said" goes to the Smith named just before', () => {
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) parts.push(`${FIRST[i % 10]} Smith of district ${i} arrived.\n\nSmith said the plan ${i} would pass.`);
    const text = parts.join('\n\n');
    const r = extract(text);
    const said = r.quotes.filter((q) => q.text.startsWith('the plan'));
    expect(said.length).toBe(3000);
    said.forEach((q, i) => expect(q.speaker?.name).toBe(`${FIRST[i % 10]} Smith`));
  }, 120_000);

  test('one person with 2,000 different titles: quotes carry a bounded list, the roster all', () => {
    const parts: string[] = [];
    for (let i = 0; i < 2000; i++) parts.push(`Region${i} Senator John Smith said the plan ${i} would pass.`);
    const r = extract(parts.join('\n\n'));
    expect(r.quotes.length).toBe(2000);
    for (const q of r.quotes) expect(q.speaker!.descriptors.length).toBeLessThanOrEqual(MAX_QUOTE_DESCRIPTORS);
    const smith = r.speakers.find((s) => s.name === 'John Smith');
    expect(smith?.descriptors.length).toBeGreaterThan(100);
  }, 120_000);
});
