import { readFileSync } from 'node:fs';
import { WinkTokenizer } from '/work/wt-scope/src/nlp/wink.js';
import { analyzeText } from '/work/wt-scope/src/stages/analyze-text.js';
import { findPageFurniture } from '/work/wt-scope/src/stages/find-page-furniture.js';
const tk = new WinkTokenizer();
const by: Record<string, string[]> = {};
let goldIn = 0;
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  const doc = analyzeText(r.text, tk);
  const f = findPageFurniture(doc);
  for (const s of f.spans) {
    (by[s.kind] ??= []).push(r.text.slice(s.start, s.end).slice(0, 90));
    for (const q of r.quotes) if (q.start >= s.start && q.start < s.end) { goldIn++; console.log('GOLD IN', s.kind, JSON.stringify(r.text.slice(s.start, s.end).slice(0, 100)), '|', q.text.slice(0, 60)); }
  }
}
for (const [k, v] of Object.entries(by)) console.log(k, v.length, JSON.stringify(v.slice(0, 12)));
console.log('gold in furniture', goldIn);
