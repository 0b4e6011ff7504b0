// A self-contained HTML report: each article with its quotes highlighted in the speaker's
// colour, the quote type shown by the fill (solid direct, hatched indirect, cross-hatched
// mixed, outlined other) as the legend explains, the speaker roster with quote counts, and
// a table of every quote's details. Each highlight is a link to its row and back, so the
// details are reachable by keyboard and touch, not only by hovering. No scripts, no external files.
import type { Extraction, Quote } from '../index.js';
import { speakerLabel } from '../audit/names.js';
import type { InputDocument } from './inputs.js';

const PALETTE = ['#ffd166', '#8ecae6', '#b5e48c', '#f4a6c6', '#cdb4db', '#ffb4a2', '#a0e7e5', '#e9c46a', '#bde0fe', '#d8f3dc'];
const NO_SPEAKER = '#e0e0e0';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The speaker colour is a custom property (--c) set inline; the stylesheet paints it as the
// background colour and adds the type's pattern as a background image. (An inline
// `background:` shorthand would reset the pattern and hide it.)
export const HTML_HEAD = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotewise report</title>
<style>
body { font: 16px/1.55 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h2 { font: 600 1.1rem system-ui, sans-serif; border-bottom: 1px solid #ccc; padding-bottom: .3rem; margin-top: 3rem; }
.roster, .legend { font: .9rem system-ui, sans-serif; margin: .5rem 0 1rem; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; }
.roster li, .legend li { padding: .1rem .5rem; border-radius: .8rem; }
.legend .q { padding: .1rem .5rem; }
.article { white-space: pre-wrap; }
.q { --c: ${NO_SPEAKER}; background-color: var(--c); color: inherit; text-decoration: none; border-radius: .2rem; padding: 0 .1rem; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.q[data-type="indirect"] { background-image: repeating-linear-gradient(135deg, transparent 0 5px, rgba(0,0,0,.15) 5px 7px); }
.q[data-type="mixed"] { background-image: repeating-linear-gradient(135deg, transparent 0 5px, rgba(0,0,0,.15) 5px 7px), repeating-linear-gradient(45deg, transparent 0 5px, rgba(0,0,0,.15) 5px 7px); }
.q[data-type="other"] { background-color: transparent; outline: 2px dotted var(--c); outline-offset: -1px; }
a.q:focus-visible, .details tr:target, a.q:target { outline: 3px solid #1a5fb4; outline-offset: 1px; }
.details { font: .85rem/1.4 system-ui, sans-serif; border-collapse: collapse; width: 100%; margin-top: 1rem; }
.details th, .details td { text-align: left; vertical-align: top; border-top: 1px solid #ddd; padding: .3rem .4rem; }
.details td.words { font-family: Georgia, serif; }
.details td:nth-child(2) { white-space: nowrap; }
.swatch { display: inline-block; width: 1.4em; height: 1em; vertical-align: -.15em; border-radius: .2rem; }
.warnings { font: .85rem system-ui, sans-serif; color: #8a4b00; }
@media print { .q { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
</style>
</head>
<body>
<h1>quotewise report</h1>
<ul class="legend" aria-label="legend">
<li><span class="q swatch" data-type="direct" style="--c:${PALETTE[0]}"></span> direct quote</li>
<li><span class="q swatch" data-type="indirect" style="--c:${PALETTE[0]}"></span> indirect (reported speech)</li>
<li><span class="q swatch" data-type="mixed" style="--c:${PALETTE[0]}"></span> mixed</li>
<li><span class="q swatch" data-type="other" style="--c:${PALETTE[0]}"></span> other (scare quotes, titles)</li>
<li><span class="q swatch" data-type="direct"></span> no speaker found</li>
<li>colour: the speaker · select a highlighted quote for its details</li>
</ul>
`;

export const HTML_TAIL = '</body>\n</html>\n';

function speakerText(q: Quote): string {
  const name = speakerLabel(q.speaker);
  if (name === null) return '(none)';
  return q.speaker && q.speaker.name !== null && q.speaker.text !== q.speaker.name ? `${name} (“${q.speaker.text}”)` : name;
}

/** The hover text: the same details as the table row. */
function details(q: Quote): string {
  const lines = [`${q.id} · ${q.type} · confidence ${q.confidence}`, `speaker: ${speakerText(q)}`];
  if (q.speaker?.descriptors.length) lines.push(`descriptors: ${q.speaker.descriptors.join('; ')}`);
  if (q.cue) lines.push(`cue: ${q.cue.text} (${q.cue.lemma})`);
  if (q.addressee) lines.push(`to: ${q.addressee.text}`);
  if (q.continues) lines.push(`continues ${q.continues}`);
  lines.push(`offsets ${q.start}–${q.end} · rule ${q.rule}`);
  return lines.join('\n');
}

/** An id usable in an HTML attribute and a URL fragment, unique per document and quote. */
const anchor = (docId: string, part: string): string => `${docId.replace(/[^\w-]/g, '_')}-${part}`;

/** One article as an HTML section: roster, warnings, highlighted text, details table. */
export function htmlSection(doc: InputDocument, ex: Extraction): string {
  const colours = new Map<string, string>();
  for (const q of ex.quotes) {
    const name = speakerLabel(q.speaker);
    if (name !== null && !colours.has(name)) colours.set(name, PALETTE[colours.size % PALETTE.length]!);
  }
  const colourOf = (q: Quote): string => {
    const name = speakerLabel(q.speaker);
    return name === null ? NO_SPEAKER : colours.get(name)!;
  };
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

  // Outermost quotes only: a quote inside another (a direct quote in a mixed one) is not
  // nested in the text, but it has its own row in the table.
  const text = doc.text;
  let html = '';
  let at = 0;
  const marked = new Set<string>();
  for (const q of [...ex.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (q.start < at) continue;
    marked.add(q.id);
    html += escapeHtml(text.slice(at, q.start));
    html +=
      `<a class="q" id="${anchor(doc.id, q.id)}" href="#${anchor(doc.id, `d-${q.id}`)}" data-type="${q.type}" style="--c:${colourOf(q)}" ` +
      `title="${escapeHtml(details(q))}">${escapeHtml(text.slice(q.start, q.end))}</a>`;
    at = q.end;
  }
  html += escapeHtml(text.slice(at));

  const rows = ex.quotes.map((q) => {
    const cells = [
      marked.has(q.id) ? `<a href="#${anchor(doc.id, q.id)}">${q.id}</a>` : q.id,
      `<span class="q swatch" data-type="${q.type}" style="--c:${colourOf(q)}"></span> ${q.type}`,
      escapeHtml(speakerText(q)) + (q.speaker?.descriptors.length ? `<br><small>${escapeHtml(q.speaker.descriptors.join('; '))}</small>` : ''),
      q.cue ? `${escapeHtml(q.cue.text)} <small>(${escapeHtml(q.cue.lemma)})</small>` : '',
      q.addressee ? escapeHtml(q.addressee.text) : '',
      String(q.confidence),
      escapeHtml(q.text) + (q.continues ? `<br><small>continues ${q.continues}</small>` : ''),
      `<small>${q.start}–${q.end}<br>${escapeHtml(q.rule)}</small>`,
    ];
    return `<tr id="${anchor(doc.id, `d-${q.id}`)}">${cells.map((c, i) => `<td${i === 6 ? ' class="words"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  const table = rows.length
    ? `<table class="details">\n<thead><tr><th>id</th><th>type</th><th>speaker</th><th>cue</th><th>to</th><th>confidence</th><th>quote</th><th>offsets · rule</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`
    : '';
  const warnings = ex.warnings.length
    ? `<p class="warnings">${ex.warnings.map((w) => escapeHtml(`${w.code} at ${w.start}: ${w.message}`)).join('<br>')}</p>\n`
    : '';
  const n = ex.quotes.length;
  const title = doc.title ? ` <small>${escapeHtml(doc.title)}</small>` : '';
  return (
    `<section>\n<h2>${escapeHtml(doc.id)} — ${n} quote${n === 1 ? '' : 's'}${title}</h2>\n` +
    `<ul class="roster">${roster.join('')}</ul>\n${warnings}<div class="article">${html}</div>\n${table}</section>\n`
  );
}
