import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact HS256 JSON Web Tokens with node:crypto: enough for our own access tokens (we
 * sign and verify them ourselves, with one secret) and small enough to read in full.
 * Only `alg: HS256` is accepted, so `alg: none` and algorithm-confusion tokens fail.
 */
export interface JwtClaims {
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  [claim: string]: unknown;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signJwt(claims: JwtClaims, secret: string): string {
  const payload = base64url(JSON.stringify(claims));
  return `${HEADER}.${payload}.${sign(`${HEADER}.${payload}`, secret)}`;
}

/** The claims of a valid, unexpired token from `issuer`, or undefined. */
export function verifyJwt(
  token: string,
  secret: string,
  issuer: string,
  nowSeconds: number,
): JwtClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts;
  const expected = Buffer.from(sign(`${header}.${payload}`, secret));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  const decodedHeader = parseJson(header);
  if (decodedHeader?.alg !== 'HS256') return undefined;
  const claims = parseJson(payload);
  if (!claims || claims.iss !== issuer || typeof claims.sub !== 'string') return undefined;
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return undefined;
  return claims as JwtClaims;
}

function sign(input: string, secret: string): string {
  return createHmac('sha256', secret).update(input).digest('base64url');
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function parseJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
