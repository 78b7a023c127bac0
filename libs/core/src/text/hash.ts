/** FNV-1a's 32-bit offset basis; another basis gives an independent hash of the same text. */
export const FNV1A_BASIS = 0x811c9dc5;
const FNV1A_PRIME = 0x01000193;
const SPACE = 0x20;

/**
 * FNV-1a, 32 bits, of the text's UTF-16 code units, as an unsigned number (`| 0` for a
 * PostgreSQL int4). Stored shingles and flood hashes are made of it: its output must not change.
 */
export function fnv1a(text: string, basis: number = FNV1A_BASIS): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV1A_PRIME);
  return h >>> 0;
}

/** fnv1a of `${a} ${b}`, without building the string (hashing word pairs is a hot loop). */
export function fnv1aPair(a: string, b: string, basis: number = FNV1A_BASIS): number {
  let h = basis;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), FNV1A_PRIME);
  h = Math.imul(h ^ SPACE, FNV1A_PRIME);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), FNV1A_PRIME);
  return h >>> 0;
}
