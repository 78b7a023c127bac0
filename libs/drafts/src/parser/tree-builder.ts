import { isUpperCaseLine } from './fold';
import { Draft, toOutlineNode } from './draft';
import { KeyRegistry } from './keys';
import { ArticleLine, ClauseLine, ContainerLine, LineClass, PointLine } from './line-classifier';
import { ParseWarning, parseWarnings } from './warnings';
import { OutlineNode, ProvisionKind } from './types';

// Chapter titles are short; a long line after "Chương I" is body text, not its title.
const MAX_TITLE_LENGTH = 250;
// Beyond this a heading is not extended by continuation lines.
const MAX_HEADING = 400;
// Article "headings" longer than this are the article's first sentence (decisions do that).
const MAX_HEADING_WITH_PERIOD = 150;
// How far to look for "b." before accepting "a." as the start of a point list.
const POINT_LOOKAHEAD = 80;

/**
 * Turns classified body lines into the provision tree. Keeps one open node per level and
 * decides, from the numbering so far, whether a provision-looking line really starts a
 * provision or is text of the open one (a reference, a table cell, a stray number).
 */
export class TreeBuilder {
  readonly roots: Draft[] = [];
  /** Text met before any provision could hold it (defensive; the body starts with one). */
  readonly orphans: string[] = [];
  private part?: Draft;
  private chapter?: Draft;
  private section?: Draft;
  private subsection?: Draft;
  private article?: Draft;
  private clause?: Draft;
  private point?: Draft;
  private lastArticle: ArticleLine | null = null;
  private lastChapter: ContainerLine | null = null;
  private lastClause = 0;
  private clauseStyle: '.' | ')' | null = null;
  private pendingTitle: Draft | null = null;
  private pendingUpper = false;

  constructor(
    private readonly keys: KeyRegistry,
    private readonly warn: (warning: ParseWarning) => void,
    private readonly classes: ReadonlyArray<LineClass | null>,
  ) {}

  /** True when `next` would continue the article numbering (so the document is not over). */
  continuesArticles(next: ArticleLine | null): boolean {
    const last = this.lastArticle;
    if (!next || !last) return false;
    return next.value === last.value + 1 || (next.value === last.value && next.suffix > last.suffix);
  }

  /**
   * A title that wraps onto the following line(s): "Chương I" with its title on the next line
   * (upper-case titles may take several lines), or a heading cut mid-phrase, whose
   * continuation starts with a lower-case letter (text extracted from PDF or Word).
   */
  tryTitle(line: string, cls: LineClass | null): boolean {
    const node = this.pendingTitle;
    if (!node) return false;
    if (cls === null && line.length <= MAX_TITLE_LENGTH) {
      const heading = node.heading;
      if (heading === null) {
        if (!/[:;]$/.test(line)) {
          node.heading = line;
          this.pendingUpper = isUpperCaseLine(line);
          return true;
        }
      } else if (
        (this.pendingUpper && isUpperCaseLine(line)) ||
        (/^\p{Ll}/u.test(line) && !/[.:;]$/.test(heading) && heading.length < MAX_HEADING)
      ) {
        node.heading = `${heading} ${line}`;
        return true;
      }
    }
    this.pendingTitle = null;
    return false;
  }

  add(line: string, cls: LineClass | null, index: number): void {
    this.pendingTitle = null;
    if (cls !== null) {
      switch (cls.kind) {
        case 'PART':
        case 'CHAPTER':
        case 'SECTION':
        case 'SUBSECTION':
          return this.openContainer(cls);
        case 'ARTICLE':
          if (this.acceptArticle(cls)) return this.openArticle(cls);
          break;
        case 'CLAUSE':
          if (this.acceptClause(cls)) return this.openClause(cls);
          break;
        case 'POINT':
          if (this.acceptPoint(cls, index)) return this.openPoint(cls);
          break;
      }
    }
    this.text(line);
  }

  text(line: string): void {
    const open = this.point ?? this.clause ?? this.article ?? this.subsection ?? this.section;
    const target = open ?? this.chapter ?? this.part;
    if (target) target.lines.push(line);
    else this.orphans.push(line);
  }

  finish(): OutlineNode[] {
    return this.roots.map(toOutlineNode);
  }

  private create(kind: ProvisionKind, number: string, parent: Draft | undefined): Draft {
    const draft: Draft = {
      kind,
      number,
      heading: null,
      key: this.keys.claim(parent ? parent.key : null, kind, number),
      lines: [],
      children: [],
      maybeSentence: null,
      pointOrdinal: -1,
      pointStyle: null,
    };
    (parent ? parent.children : this.roots).push(draft);
    return draft;
  }

  private openContainer(cls: ContainerLine): void {
    let parent: Draft | undefined;
    if (cls.kind === 'PART') {
      this.part = undefined;
      this.chapter = undefined;
      this.lastChapter = null;
    } else if (cls.kind === 'CHAPTER') {
      parent = this.part;
      this.chapter = undefined;
      const last = this.lastChapter;
      if (last && last.value !== null && cls.value !== null && cls.value !== last.value + 1) {
        this.warn(parseWarnings.chapterNumber(cls.number, last.number));
      }
      this.lastChapter = cls;
    } else if (cls.kind === 'SECTION') {
      parent = this.chapter ?? this.part;
    } else {
      parent = this.section ?? this.chapter ?? this.part;
    }
    if (cls.kind !== 'SUBSECTION') this.section = undefined;
    this.subsection = undefined;
    this.closeArticle();
    const node = this.create(cls.kind, cls.number, parent);
    node.heading = cls.heading;
    if (cls.kind === 'PART') this.part = node;
    else if (cls.kind === 'CHAPTER') this.chapter = node;
    else if (cls.kind === 'SECTION') this.section = node;
    else this.subsection = node;
    this.pendingTitle = node;
    this.pendingUpper = cls.heading !== null && isUpperCaseLine(cls.heading);
  }

  private closeArticle(): void {
    this.article = undefined;
    this.clause = undefined;
    this.point = undefined;
  }

  private acceptArticle(cls: ArticleLine): boolean {
    const last = this.lastArticle;
    if (!last || this.continuesArticles(cls)) return true;
    const gap = cls.value - last.value;
    if (gap > 1 && gap <= 20 && (cls.strong || gap <= 3)) {
      this.warn(parseWarnings.articleGap(last.number, cls.number));
      return true;
    }
    // A repeated or out-of-order number is only trusted in its unmistakable form.
    if (cls.strong && cls.content !== null) {
      this.warn(parseWarnings.articleOrder(cls.number, last.number));
      return true;
    }
    return false;
  }

  private openArticle(cls: ArticleLine): void {
    this.closeArticle();
    const parent = this.subsection ?? this.section ?? this.chapter ?? this.part;
    const node = this.create('ARTICLE', cls.number, parent);
    const content = cls.content;
    if (content !== null) {
      const sentenceEnd = /[.!?…]$/.test(content);
      if (/[:;]$/.test(content) || (sentenceEnd && content.length > MAX_HEADING_WITH_PERIOD)) {
        node.lines.push(content);
      } else if (sentenceEnd) {
        node.heading = content.replace(/\.$/, '');
        node.maybeSentence = content;
      } else {
        // Long headings without final punctuation exist (Điều 16 of the cybersecurity law).
        node.heading = content;
      }
    }
    // Only a heading can wrap; upper-case continuation is not trusted for articles because
    // table header cells ("STT", "TT") often follow them.
    if (node.heading !== null && node.maybeSentence === null) {
      this.pendingTitle = node;
      this.pendingUpper = false;
    }
    this.article = node;
    this.lastArticle = cls;
    this.lastClause = 0;
    this.clauseStyle = null;
  }

  private acceptClause(cls: ClauseLine): boolean {
    if (!this.article) return false;
    const last = this.lastClause;
    if (last > 0 && cls.style !== this.clauseStyle) return false;
    // "1)" under an open point is a sub-list of that point, not a new clause.
    if (cls.style === ')' && this.point) return false;
    const article = this.lastArticle?.number ?? '?';
    if (cls.careless !== null) {
      // A guess: only the very next number counts, so "2018 Năm…" or "3 Bộ…" out of sequence
      // stays text. Say what was written so the editor can fix the source.
      if (cls.value !== last + 1) return false;
      this.warn(parseWarnings.clauseGuessed(article, cls.number, cls.careless));
      return true;
    }
    if (cls.value === last + 1) return true;
    if (cls.value === 1) {
      this.warn(parseWarnings.clauseRestart(article, last));
      return true;
    }
    if (cls.value === last + 2) {
      this.warn(parseWarnings.clauseGap(article, cls.value, last));
      return true;
    }
    return false;
  }

  private openClause(cls: ClauseLine): void {
    const node = this.create('CLAUSE', cls.number, this.article);
    if (cls.rest !== '') node.lines.push(cls.rest);
    this.clause = node;
    this.point = undefined;
    this.lastClause = cls.value;
    this.clauseStyle = cls.style;
  }

  private acceptPoint(cls: PointLine, index: number): boolean {
    const holder = this.clause ?? this.article;
    if (!holder) return false;
    const last = holder.pointOrdinal;
    // "a." is also how sentences and abbreviations can start; only trust it as a list style
    // when the list visibly continues with "b.".
    if (cls.style === '.' && holder.pointStyle !== '.') {
      if (last !== -1 || cls.ordinal !== 0 || !this.hasNextDotPoint(index)) return false;
    }
    if (cls.ordinal === last + 1) return true;
    const article = `Điều ${this.lastArticle?.number ?? '?'}`;
    const where = this.clause ? `khoản ${this.clause.number} ${article}` : article;
    if (cls.ordinal === 0) {
      this.warn(parseWarnings.pointRestart(where));
      return true;
    }
    if (cls.ordinal > last + 1 && cls.ordinal <= last + 3 && (last >= 0 || cls.ordinal === 1)) {
      this.warn(parseWarnings.pointGap(where, cls.letter));
      return true;
    }
    return false;
  }

  private hasNextDotPoint(index: number): boolean {
    const end = Math.min(this.classes.length, index + 1 + POINT_LOOKAHEAD);
    for (let i = index + 1; i < end; i++) {
      const cls = this.classes[i];
      if (!cls) continue;
      if (cls.kind === 'POINT' && cls.style === '.' && cls.ordinal === 1) return true;
      if (cls.kind !== 'POINT') return false;
    }
    return false;
  }

  private openPoint(cls: PointLine): void {
    const holder = this.clause ?? this.article;
    const node = this.create('POINT', cls.letter, holder);
    if (cls.rest !== '') node.lines.push(cls.rest);
    if (holder) {
      holder.pointOrdinal = cls.ordinal;
      holder.pointStyle = cls.style;
    }
    this.point = node;
  }
}
