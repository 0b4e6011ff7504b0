// The page: wires the input, the worker, the article view, the quote panel, the filters, the
// audit panel and the exports. All state lives here; views are re-rendered from it.
import type { AuditResult, Extraction, ExtractOptions, Quote } from '../../src/index.js';
import exampleArticle from '../../fixtures/000_4deb51c0f7f3ecc6.txt?raw';
import { renderArticle, type Marked } from './article-view.js';
import { renderAudit } from './audit-view.js';
import { ExtractionClient } from './client.js';
import { h } from './dom.js';
import { renderGroups } from './quote-panel.js';
import { readArticleFile } from './read-file.js';
import {
  ALL_SPEAKERS,
  groupsOf,
  NO_SPEAKER,
  NO_SPEAKER_COLOUR,
  QUOTE_TYPES,
  rosterOf,
  shownExtraction,
  shownQuotes,
  toJson,
  toJsonl,
  type Filters,
} from './view-model.js';

const $ = <T extends HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
};

const ui = {
  status: $('#model-status'),
  form: $<HTMLFormElement>('#input-form'),
  input: $<HTMLTextAreaElement>('#article-input'),
  extractButton: $<HTMLButtonElement>('#extract-button'),
  fileInput: $<HTMLInputElement>('#file-input'),
  exampleButton: $<HTMLButtonElement>('#example-button'),
  includeOther: $<HTMLInputElement>('#include-other'),
  wideScope: $<HTMLInputElement>('#wide-scope'),
  message: $('#input-message'),
  results: $('#results'),
  speakerFilter: $<HTMLSelectElement>('#speaker-filter'),
  confidence: $<HTMLInputElement>('#confidence-filter'),
  confidenceValue: $<HTMLOutputElement>('#confidence-value'),
  summary: $('#summary'),
  legend: $('#legend'),
  article: $('#article'),
  groups: $('#quote-groups'),
  auditForm: $<HTMLFormElement>('#audit-form'),
  auditQuote: $<HTMLTextAreaElement>('#audit-quote'),
  auditSpeaker: $<HTMLInputElement>('#audit-speaker'),
  auditResult: $('#audit-result'),
  timing: $('#timing'),
};

interface State {
  text: string;
  extraction: Extraction;
  /** The options the extraction was made with (audits of this article use the same). */
  options: ExtractOptions;
  audit: AuditResult | null;
}
let state: State | null = null;
const timings = { loadMs: 0, firstCallMs: 0, lastMs: 0 };

const client = new ExtractionClient();

client.ready.then(
  (ready) => {
    timings.loadMs = ready.totalMs;
    timings.firstCallMs = ready.firstCallMs;
    ui.status.replaceChildren(`Language model ready (loaded in ${(ready.totalMs / 1000).toFixed(1)} s).`);
    ui.status.classList.add('ready');
    ui.extractButton.disabled = false;
    document.body.dataset.model = 'ready';
    showTimings();
  },
  (error: Error) => {
    ui.status.replaceChildren(`The language model could not be loaded: ${error.message}`);
    ui.status.classList.add('failed');
  },
);

function showTimings(): void {
  const parts = [`Model load ${Math.round(timings.loadMs)} ms (first call ${Math.round(timings.firstCallMs)} ms)`];
  if (timings.lastMs) parts.push(`last extraction ${Math.round(timings.lastMs)} ms`);
  ui.timing.textContent = `${parts.join('; ')}.`;
}

function filters(): Filters {
  const types = new Set([...document.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((c) => c.value));
  return { types, speaker: ui.speakerFilter.value || ALL_SPEAKERS, minConfidence: Number(ui.confidence.value) };
}

function current(): { shown: Quote[]; filters: Filters } | null {
  if (!state) return null;
  const f = filters();
  return { shown: shownQuotes(state.extraction, f), filters: f };
}

function renderLegend(): void {
  if (!state) return;
  const { entries } = rosterOf(state.extraction);
  const sample = (cls: string, label: string): HTMLElement =>
    h('span', { class: 'legend-item' }, h('mark', { class: `q ${cls} sample`, style: `--c: ${entries[0]?.colour ?? NO_SPEAKER_COLOUR}` }, label));
  ui.legend.replaceChildren(
    h(
      'p',
      {},
      h('span', { class: 'legend-title' }, 'Types: '),
      sample('direct', 'direct (solid)'),
      sample('indirect', 'indirect (striped)'),
      sample('mixed', 'mixed (solid edge, striped)'),
      sample('other', 'other (outline)'),
    ),
    h(
      'p',
      {},
      h('span', { class: 'legend-title' }, 'Marks: '),
      h('span', { class: 'legend-item' }, h('span', { class: 'cue' }, 'cue'), ' reporting verb'),
      h('span', { class: 'legend-item' }, h('span', { class: 'mention', style: `--c: ${entries[0]?.colour ?? NO_SPEAKER_COLOUR}` }, 'speaker'), ' mention'),
      h('span', { class: 'legend-item' }, h('span', { class: 'audit-match' }, 'audit match')),
    ),
    h(
      'p',
      {},
      h('span', { class: 'legend-title' }, 'Speakers: '),
      ...entries.map((e) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: `--c: ${e.colour}`, 'aria-hidden': 'true' }), e.speaker.name)),
      h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: `--c: ${NO_SPEAKER_COLOUR}`, 'aria-hidden': 'true' }), 'no named speaker'),
    ),
  );
}

function renderSpeakerFilter(): void {
  if (!state) return;
  const { entries } = rosterOf(state.extraction);
  ui.speakerFilter.replaceChildren(
    h('option', { value: ALL_SPEAKERS }, 'All speakers'),
    ...entries.map((e) => h('option', { value: e.key }, `${e.speaker.name} (${e.speaker.quoteIds.length})`)),
    h('option', { value: NO_SPEAKER }, 'No named speaker'),
  );
}

function render(): void {
  const view = current();
  if (!state || !view) return;
  const { byQuote } = rosterOf(state.extraction);
  const marked: Marked[] = view.shown.map((quote) => {
    const entry = byQuote.get(quote.id);
    const who = entry?.speaker.name ?? quote.speaker?.text ?? 'no speaker';
    return { quote, colour: entry?.colour ?? NO_SPEAKER_COLOUR, label: `${quote.type}, ${who}` };
  });
  renderArticle(ui.article, state.text, marked, state.audit?.match ?? null);
  renderGroups(ui.groups, groupsOf(state.extraction, view.shown));
  const total = state.extraction.quotes.length;
  const speakers = state.extraction.speakers.length;
  const warnings = state.extraction.warnings.length;
  ui.summary.textContent =
    `${view.shown.length === total ? `${total} quote${total === 1 ? '' : 's'}` : `${view.shown.length} of ${total} quotes shown`}, ` +
    `${speakers} named speaker${speakers === 1 ? '' : 's'}` +
    (warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}: ${state.extraction.warnings.map((w) => w.message).join('; ')}` : '') +
    '.';
  ui.results.dataset.shown = String(view.shown.length);
}

async function runExtraction(text: string): Promise<void> {
  ui.message.textContent = '';
  if (text.trim() === '') {
    ui.message.textContent = 'Paste an article first.';
    return;
  }
  await client.ready;
  ui.extractButton.disabled = true;
  ui.extractButton.textContent = 'Finding quotes…';
  document.body.dataset.busy = 'true';
  try {
    const options: ExtractOptions = {};
    if (ui.wideScope.checked) options.scope = 'wide';
    if (ui.includeOther.checked) options.includeNonSpeech = true;
    const { extraction, ms } = await client.extract(text, options);
    timings.lastMs = ms;
    state = { text, extraction, options, audit: null };
    ui.auditResult.replaceChildren();
    ui.results.hidden = false;
    renderLegend();
    renderSpeakerFilter();
    render();
    showTimings();
    // Counts finished extractions (scripts and the browser test wait on it).
    document.body.dataset.extractions = String(Number(document.body.dataset.extractions ?? 0) + 1);
  } catch (error) {
    ui.message.textContent = `Could not read this article: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    ui.extractButton.disabled = false;
    ui.extractButton.textContent = 'Find quotes';
    delete document.body.dataset.busy;
  }
}

function flash(el: HTMLElement): void {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}

/** Panel → article: scroll to the quote's mark and focus it (Enter on it comes back). */
function showInArticle(qid: string): void {
  const mark = document.getElementById(`article-${qid}`);
  if (!mark) return;
  for (const el of document.querySelectorAll('.selected')) el.classList.remove('selected');
  mark.classList.add('selected');
  document.getElementById(`item-${qid}`)?.classList.add('selected');
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  flash(mark);
}

/** Article → panel: scroll to the quote's entry and focus its button. */
function showInPanel(qid: string): void {
  const item = document.getElementById(`item-${qid}`);
  if (!item) return;
  for (const el of document.querySelectorAll('.selected')) el.classList.remove('selected');
  item.classList.add('selected');
  document.getElementById(`article-${qid}`)?.classList.add('selected');
  item.scrollIntoView({ block: 'center', behavior: 'smooth' });
  item.querySelector<HTMLButtonElement>('.quote-link')?.focus({ preventScroll: true });
  flash(item);
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportShown(format: string): Promise<void> {
  const view = current();
  if (!state || !view) return;
  if (format === 'json') download('quotes.json', 'application/json', toJson(shownExtraction(state.extraction, view.shown)));
  else if (format === 'jsonl') download('quotes.jsonl', 'application/x-ndjson', toJsonl(view.shown));
  else if (format === 'csv') {
    const { toCsv } = await import('./csv.js');
    download('quotes.csv', 'text/csv;charset=utf-8', toCsv(view.shown, state.text));
  }
}

async function openFile(file: File): Promise<void> {
  ui.message.textContent = '';
  try {
    const { text } = await readArticleFile(file);
    ui.input.value = text;
    ui.input.scrollTop = 0;
    await runExtraction(text);
  } catch (error) {
    ui.message.textContent = error instanceof Error ? error.message : String(error);
  }
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  void runExtraction(ui.input.value);
});
ui.exampleButton.addEventListener('click', () => {
  ui.input.value = exampleArticle;
  ui.input.scrollTop = 0;
  void runExtraction(exampleArticle);
});
ui.fileInput.addEventListener('change', () => {
  const file = ui.fileInput.files?.[0];
  if (file) void openFile(file);
  ui.fileInput.value = '';
});
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) document.body.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});
for (const box of [ui.includeOther, ui.wideScope]) {
  box.addEventListener('change', () => {
    if (state) void runExtraction(state.text);
  });
}

for (const box of document.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.addEventListener('change', render);
ui.speakerFilter.addEventListener('change', render);
ui.confidence.addEventListener('input', () => {
  ui.confidenceValue.value = Number(ui.confidence.value).toFixed(2);
  render();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  button.addEventListener('click', () => void exportShown(button.dataset.export ?? ''));
}

ui.groups.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLElement>('.quote-link');
  if (button?.dataset.qid) showInArticle(button.dataset.qid);
});
ui.article.addEventListener('click', (event) => {
  const mark = (event.target as HTMLElement).closest<HTMLElement>('mark.q');
  if (mark?.dataset.qid) showInPanel(mark.dataset.qid);
});
ui.article.addEventListener('keydown', (event) => {
  const mark = (event.target as HTMLElement).closest<HTMLElement>('mark.q');
  if (mark?.dataset.qid && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    showInPanel(mark.dataset.qid);
  }
});

ui.auditForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!state) return;
  const s = state;
  const speaker = ui.auditSpeaker.value.trim();
  ui.auditResult.replaceChildren(h('p', {}, 'Checking…'));
  client
    .audit(s.text, { quote: ui.auditQuote.value, speaker: speaker || null }, s.options)
    .then((result) => {
      s.audit = result;
      render();
      renderAudit(ui.auditResult, result, () => {
        const match = ui.article.querySelector<HTMLElement>('.audit-match');
        match?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        if (match) flash(match);
      });
    })
    .catch((error: unknown) => {
      ui.auditResult.replaceChildren(h('p', { class: 'message' }, `The check failed: ${error instanceof Error ? error.message : String(error)}`));
    });
});

// For scripts and the browser test: the library's own JSON, computed in this page's worker.
declare global {
  interface Window {
    quotewisePlayground: {
      ready: Promise<{ totalMs: number; firstCallMs: number }>;
      extractJson: (text: string) => Promise<string>;
      types: readonly string[];
    };
  }
}
window.quotewisePlayground = { ready: client.ready, extractJson: (text) => client.extractJson(text), types: QUOTE_TYPES };
