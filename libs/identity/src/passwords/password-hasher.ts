import { Injectable, Optional } from '@nestjs/common';
import { AppConfig } from '@thamvan/core';
import { randomBytes, scrypt, ScryptOptions, timingSafeEqual } from 'node:crypto';

/**
 * scrypt from node:crypto, with parameters stored beside each hash so they can be raised
 * later without invalidating old passwords:
 *   N = 2^15 (cost), r = 8 (block size), p = 1, 16-byte random salt, 64-byte key.
 * Memory per hash is 128·N·r = 32 MiB; one hash takes about 50–100 ms on one core, which
 * makes an offline guess equally slow. The hash runs on libuv's thread pool, not the event loop.
 * Stored as `scrypt$<N>$<r>$<p>$<salt b64>$<key b64>`. PASSWORD_HASH_COST (log2 N) lowers N
 * for test runs only (refused below 15 in production); verifying always uses the stored N.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, saltBytes: 16, keyBytes: 64 } as const;

const PREFIX = 'scrypt';

@Injectable()
export class PasswordHasher {
  /** A hash of a random password, checked when no account matches so timing reveals nothing. */
  private dummy?: Promise<string>;
  private readonly N: number;

  constructor(@Optional() config?: AppConfig) {
    this.N = 2 ** (config?.passwordHashCost ?? Math.log2(SCRYPT_PARAMS.N));
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SCRYPT_PARAMS.saltBytes);
    const { r, p, keyBytes } = SCRYPT_PARAMS;
    const N = this.N;
    const key = await derive(password, salt, keyBytes, { N, r, p });
    return [PREFIX, N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async verify(password: string, stored: string | null | undefined): Promise<boolean> {
    if (!stored) {
      // Spend the same time as a real check, then fail.
      await this.verify(password, await (this.dummy ??= this.hash(randomBytes(16).toString('hex'))));
      return false;
    }
    const parts = stored.split('$');
    if (parts.length !== 6 || parts[0] !== PREFIX) return false;
    const [N, r, p] = parts.slice(1, 4).map(Number);
    const salt = Buffer.from(parts[4], 'base64');
    const expected = Buffer.from(parts[5], 'base64');
    const actual = await derive(password, salt, expected.length, { N, r, p });
    return timingSafeEqual(actual, expected);
  }
}

function derive(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  const N = options.N ?? SCRYPT_PARAMS.N;
  const r = options.r ?? SCRYPT_PARAMS.r;
  // Node refuses scrypt above `maxmem` (32 MiB by default); allow exactly what N and r need.
  const maxmem = 128 * N * r * 2;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keylen, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
