import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACT_PATHS, redactUrl, scrubLogLine } from './redaction';

describe('log redaction', () => {
  function capture(): { logger: pino.Logger; lines: string[] } {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    return { logger: pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, stream), lines };
  }

  it('hides passwords, tokens, e-mail addresses and IPs', () => {
    const { logger, lines } = capture();
    logger.info(
      { input: { email: 'a@b.vn', password: 'hunter22', refreshToken: 'rt', ip: '10.0.0.1' } },
      'x',
    );
    expect(lines.join('')).not.toMatch(/a@b\.vn|hunter22|"rt"|10\.0\.0\.1/);
  });

  it('hides the parameters and key details of database errors', () => {
    const { logger, lines } = capture();
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      parameters: ['a@b.vn', 'scrypt$hash'],
      detail: 'Key (email_normalized)=(a@b.vn) already exists.',
      driverError: { detail: 'Key (email_normalized)=(a@b.vn) already exists.' },
    });
    logger.error({ err }, 'unexpected error');
    const text = lines.join('');
    expect(text).toContain('duplicate key value');
    expect(text).not.toMatch(/a@b\.vn|scrypt/);
  });

  it('strips secret query parameters from URLs', () => {
    expect(redactUrl('/verify?token=abc&x=1')).toBe('/verify?token=[redacted]&x=1');
  });

  it("never logs /graphql's query string: it is the operation and its variables", () => {
    const get = '/graphql?query=mutation%7Blogin%7D&variables=%7B%22p%22%3A%22hunter22%22%7D';
    expect(redactUrl(get)).toBe('/graphql?[redacted]');
    expect(redactUrl('/GraphQL/?x=1')).toBe('/GraphQL/?[redacted]');
    expect(redactUrl('/graphql')).toBe('/graphql');
  });

  it.each([
    ['/reset?new_password=hunter22&lang=vi', '/reset?new_password=[redacted]&lang=vi'],
    [
      '/a?apiKey=k1&X-Api-Key=k2&authCode=c&code=1234',
      '/a?apiKey=[redacted]&X-Api-Key=[redacted]&authCode=[redacted]&code=[redacted]',
    ],
    [
      '/a?refreshToken=r&access_token=t&sig=s&client_secret=x',
      '/a?refreshToken=[redacted]&access_token=[redacted]&sig=[redacted]&client_secret=[redacted]',
    ],
    [
      '/a?user%5Bemail%5D=x&passwords=y&token2=z',
      '/a?user%5Bemail%5D=[redacted]&passwords=[redacted]&token2=[redacted]',
    ],
    // Any value holding an e-mail address, a phone-length number or an IP address, whatever its name.
    [
      '/api/exports/comments.csv?q=a%40b.vn&stance=AMEND',
      '/api/exports/comments.csv?q=[redacted]&stance=AMEND',
    ],
    ['/x?q=g%E1%BB%8Di%200912%20345%20678&authorKind=INDIVIDUAL', '/x?q=[redacted]&authorKind=INDIVIDUAL'],
    ['/x?from=10.1.2.3&draftId=abc', '/x?from=[redacted]&draftId=abc'],
    // In the path too.
    ['/users/someone%40example.vn/profile?x=1', '/users/[redacted]/profile?x=1'],
  ])('redacts %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('keeps ordinary URLs as they are, and survives malformed escapes', () => {
    const ids = '/c/12345678-1234-4234-8234-123456789012?draftId=00000000-0000-4000-8000-000000000001';
    expect(redactUrl(ids)).toBe(ids);
    const plain = '/api/exports/comments.csv?draftId=7f1c&stance=AMEND,OPPOSE&from=2026-01-01&q=dat%20dai';
    expect(redactUrl(plain)).toBe(plain);
    expect(redactUrl('/x?token=%E0%A4%A&y=%')).toBe('/x?token=[redacted]&y=%');
  });

  it('scrubs any e-mail address left on a written line', () => {
    expect(scrubLogLine('{"msg":"mail to an.nguyen@example.vn failed"}')).toBe(
      '{"msg":"mail to [redacted] failed"}',
    );
    const plain = '{"msg":"request completed"}';
    expect(scrubLogLine(plain)).toBe(plain);
  });
});
