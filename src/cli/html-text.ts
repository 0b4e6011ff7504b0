// The main text of a saved web page: @mozilla/readability over a linkedom DOM finds the
// article (navigation, teasers, footers and scripts left out); blocks become paragraphs
// separated by a blank line, headline first, as extract() expects. CLI only: the library
// stays free of a DOM for browser users.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface PageText {
  title: string | null;
  text: string;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);
// Page furniture: removed before readability looks for the article (on a short page it may
// take the whole body), and skipped with the header when the whole body is read.
const FURNITURE = ['NAV', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG'];

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with a blank line at every block boundary and a newline at `<br>`. */
function blockText(root: DomNode, skip: ReadonlySet<string> = SKIP): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (skip.has(name)) return;
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((p) => p.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** The article's title and main text, or the page body's text when no article is recognised. */
export function htmlToText(source: string): PageText {
  // A fragment (`<p>…</p>`) has no body for the DOM to put it in.
  const html = /<body[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(FURNITURE.join(','))) el.remove();
  // Readability mutates the DOM it reads; the fallback below reads a fresh copy.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  if (article?.content) {
    const body = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode);
    const title = article.title?.trim() || null;
    const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
    return { title, text };
  }
  const fresh = parseHTML(html).document;
  const title = fresh.title?.trim() || null;
  const body = blockText(fresh.body as unknown as DomNode, new Set([...SKIP, ...FURNITURE, 'HEADER']));
  return { title, text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body };
}
