import { decodeEntities } from './html-entities';

/** Just enough of a DOM to walk mammoth's output (well-formed, no scripts, no attributes used). */
export interface HtmlElement {
  tag: string;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'img', 'hr', 'col', 'input', 'meta', 'link', 'wbr', 'area', 'source']);
// Contents dropped whole: they are never document text.
const SKIPPED = new Set(['script', 'style', 'template', 'head', 'title']);
const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>|[^<]+|</g;

/**
 * Tolerant tokenizer + tree builder: a stray closing tag closes up to its opener or is ignored,
 * a lone "<" is text. Everything that is not a tag ends up as (entity-decoded) text nodes.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', children: [] };
  const stack: HtmlElement[] = [root];
  let skipping: string | null = null;
  for (const m of html.matchAll(TOKEN)) {
    const token = m[0];
    const top = stack[stack.length - 1];
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    const tag = m[2]?.toLowerCase();
    if (tag === undefined) {
      if (!skipping) top.children.push(decodeEntities(token));
      continue;
    }
    const closing = m[1] === '/';
    if (skipping) {
      if (closing && tag === skipping) skipping = null;
      continue;
    }
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (SKIPPED.has(tag)) {
      if (!token.endsWith('/>')) skipping = tag;
      continue;
    }
    const element: HtmlElement = { tag, children: [] };
    top.children.push(element);
    if (!VOID.has(tag) && !token.endsWith('/>')) stack.push(element);
  }
  return root;
}
