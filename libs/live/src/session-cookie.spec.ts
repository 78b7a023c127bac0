import { SESSION_COOKIE_NAME, sessionCookieToken } from './session-cookie';

describe(sessionCookieToken.name, () => {
  const cookie = `thamvan_csrf=x; ${SESSION_COOKIE_NAME}=eyJ.abc.def; other=1`;

  it('reads the session cookie of a same-origin handshake, or of one without Origin', () => {
    expect(sessionCookieToken({ cookie, host: 'thamvan.vn', origin: 'https://thamvan.vn' }, undefined)).toBe(
      'eyJ.abc.def',
    );
    expect(sessionCookieToken({ cookie, host: 'localhost:3000' }, undefined)).toBe('eyJ.abc.def');
  });

  it('ignores it from another site, unless that origin is allowed', () => {
    expect(
      sessionCookieToken({ cookie, host: 'thamvan.vn', origin: 'https://evil.example' }, undefined),
    ).toBeUndefined();
    expect(sessionCookieToken({ cookie, host: 'thamvan.vn', origin: 'null' }, undefined)).toBeUndefined();
    expect(
      sessionCookieToken({ cookie, host: 'api.thamvan.vn', origin: 'https://thamvan.vn' }, [
        'https://thamvan.vn',
      ]),
    ).toBe('eyJ.abc.def');
  });

  it('is undefined without the cookie or with an empty one', () => {
    expect(sessionCookieToken({ cookie: 'a=b', host: 'x' }, undefined)).toBeUndefined();
    expect(sessionCookieToken({ cookie: `${SESSION_COOKIE_NAME}=`, host: 'x' }, undefined)).toBeUndefined();
    expect(sessionCookieToken({ host: 'x' }, undefined)).toBeUndefined();
  });
});
