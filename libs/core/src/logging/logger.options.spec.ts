import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { AppConfig } from '../config/app-config';
import { prettyLogs, readableStream, rootLoggerOptions } from './logger.options';

describe('root logger', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-log-'));
  const development = AppConfig.load({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
  const production = AppConfig.load({
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(32),
  });

  it('writes readable lines only to a terminal, and never in production', () => {
    // Jest's descriptors are pipes, not terminals.
    expect(prettyLogs(development, 1)).toBe(false);
    expect(prettyLogs(production, 1)).toBe(false);
  });

  it('makes lines readable after redaction: no JSON, no e-mail address', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    const logger = pino(rootLoggerOptions(development), readableStream(sink));
    logger.info({ input: { password: 'hunter22' } }, 'registered an.nguyen@example.vn');
    await new Promise((resolve) => setImmediate(resolve));
    expect(out).toContain('INFO');
    expect(out).toContain('registered');
    expect(out).not.toMatch(/^\{/);
    expect(out).not.toMatch(/an\.nguyen@example\.vn|hunter22/);
  });
});
