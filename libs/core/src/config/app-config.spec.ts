import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, ConfigError } from './app-config';

describe(AppConfig.name, () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'thamvan-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('applies the documented defaults', () => {
    const config = AppConfig.load({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      logLevel: 'info',
      seedDemo: true,
      rateLimitMultiplier: 1,
      passwordHashCost: 15,
      liveAllowedOrigins: undefined,
      databaseUrl: undefined,
    });
  });

  it('generates a development JWT secret once and keeps it in DATA_DIR', () => {
    const first = AppConfig.load({ DATA_DIR: dataDir });
    const second = AppConfig.load({ DATA_DIR: dataDir });
    expect(first.jwtSecret).toHaveLength(64);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(first.jwtSecret);
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => AppConfig.load({ DATA_DIR: dataDir, NODE_ENV: 'production' })).toThrow(
      new ConfigError('Invalid configuration: JWT_SECRET: required when NODE_ENV=production'),
    );
    expect(
      AppConfig.load({ DATA_DIR: dataDir, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret,
    ).toBe('x'.repeat(32));
  });

  it('lowers the password hash cost for tests only, never in production', () => {
    expect(
      AppConfig.load({ DATA_DIR: dataDir, NODE_ENV: 'test', PASSWORD_HASH_COST: '10' }).passwordHashCost,
    ).toBe(10);
    expect(() =>
      AppConfig.load({
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(32),
        PASSWORD_HASH_COST: '12',
      }),
    ).toThrow(
      new ConfigError('Invalid configuration: PASSWORD_HASH_COST: at least 15 when NODE_ENV=production'),
    );
    expect(() => AppConfig.load({ DATA_DIR: dataDir, PASSWORD_HASH_COST: '4' })).toThrow(
      'PASSWORD_HASH_COST: must be between 10 and 20',
    );
  });

  it.each([
    ['PORT', 'abc', 'PORT: must be a port number (got "abc")'],
    ['PORT', '70000', 'PORT: must be between 0 and 65535 (got "70000")'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL:'],
    ['SEED_DEMO', 'maybe', 'SEED_DEMO: must be 0 or 1 (got "maybe")'],
    ['REDIS_URL', 'localhost:6379', 'REDIS_URL: must be a URL starting with redis:// or rediss://'],
    ['MEILI_URL', 'ftp://x', 'MEILI_URL: must be a URL starting with http:// or https://'],
    ['JWT_SECRET', 'short', 'JWT_SECRET: must be at least 32 characters'],
  ])('names the bad variable %s=%s in one line', (name, value, expected) => {
    let message = '';
    try {
      AppConfig.load({ DATA_DIR: dataDir, [name]: value });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`Invalid configuration: ${expected}`);
    expect(message).not.toContain('\n');
  });

  it('never echoes a secret value back', () => {
    expect(() => AppConfig.load({ DATA_DIR: dataDir, JWT_SECRET: 'hunter2' })).toThrow(/^(?!.*hunter2)/);
  });

  it('parses LIVE_ALLOWED_ORIGINS and scales rate limits', () => {
    const config = AppConfig.load({
      DATA_DIR: dataDir,
      LIVE_ALLOWED_ORIGINS: 'https://a.vn, https://b.vn,',
      RATE_LIMIT_MULTIPLIER: '2.5',
    });
    expect(config.liveAllowedOrigins).toEqual(['https://a.vn', 'https://b.vn']);
    expect(config.scaleLimit(10)).toBe(25);
    expect(AppConfig.load({ DATA_DIR: dataDir, RATE_LIMIT_MULTIPLIER: '0.01' }).scaleLimit(10)).toBe(1);
  });

  it('treats empty optional variables as unset', () => {
    expect(
      AppConfig.load({ DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: ' ' }).databaseUrl,
    ).toBeUndefined();
  });
});
