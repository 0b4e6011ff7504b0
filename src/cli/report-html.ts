// A self-contained HTML report: each article with its quotes highlighted in the speaker's
// colour (hover for details) and the speaker roster with quote counts. No external files.
import type { Extraction, Quote } from '../index.js';
import { speakerLabel } from '../audit/names.js';
import type { InputDocument } from './inputs.js';

const PALETTE = ['#ffd166', '#8ecae6', '#b5e48c', '#f4a6c6', '#cdb4db', '#ffb4a2', '#a0e7e5', '#e9c46a', '#bde0fe', '#d8f3dc'];
const NO_SPEAKER = '#e0e0e0';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const HTML_HEAD = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotewise report</title>
<style>
body { font: 16px/1.55 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h2 { font: 600 1.1rem system-ui, sans-serif; border-bottom: 1px solid #ccc; padding-bottom: .3rem; margin-top: 3rem; }
.roster { font: .9rem system-ui, sans-serif; margin: .5rem 0 1rem; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; }
.roster li { padding: .1rem .5rem; border-radius: .8rem; }
.article { white-space: pre-wrap; }
mark { color: inherit; border-radius: .2rem; padding: 0 .1rem; cursor: help; }
mark[data-type="indirect"], mark[data-type="mixed"] { background-image: repeating-linear-gradient(135deg, transparent 0 6px, rgba(255,255,255,.45) 6px 9px); }
.warnings { font: .85rem system-ui, sans-serif; color: #8a4b00; }
</style>
</head>
<body>
<h1>quotewise report</h1>
`;

export const HTML_TAIL = '</body>\n</html>\n';

function details(q: Quote): string {
  const lines = [
    `${q.id} · ${q.type} · confidence ${q.confidence}`,
    `speaker: ${speakerLabel(q.speaker) ?? '(none)'}${q.speaker && q.speaker.name !== null && q.speaker.text !== q.speaker.name ? ` (“${q.speaker.text}”)` : ''}`,
  ];
  if (q.speaker?.descriptors.length) lines.push(`descriptors: ${q.speaker.descriptors.join('; ')}`);
  if (q.cue) lines.push(`cue: ${q.cue.text} (${q.cue.lemma})`);
  if (q.addressee) lines.push(`to: ${q.addressee.text}`);
  if (q.continues) lines.push(`continues ${q.continues}`);
  lines.push(`offsets ${q.start}–${q.end} · rule ${q.rule}`);
  return lines.join('\n');
}

/** One article as an HTML section. */
export function htmlSection(doc: InputDocument, ex: Extraction): string {
  const colours = new Map<string, string>();
  for (const q of ex.quotes) {
    const name = speakerLabel(q.speaker);
    if (name !== null && !colours.has(name)) colours.set(name, PALETTE[colours.size % PALETTE.length]!);
  }
  const counts = new Map<string, number>();
  let unattributed = 0;
  for (const q of ex.quotes) {
    const name = speakerLabel(q.speaker);
    if (name === null) unattributed++;
    else counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const roster = [...counts]
    .map(([name, n]) => `<li style="background:${colours.get(name)}">${escapeHtml(name)} · ${n}</li>`)
    .concat(unattributed ? [`<li style="background:${NO_SPEAKER}">no speaker · ${unattributed}</li>`] : []);

  // Outermost quotes only: a quote inside another (a direct quote in a mixed one) is not nested.
  const text = doc.text;
  let html = '';
  let at = 0;
  for (const q of [...ex.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (q.start < at) continue;
    const name = speakerLabel(q.speaker);
    const colour = name === null ? NO_SPEAKER : colours.get(name)!;
    html += escapeHtml(text.slice(at, q.start));
    html += `<mark id="${escapeHtml(`${doc.id}#${q.id}`.replace(/\s/g, '_'))}" data-type="${q.type}" style="background:${colour}" title="${escapeHtml(details(q))}">${escapeHtml(text.slice(q.start, q.end))}</mark>`;
    at = q.end;
  }
  html += escapeHtml(text.slice(at));
  const warnings = ex.warnings.length
    ? `<p class="warnings">${ex.warnings.map((w) => escapeHtml(`${w.code} at ${w.start}: ${w.message}`)).join('<br>')}</p>\n`
    : '';
  const n = ex.quotes.length;
  return (
    `<section>\n<h2>${escapeHtml(doc.id)} — ${n} quote${n === 1 ? '' : 's'}</h2>\n` +
    `<ul class="roster">${roster.join('')}</ul>\n${warnings}<div class="article">${html}</div>\n</section>\n`
  );
}
