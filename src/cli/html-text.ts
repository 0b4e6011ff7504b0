// The main text of a saved web page: @mozilla/readability over a linkedom DOM finds the
// article (navigation, teasers, footers and scripts left out); blocks become paragraphs
// separated by a blank line, headline first, as extract() expects. CLI only: the library
// stays free of a DOM for browser users.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface PageText {
  title: string | null;
  text: string;
  /** Why the whole page was read instead of the article Readability finds (it failed); absent otherwise. */
  fallback?: string;
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
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/**
 * Text of a DOM subtree with a blank line at every block boundary and a newline at `<br>`.
 * Walked with an explicit stack along firstChild/nextSibling: linkedom builds `childNodes`
 * afresh on every access (reading it in a loop was quadratic: 8,000 sibling paragraphs took
 * 79 s), and recursion would overflow the stack on a page nested thousands deep.
 */
function blockText(root: DomNode, skip: ReadonlySet<string> = SKIP): string {
  const parts: string[] = [];
  // A node to enter, or the closing blank line of a block already entered.
  const stack: (DomNode | '\n\n')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === '\n\n') {
      parts.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (skip.has(name)) continue;
    if (name === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      parts.push('\n\n');
      stack.push('\n\n');
    }
    const children: DomNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((p) => p.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/**
 * Readability recurses over the tree: on a page nested a few thousand elements deep it
 * overflows its stack, after seconds of work that grow faster than the page (20,000 deep:
 * 15 s). Real pages nest a few dozen deep; past this depth the page is read whole instead.
 */
const MAX_DEPTH = 500;

/** True when some element is nested deeper than `max` (stops at the first one found). */
function deeperThan(root: DomNode, max: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return false;
}

/** The article's title and main text, or the page body's text when no article is recognised. */
export function htmlToText(source: string): PageText {
  // A fragment (`<p>…</p>`) has no body for the DOM to put it in.
  const html = /<body[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(FURNITURE.join(','))) el.remove();
  // Readability mutates the DOM it reads; the fallback below reads a fresh copy. It recurses
  // over the tree: a page nested thousands of elements deep overflows its stack. Such a page
  // is read whole instead (the walk below has no recursion), and the caller says so.
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  let fallback: string | undefined;
  // Untouched by Readability when it is not run: the fallback can read it as it is.
  const tooDeep = deeperThan(document.documentElement as unknown as DomNode, MAX_DEPTH);
  try {
    if (tooDeep) throw new Error(`elements nested more than ${MAX_DEPTH} deep`);
    // The article as the element Readability built (its serializer), not as HTML to parse again.
    article = new Readability<DomNode>(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100, serializer: (el) => el as unknown as DomNode }).parse();
  } catch (err) {
    fallback = `the article could not be isolated (${err instanceof Error ? err.message : String(err)}); the whole page was read`;
  }
  if (article?.content) {
    const body = blockText(article.content);
    const title = article.title?.trim() || null;
    const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
    return fallback === undefined ? { title, text } : { title, text, fallback };
  }
  const fresh = tooDeep ? document : parseHTML(html).document;
  const title = fresh.title?.trim() || null;
  const body = blockText(fresh.body as unknown as DomNode, new Set([...SKIP, ...FURNITURE, 'HEADER']));
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return fallback === undefined ? { title, text } : { title, text, fallback };
}
