import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACT_PATHS, redactUrl } from './redaction';

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
});
