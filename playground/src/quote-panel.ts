// The quotes grouped by speaker: name, kind, descriptors and count per speaker, then each
// quote with its type, cue, confidence and rule written out (nothing hidden behind a hover).
import type { Quote } from '../../src/index.js';
import { h } from './dom.js';
import { extraFields, NO_SPEAKER_COLOUR, type Group } from './view-model.js';

const QUOTE_KNOWN = new Set(['id', 'text', 'start', 'end', 'type', 'contentKind', 'speaker', 'cue', 'addressee', 'context', 'continues', 'confidence', 'rule']);
const SPEAKER_KNOWN = new Set(['name', 'kind', 'descriptors', 'mentions', 'quoteIds']);
const MENTION_KNOWN = new Set(['text', 'start', 'end', 'name', 'kind', 'descriptors']);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function detail(term: string, ...value: (Node | string)[]): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

function quoteItem(q: Quote, colour: string): HTMLElement {
  const confidence = Number.isFinite(q.confidence) ? q.confidence : 0;
  const speakerText = q.speaker
    ? q.speaker.name && q.speaker.name !== q.speaker.text
      ? `“${q.speaker.text}” → ${q.speaker.name}`
      : `“${q.speaker.text}”`
    : 'none found';
  const details: HTMLElement[] = [
    ...detail('Type', h('span', { class: `type-chip ${q.type}` }, q.type)),
    // Read without the type's help: records from before the field existed have none.
    ...((q as { contentKind?: unknown }).contentKind === undefined ? [] : detail('Content', String((q as { contentKind?: unknown }).contentKind))),
    ...detail('Cue', q.cue ? `“${q.cue.text}” (${q.cue.lemma})` : 'none'),
    ...detail('Speaker mention', speakerText),
    ...detail(
      'Confidence',
      h('meter', { min: 0, max: 1, value: confidence, 'aria-hidden': 'true' }),
      ` ${confidence.toFixed(2)}`,
    ),
    ...detail('Rule', h('code', {}, q.rule ?? '')),
    ...detail('Paragraph', String(q.context?.paragraph ?? '?')),
  ];
  if (q.addressee) details.push(...detail('Addressee', `“${q.addressee.text}”`));
  if (q.continues) details.push(...detail('Continues', q.continues));
  for (const [k, v] of extraFields(q, QUOTE_KNOWN)) details.push(...detail(k, v));
  if (q.speaker) for (const [k, v] of extraFields(q.speaker, MENTION_KNOWN)) details.push(...detail(`speaker ${k}`, v));

  return h(
    'li',
    { class: `quote-item ${q.type}`, id: `item-${q.id}`, 'data-qid': q.id, style: `--c: ${colour}` },
    h(
      'button',
      { type: 'button', class: 'quote-link', 'data-qid': q.id, 'aria-describedby': `details-${q.id}` },
      h('span', { class: 'qid' }, q.id),
      h('span', { class: 'quote-text' }, q.type === 'direct' ? `“${q.text}”` : q.text),
      h('span', { class: 'visually-hidden' }, ' (show in the article)'),
    ),
    h('dl', { class: 'quote-details', id: `details-${q.id}` }, ...details),
  );
}

export function renderGroups(container: HTMLElement, groups: readonly Group[]): void {
  const sections = groups.map((g, i) => {
    const colour = g.entry?.colour ?? NO_SPEAKER_COLOUR;
    const s = g.entry?.speaker;
    const headingId = `group-${i}`;
    const count = g.quotes.length === g.total ? plural(g.total, 'quote') : `${g.quotes.length} of ${plural(g.total, 'quote')} shown`;
    const extras = s ? extraFields(s, SPEAKER_KNOWN) : [];
    return h(
      'section',
      { class: 'group', 'aria-labelledby': headingId, style: `--c: ${colour}`, 'data-speaker': s?.name ?? '' },
      h(
        'h3',
        { id: headingId },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'speaker-name' }, s ? s.name : 'No named speaker'),
        ' ',
        h('span', { class: 'count' }, count),
      ),
      s
        ? h(
            'p',
            { class: 'speaker-meta' },
            h('span', { class: 'kind' }, s.kind),
            s.descriptors.length > 0 ? ` · ${s.descriptors.join(', ')}` : '',
            ` · ${plural(s.mentions?.length ?? 0, 'mention')}`,
            ...extras.map(([k, v]) => ` · ${k}: ${v}`),
          )
        : h('p', { class: 'speaker-meta' }, 'Quotes whose speaker the article does not name (or no speaker was found).'),
      h('ol', { class: 'quote-list' }, ...g.quotes.map((q) => quoteItem(q, colour))),
    );
  });
  container.replaceChildren(...sections);
}
