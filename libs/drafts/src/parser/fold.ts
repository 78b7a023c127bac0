// The parser runs in a worker thread that must not load @thamvan/core's index (Nest, TypeORM).
export { foldVietnamese } from '@thamvan/core/pure';

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Key segment form: like foldVietnamese but đ -> dd, so that points "d)" and "đ)" get
 * distinct keys, and anything that is not a-z/0-9 collapses to a single "-".
 */
export function slugify(s: string): string {
  const slug = s
    .toLowerCase()
    .replace(/[đð]/g, 'dd')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'x' : slug;
}

/** True when the line has cased letters and none of them is lower case ("CHƯƠNG I"). */
export function isUpperCaseLine(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** First letter (ignoring leading punctuation/digits) is lower case. */
export function startsLowerCase(s: string): boolean {
  const m = /\p{L}/u.exec(s);
  return m !== null && /\p{Ll}/u.test(m[0]);
}
