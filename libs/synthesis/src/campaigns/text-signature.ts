import { fnv1a, foldVietnameseWith } from '@thamvan/core';
import { createHash } from 'node:crypto';

/**
 * Text fingerprints for campaign detection, computed in TypeScript when a comment is written.
 *
 * - Words are runs of letters and digits of the folded text (which agrees with SQL
 *   `thamvan_fold()` on Vietnamese), so "Điều 5," and "dieu 5" are the same words. Only the
 *   Latin marks (U+0300–U+036F) are folded away: the stored signatures were made so.
 * - Shingles: every run of SHINGLE_WORDS consecutive words (a text shorter than that is one
 *   shingle), hashed to 32 bits and kept sorted and unique: exact Jaccard is a merge.
 * - MinHash: MINHASH_SIZE independent 32-bit mixes of each shingle hash, minimum per mix;
 *   LSH splits it into BANDS bands of ROWS rows, each hashed to one bucket.
 */
export const SHINGLE_WORDS = 3;
export const BANDS = 20;
export const ROWS = 5;
export const MINHASH_SIZE = BANDS * ROWS;

export function foldWords(text: string): string[] {
  return foldVietnameseWith(text, { marks: 'latin' })
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export interface TextSignature {
  /** SHA-1 of the folded words: equal for texts that differ only in case, accents, punctuation, spacing. */
  exactHash: string;
  /** Sorted unique 32-bit (signed, as PostgreSQL int4) shingle hashes. */
  shingles: number[];
  /** MINHASH_SIZE values; empty when the text has no words. */
  minhash: number[];
}

export function signText(text: string): TextSignature {
  const words = foldWords(text);
  const exactHash = createHash('sha1').update(words.join(' ')).digest('hex');
  if (!words.length) return { exactHash, shingles: [], minhash: [] };
  const set = new Set<number>();
  const last = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < last; i++) set.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')) | 0);
  const shingles = Int32Array.from(set).sort();
  return { exactHash, shingles: Array.from(shingles), minhash: minhashOf(shingles) };
}

function minhashOf(shingles: Int32Array): number[] {
  const mins = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s];
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = fmix32(x ^ SEEDS[i]);
      if (h < mins[i]) mins[i] = h;
    }
  }
  return Array.from(mins, (v) => v | 0);
}

/** The LSH buckets of a MinHash signature: one int4 per band (none for an empty text). */
export function bandBuckets(minhash: readonly number[]): number[] {
  if (minhash.length !== MINHASH_SIZE) return [];
  const buckets: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x9747b28c ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ minhash[b * ROWS + r]) ^ Math.imul(h, 31);
    buckets.push(h | 0);
  }
  return buckets;
}

/**
 * Shingles and MinHash values as stored (comment_signature.shingles/minhash, bytea): 4 bytes
 * per value, big-endian two's complement, which is what PostgreSQL's int4send() writes, so SQL
 * can pack and unpack them too (migration PackedSignatures). As int4[] every value went
 * through int4out/int4in and JSON.parse on each read of a candidate head (a fifth of the
 * candidate query's time); bytea travels as hex and is unpacked here without parsing.
 */
export function packInt32(values: readonly number[]): Buffer {
  const buffer = Buffer.allocUnsafe(values.length * 4);
  for (let i = 0; i < values.length; i++) buffer.writeInt32BE(values[i] | 0, i * 4);
  return buffer;
}

export function unpackInt32(buffer: Buffer): number[] {
  if (buffer.length % 4 !== 0) throw new Error(`a packed int4 array of ${buffer.length} bytes`);
  const values = new Array<number>(buffer.length / 4);
  for (let i = 0; i < values.length; i++) values[i] = buffer.readInt32BE(i * 4);
  return values;
}

/** Exact Jaccard similarity of two sorted unique shingle sets (two empty texts: 1). */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  if (!a.length && !b.length) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/** MurmurHash3's finaliser: a cheap, well-mixed 32-bit permutation (unsigned result). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds (a simple LCG), so signatures stored in the database stay comparable forever. */
const SEEDS = (() => {
  const seeds = new Int32Array(MINHASH_SIZE);
  let x = 0x2545f491;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) | 0;
    seeds[i] = x;
  }
  return seeds;
})();
