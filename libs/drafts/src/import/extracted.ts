import type { ParseWarning } from '../parser/warnings';
/** Text pulled out of a file, with what the reader should double-check. */
export interface Extracted {
  text: string;
  warnings: ParseWarning[];
}
