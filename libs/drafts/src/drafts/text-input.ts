import { BadInputError, cleanInputText } from '@thamvan/core';

/** Cleaned (cleanInputText), trimmed, length-checked text from a client: the one way free text enters drafts. */
export function cleanText(
  value: string,
  field: string,
  { min = 1, max }: { min?: number; max: number },
): string {
  const text = cleanInputText(value).trim();
  if (text.length < min) throw new BadInputError(`${field} must not be empty`, field);
  if (text.length > max) throw new BadInputError(`${field} must be at most ${max} characters`, field);
  return text;
}

export function cleanOptionalText(
  value: string | null | undefined,
  field: string,
  max: number,
): string | null {
  if (value === null || value === undefined || cleanInputText(value).trim() === '') return null;
  return cleanText(value, field, { max });
}
