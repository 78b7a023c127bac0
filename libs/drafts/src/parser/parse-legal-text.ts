/**
 * Parser for Vietnamese legal texts (plain text, one paragraph per line).
 *
 * Approach, in one pass over the normalised, trimmed, non-blank lines:
 * 1. Every line is classified on its own (line-classifier.ts): could it start a Phần, Chương,
 *    Mục, Tiểu mục, Điều, khoản "1." or điểm "a)"? References such as "Điều 12 của Luật này"
 *    or "Mục V, số thứ tự 24" are rejected here by what follows the number.
 * 2. The first line that starts a Phần/Chương/Mục/Điều splits the document: everything before
 *    it is front matter (header.ts: issuer, number, type, title, preamble).
 * 3. The tree builder (tree-builder.ts) walks the body and accepts a provision-looking line
 *    only if its number fits the numbering so far (articles increasing, clauses 1, 2, 3 …,
 *    points a, b, c … đ …); anything else is text of the open provision, so table cells ("1",
 *    "1.1", "15.280,70") and stray numbers ("2020. …") never become provisions.
 * 4. The signature block starts the trailer (trailer.ts): "Nơi nhận:", "TM. …", "KT. …", a
 *    signer title, the adoption formula "Luật này đã được Quốc hội … thông qua …". It is only
 *    accepted if the next article line does not continue the numbering. Everything after it
 *    (attached forms after the signature, English translations, portal notes) is trailer.
 *    Appendices and tables before the signature stay in the text of the last article.
 *    Choice: the adoption formula of a law is trailer, not text of its last article, because
 *    it belongs to the signing, not to the provision.
 * 5. Quoted text spanning several lines (amending laws quote whole articles: “Điều 5. …”)
 *    is text of the provision that quotes it.
 * 6. Headings: "Chương I" may carry its title on the next line(s) (upper-case lines are joined
 *    with a space); a heading cut mid-phrase continues on a line starting in lower case. After
 *    "Điều N." a sentence (ending in ":" or ";", or a long one ending in ".", or a short one
 *    with nothing under it, as decisions write them) is text and the heading is null.
 *
 * No input line is lost: each non-blank line ends up in the title, issuer, preamble, a label
 * plus heading, a text or the trailer; only header boilerplate (motto, "Số:" line, place and
 * date, separator dashes) is reduced to the fields it feeds. parseLegalText never throws.
 */
import { parseFrontMatter } from './header';
import { KeyRegistry } from './keys';
import { ArticleLine, LineClass, classifyLine } from './line-classifier';
import { normalizeText } from './normalize';
import { isTrailerStart } from './trailer';
import { TreeBuilder } from './tree-builder';
import { ParseWarning, parseWarnings } from './warnings';
import { Outline, OutlineNode } from './types';

const MAX_WARNINGS = 100;
// Longest multi-line quotation we follow; an unbalanced quote must not swallow the document.
const MAX_QUOTE_LINES = 300;
const OPENING_QUOTE = /^["“«„]/u;
const CLOSING_QUOTE = /["”»]\s*[.;,:]?\s*(?:\/\.)?$/u;

/** The heading of a preamble text ("LỜI NÓI ĐẦU", "Lời nói đầu"), on a line of its own. */
const OPENING_HEADING = /^lời\s+nói\s+đầu\s*[.:]?$/iu;

/**
 * "Lời nói đầu" as a provision: first in the outline, key `loi-noi-dau`, kind ARTICLE (as the
 * "Toàn văn" fallback: a top-level unit people comment on; no new kind for clients to learn),
 * number "" (it has none), label "Lời nói đầu".
 */
function openingNode(text: string[]): OutlineNode {
  return {
    kind: 'ARTICLE',
    number: '',
    label: 'Lời nói đầu',
    heading: null,
    key: 'loi-noi-dau',
    text: text.join('\n'),
    children: [],
  };
}

function startsBody(cls: LineClass | null): boolean {
  if (!cls) return false;
  if (cls.kind === 'ARTICLE') return cls.strong || cls.content !== null;
  return cls.kind !== 'CLAUSE' && cls.kind !== 'POINT';
}

function wholeText(lines: string[], outline: Outline, warning: ParseWarning): Outline {
  setWarnings(outline, [warning]);
  if (lines.length > 0) {
    const node: OutlineNode = {
      kind: 'ARTICLE',
      number: '1',
      label: 'Toàn văn',
      heading: null,
      key: 'toan-van',
      text: lines.join('\n'),
      children: [],
    };
    outline.nodes.push(node);
  }
  return outline;
}

function emptyOutline(): Outline {
  return {
    title: null,
    docType: 'OTHER',
    number: null,
    issuer: null,
    preamble: null,
    warnings: [],
    warningDetails: [],
    nodes: [],
    trailer: null,
  };
}

function parse(input: string): Outline {
  const lines = normalizeText(input)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const classes = lines.map(classifyLine);
  const first = classes.findIndex(startsBody);
  if (first < 0) {
    const front = parseFrontMatter(lines);
    const outline: Outline = { ...emptyOutline(), ...front, preamble: null };
    const why = lines.length === 0 ? parseWarnings.emptyDocument() : parseWarnings.noStructure();
    return wholeText(lines, outline, why);
  }

  const warnings: ParseWarning[] = [];
  let dropped = 0;
  const warn = (warning: ParseWarning): void => {
    if (warnings.length < MAX_WARNINGS) warnings.push(warning);
    else dropped++;
  };
  // "LỜI NÓI ĐẦU" (a constitution's, some laws'): its text is a provision people comment on,
  // not part of the header's preamble.
  const front = lines.slice(0, first);
  const opening = front.findIndex((l) => OPENING_HEADING.test(l));
  const openingText = opening >= 0 ? front.slice(opening + 1) : [];
  const header = openingText.length > 0 ? front.slice(0, opening) : front;
  const outline: Outline = { ...emptyOutline(), ...parseFrontMatter(header) };
  const builder = new TreeBuilder(new KeyRegistry(warn), warn, classes);

  // nextArticle[i]: the first article-looking line after i; closeAt[i]: first line >= i that
  // ends a quotation. Both computed backwards so the main loop stays linear.
  const nextArticle: Array<ArticleLine | null> = new Array<ArticleLine | null>(lines.length);
  const closeAt: number[] = new Array<number>(lines.length);
  let article: ArticleLine | null = null;
  let close = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextArticle[i] = article;
    const cls = classes[i];
    if (cls?.kind === 'ARTICLE' && startsBody(cls)) article = cls;
    if (CLOSING_QUOTE.test(lines[i])) close = i;
    closeAt[i] = close;
  }

  let quoteEnd = -1;
  let trailerFrom = lines.length;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const cls = classes[i];
    if (i <= quoteEnd) {
      builder.text(line);
      continue;
    }
    if (builder.tryTitle(line, cls)) continue;
    if (isTrailerStart(line) && !builder.continuesArticles(nextArticle[i])) {
      trailerFrom = i;
      break;
    }
    if (OPENING_QUOTE.test(line) && !CLOSING_QUOTE.test(line) && i + 1 < lines.length) {
      const end = closeAt[i + 1];
      if (end > i && end - i <= MAX_QUOTE_LINES) {
        quoteEnd = end;
        builder.text(line);
        continue;
      }
    }
    builder.add(line, cls, i);
  }

  outline.nodes = builder.finish();
  if (openingText.length > 0) outline.nodes.unshift(openingNode(openingText));
  if (builder.orphans.length > 0) {
    outline.preamble = [outline.preamble, ...builder.orphans].filter((l) => l !== null).join('\n');
  }
  outline.trailer = trailerFrom < lines.length ? lines.slice(trailerFrom).join('\n') : null;
  if (dropped > 0) warnings.push(parseWarnings.more(dropped));
  setWarnings(outline, warnings);
  return outline;
}

/** Parse a Vietnamese legal text into its outline. Never throws. */
export function parseLegalText(input: string): Outline {
  const text = typeof input === 'string' ? input : '';
  try {
    return parse(text);
  } catch (error: unknown) {
    // A parser bug must not take an import down: fall back to the whole text as one provision.
    const message = error instanceof Error ? error.message : String(error);
    const lines = normalizeText(text)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    return wholeText(lines, emptyOutline(), parseWarnings.parserError(message));
  }
}

/** Sets an outline's warnings: the coded list and its messages (the contract's strings). */
export function setWarnings(outline: Outline, warnings: ParseWarning[]): void {
  outline.warningDetails = warnings;
  outline.warnings = warnings.map((w) => w.message);
}
