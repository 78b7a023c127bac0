import { vi } from './vi';

/** The catalogue pages read. One locale today; a second would be picked per request here. */
export const t = vi;
export type { Messages } from './vi';
