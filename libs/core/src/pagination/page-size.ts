import { BadInputError } from '../errors/domain-error';

/** Every list's page size is capped (CONTRACT.md: `first` is capped at 100). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Larger requests are clamped to the cap rather than refused; negative ones are refused. */
export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE): number {
  if (first === null || first === undefined) return Math.min(DEFAULT_PAGE_SIZE, max);
  if (!Number.isInteger(first) || first < 0) {
    throw new BadInputError('first must be a whole number, 0 or more', 'first');
  }
  return Math.min(first, max);
}
