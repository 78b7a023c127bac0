import { createHmac } from 'node:crypto';
import { signJwt, verifyJwt } from './jwt';

describe('jwt', () => {
  const secret = 's'.repeat(40);
  const claims = { iss: 'thamvan', sub: 'user-1', iat: 1000, exp: 1900, roles: ['CITIZEN'] };

  it('round-trips claims before expiry', () => {
    const token = signJwt(claims, secret);
    expect(token.split('.')).toHaveLength(3);
    expect(verifyJwt(token, secret, 'thamvan', 1899)).toEqual(claims);
  });

  it('refuses expired tokens, other issuers, other secrets and tampered payloads', () => {
    const token = signJwt(claims, secret);
    expect(verifyJwt(token, secret, 'thamvan', 1900)).toBeUndefined();
    expect(verifyJwt(token, secret, 'other', 1000)).toBeUndefined();
    expect(verifyJwt(token, 'x'.repeat(40), 'thamvan', 1000)).toBeUndefined();
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN'] })).toString('base64url');
    expect(verifyJwt(`${h}.${forged}.${s}`, secret, 'thamvan', 1000)).toBeUndefined();
    expect(verifyJwt('not a token', secret, 'thamvan', 1000)).toBeUndefined();
  });

  it('refuses alg "none" and any algorithm but HS256, even when correctly signed', () => {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(verifyJwt(`${none}.${payload}.`, secret, 'thamvan', 1000)).toBeUndefined();
    const hs512 = Buffer.from(JSON.stringify({ alg: 'HS512', typ: 'JWT' })).toString('base64url');
    const sig = createHmac('sha256', secret).update(`${hs512}.${payload}`).digest('base64url');
    expect(verifyJwt(`${hs512}.${payload}.${sig}`, secret, 'thamvan', 1000)).toBeUndefined();
  });
});
