// The verdict of audit(): what the claim was matched to, by whom, and the word diff, all as text.
import type { AuditResult } from '../../src/index.js';
import { h } from './dom.js';

const VERDICT_TEXT: Record<string, string> = {
  verbatim: 'the words are in the article exactly',
  'near-verbatim': 'the words are in the article, with small differences (case, punctuation, marked cuts)',
  altered: 'a passage in the article says something similar, in other words',
  misattributed: 'the words are in the article, said by someone else',
  'not-found': 'nothing in the article comes close',
};

export function renderAudit(container: HTMLElement, r: AuditResult, onShow: () => void): void {
  const diff = h('p', { class: 'diff' });
  for (const c of r.changes) {
    if (c.type === 'equal') diff.append(`${c.text} `);
    else if (c.type === 'removed')
      diff.append(h('del', {}, h('span', { class: 'visually-hidden' }, '[article only: '), c.text, h('span', { class: 'visually-hidden' }, ']')), ' ');
    else diff.append(h('ins', {}, h('span', { class: 'visually-hidden' }, '[claim only: '), c.text, h('span', { class: 'visually-hidden' }, ']')), ' ');
  }
  const who = r.speaker ? (r.speaker.name ?? `“${r.speaker.text}”`) : null;
  container.replaceChildren(
    h(
      'p',
      { class: 'verdict-line' },
      h('span', { class: `verdict ${r.verdict}`, id: 'audit-verdict' }, r.verdict),
      ' ',
      VERDICT_TEXT[r.verdict] ?? '',
    ),
    h('p', { class: 'reason' }, `Why: ${r.reason}.`),
    h(
      'dl',
      { class: 'audit-details' },
      h('dt', {}, 'Similarity'),
      h('dd', {}, r.similarity.toFixed(2)),
      h('dt', {}, 'Matched passage'),
      h(
        'dd',
        {},
        r.match ? `“${r.match.text}”` : 'none',
        r.match && r.match.quoteIds.length > 0 ? ` (${r.match.quoteIds.join(', ')}, ${r.match.type ?? ''})` : r.match ? ' (narration, not a quote)' : '',
      ),
      h('dt', {}, 'Said by, in the article'),
      h('dd', {}, who ?? (r.match ? 'no one named' : '—')),
    ),
    r.changes.length > 0
      ? h(
          'div',
          { class: 'diff-box' },
          h('p', { class: 'hint' }, 'Word differences: ', h('del', {}, 'struck'), ' = in the article only; ', h('ins', {}, 'underlined'), ' = in the claim only.'),
          diff,
        )
      : r.match
        ? h('p', { class: 'hint' }, 'No word differences.')
        : '',
    r.match ? h('button', { type: 'button', id: 'audit-show' }, 'Show the matched passage in the article') : '',
  );
  container.querySelector('#audit-show')?.addEventListener('click', onShow);
}
