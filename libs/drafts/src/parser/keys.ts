import { slugify } from './fold';
import { ProvisionKind } from './types';
import { ParseWarning, parseWarnings } from './warnings';

const KEY_PREFIX: Record<ProvisionKind, string> = {
  PART: 'phan',
  CHAPTER: 'chuong',
  SECTION: 'muc',
  SUBSECTION: 'tieu-muc',
  ARTICLE: 'dieu',
  CLAUSE: 'khoan',
  POINT: 'diem',
};

const LABEL_PREFIX: Record<ProvisionKind, string> = {
  PART: 'Phần',
  CHAPTER: 'Chương',
  SECTION: 'Mục',
  SUBSECTION: 'Tiểu mục',
  ARTICLE: 'Điều',
  CLAUSE: 'Khoản',
  POINT: 'Điểm',
};

/** "Chương I", "Phần thứ nhất", "Điểm đ". */
export function labelFor(kind: ProvisionKind, number: string): string {
  return `${LABEL_PREFIX[kind]} ${number}`;
}

/**
 * Hands out path keys ("chuong-ii/muc-1/dieu-15/khoan-2/diem-dd"). Keys are what comments
 * and permalinks point at, so they must be unique within a document: a repeated key (a messy
 * draft numbering two articles "Điều 5") gets "-2", "-3" and a warning.
 */
export class KeyRegistry {
  private readonly used = new Set<string>();
  // Next suffix to try per base key, so that thousands of repeats stay linear.
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly warn: (warning: ParseWarning) => void) {}

  claim(parentKey: string | null, kind: ProvisionKind, number: string): string {
    const segment = `${KEY_PREFIX[kind]}-${slugify(number)}`;
    const base = parentKey === null ? segment : `${parentKey}/${segment}`;
    let key = base;
    if (this.used.has(key)) {
      let n = this.nextSuffix.get(base) ?? 2;
      while (this.used.has(`${base}-${n}`)) n++;
      key = `${base}-${n}`;
      this.nextSuffix.set(base, n + 1);
      this.warn(parseWarnings.duplicateKey(base, key));
    }
    this.used.add(key);
    return key;
  }
}
