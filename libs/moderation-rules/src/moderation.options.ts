import { DEFAULT_FLOOD_OPTIONS, FloodOptions } from './screening/flood';
import { DENIED_DOMAINS, MAX_LINKS } from './screening/links';

/**
 * Moderation's rules in one place, bound as MODERATION_OPTIONS (feedback's write paths and
 * the moderation services read the same binding), so a deployment can override them.
 */
export interface ModerationOptions {
  /** Distinct people whose flags hide a comment at once (it then waits for review). */
  flagsToHide: number;
  maxLinks: number;
  deniedDomains: readonly string[];
  flood: FloodOptions;
}

export const MODERATION_OPTIONS = Symbol('MODERATION_OPTIONS');

export const DEFAULT_MODERATION_OPTIONS: ModerationOptions = {
  flagsToHide: 3,
  maxLinks: MAX_LINKS,
  deniedDomains: DENIED_DOMAINS,
  flood: DEFAULT_FLOOD_OPTIONS,
};
