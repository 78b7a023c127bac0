import { csrfKey, csrfTokenFor, newCsrfSecret, verifyCsrfToken } from './csrf.server';

describe('csrf', () => {
  const key = csrfKey('a-jwt-secret-of-at-least-32-characters!!');

  it('accepts the token made for this browser cookie only', () => {
    const cookie = newCsrfSecret();
    const token = csrfTokenFor(key, cookie);
    expect(verifyCsrfToken(key, cookie, token)).toBe(true);
    expect(verifyCsrfToken(key, newCsrfSecret(), token)).toBe(false);
    expect(verifyCsrfToken(key, cookie, token.slice(1))).toBe(false);
    expect(verifyCsrfToken(key, cookie, null)).toBe(false);
    expect(verifyCsrfToken(key, '', csrfTokenFor(key, ''))).toBe(false);
  });

  it('derives a different key from a different secret', () => {
    const cookie = newCsrfSecret();
    const other = csrfKey('another-jwt-secret-of-32-characters-!!!!');
    expect(verifyCsrfToken(other, cookie, csrfTokenFor(key, cookie))).toBe(false);
  });
});
