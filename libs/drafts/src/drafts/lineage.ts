import { matchProvisionKeys } from '../diff';
import type { ProvisionRow } from './provision-rows';

/**
 * Pairs provisions of two versions that are "the same provision": [fromKey, toKey], by key
 * and, for renumbered or moved ones, by text similarity (../diff). A comment on Điều 12
 * thus follows it when it becomes Điều 13.
 */
export function matchProvisions(previous: ProvisionRow[], next: ProvisionRow[]): [string, string][] {
  return matchProvisionKeys(previous, next);
}
