import { BadInputError } from '@thamvan/core/pure';
import { MAX_DRAFT_BYTES } from './limits';

// Browsers' FileReader.readAsDataURL yields "data:application/pdf;base64,…"; accept it as is.
const DATA_URL_PREFIX = /^data:[^,]{0,200};base64,/i;
const MAX_ENCODED = Math.ceil(MAX_DRAFT_BYTES / 3) * 4;
// MIME encoders wrap lines at 76 characters; allow CRLF after each line before measuring.
const MAX_ENCODED_WITH_BREAKS = MAX_ENCODED + Math.ceil(MAX_ENCODED / 76) * 2 + 64;
// Standard and URL-safe alphabets (Buffer decodes both); padding is checked separately.
const NOT_BASE64 = /[^A-Za-z0-9+/\-_]/;

export function tooLarge(what: string, field: string): BadInputError {
  return new BadInputError(`${what} is larger than 10 MB`, field);
}

/**
 * Decodes a file sent inline. Sizes are checked on the string first, so a 15 MB string is
 * refused before anything is allocated; Buffer.from silently skips invalid characters, so the
 * alphabet and padding are checked by hand (no backtracking regex over megabytes).
 */
export function decodeBase64(input: string, field = 'base64'): Buffer {
  if (input.length > MAX_ENCODED_WITH_BREAKS + 200) throw tooLarge('the file', field);
  let data = input.replace(DATA_URL_PREFIX, '');
  if (/\s/.test(data)) data = data.replace(/\s+/g, '');
  if (data.length > MAX_ENCODED) throw tooLarge('the file', field);
  if (data === '') throw new BadInputError('the file is empty', field);
  let end = data.length;
  while (end > 0 && data.charCodeAt(end - 1) === 61 /* = */ && data.length - end < 2) end--;
  const body = data.slice(0, end);
  const padded = end < data.length;
  if (NOT_BASE64.test(body) || body.length % 4 === 1 || (padded && data.length % 4 !== 0)) {
    throw new BadInputError('the file is not valid base64', field);
  }
  const buffer = Buffer.from(body, 'base64');
  if (buffer.length > MAX_DRAFT_BYTES) throw tooLarge('the file', field);
  return buffer;
}
