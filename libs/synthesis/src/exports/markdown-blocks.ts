import MarkdownIt from 'markdown-it';

/** A stretch of text with its emphasis, as a word processor's run. */
export interface TextSpan {
  text: string;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  /** A line break before this span (a line break inside a paragraph). */
  breakBefore?: boolean;
}

/** A paragraph of a comment: plain, or an item of a list (its bullet or number said in `marker`). */
export interface TextBlock {
  marker: string | null;
  /** List nesting: 0 for a paragraph, 1 for a list item, 2 for an item of a list in a list. */
  depth: number;
  spans: TextSpan[];
}

/** The same reading of comment Markdown as the pages' (render-markdown.ts): raw HTML off, line breaks kept. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

/**
 * A comment's minimal Markdown as paragraphs and runs for documents that are not HTML (the
 * report's .docx): **bold**, *italics*, ~~struck~~, lists with their bullets or numbers,
 * paragraphs and line breaks kept; links as their text, code as its text. Never raw `**`.
 */
export function markdownBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let marker: string | null = null;
  for (const token of markdown.parse(text, {})) {
    switch (token.type) {
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        marker = list?.ordered ? `${list.next++}.` : '•';
        break;
      }
      case 'inline':
        blocks.push({ marker, depth: lists.length, spans: spans(token.children ?? []) });
        // A second paragraph of the same item has no marker of its own.
        marker = null;
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ marker: null, depth: lists.length, spans: lines(token.content.replace(/\n$/, '')) });
        break;
      default:
        break;
    }
  }
  return blocks.filter((b) => b.spans.some((s) => s.text !== ''));
}

function spans(children: readonly { type: string; content: string }[]): TextSpan[] {
  const out: TextSpan[] = [];
  const style = { bold: false, italics: false, strike: false };
  let breakBefore = false;
  for (const child of children) {
    switch (child.type) {
      case 'strong_open':
      case 'strong_close':
        style.bold = child.type === 'strong_open';
        break;
      case 'em_open':
      case 'em_close':
        style.italics = child.type === 'em_open';
        break;
      case 's_open':
      case 's_close':
        style.strike = child.type === 's_open';
        break;
      case 'softbreak':
      case 'hardbreak':
        breakBefore = true;
        break;
      case 'text':
      case 'code_inline':
        if (child.content === '') break;
        out.push({
          text: child.content,
          ...(style.bold ? { bold: true } : {}),
          ...(style.italics ? { italics: true } : {}),
          ...(style.strike ? { strike: true } : {}),
          ...(breakBefore ? { breakBefore: true } : {}),
        });
        breakBefore = false;
        break;
      default:
        break;
    }
  }
  return out;
}

function lines(text: string): TextSpan[] {
  return text.split('\n').map((line, i) => (i ? { text: line, breakBefore: true } : { text: line }));
}
