import { BadInputError } from '@thamvan/core/pure';

/**
 * Decodes a .txt draft. Accepted: UTF-8 (with or without BOM), and UTF-16 with a BOM, which is
 * what Windows Notepad writes when a user picks "Unicode". Refused: anything else, notably the
 * legacy Vietnamese encodings (TCVN3, VNI, Windows-1258): guessing them would silently turn
 * diacritics into wrong letters in a legal text, so the officer is asked to save as UTF-8.
 */
export function decodeTextFile(buffer: Buffer): string {
  const notText = (why: string) =>
    new BadInputError(`file content is not a .txt (${why}); save the draft as UTF-8 text`, 'base64');
  let encoding = 'utf-8';
  let start = 0;
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) start = 3;
  else if (buffer[0] === 0xff && buffer[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (buffer[0] === 0xfe && buffer[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  const body = buffer.subarray(start);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw notText(encoding === 'utf-8' ? 'not valid UTF-8' : `not valid ${encoding.toUpperCase()}`);
  }
  if (text.includes('\u0000')) throw notText('it holds NUL bytes');
  return text;
}
