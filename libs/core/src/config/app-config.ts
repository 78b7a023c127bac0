import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configSchema, RawConfig } from './config.schema';

/** Raised for bad configuration: the entry points print its message alone and exit 1. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The validated, typed configuration. One instance per process, injected as `AppConfig`. */
export class AppConfig {
  readonly env: RawConfig['NODE_ENV'];
  readonly isProduction: boolean;
  readonly port: number;
  readonly dataDir: string;
  /** PUBLIC_URL as set (no trailing slash); see `publicUrl`. */
  private readonly publicUrlSetting?: string;
  private listeningPort: number;
  readonly databaseUrl?: string;
  readonly meili?: { url: string; apiKey?: string };
  readonly redisUrl?: string;
  readonly smtpUrl?: string;
  readonly jwtSecret: string;
  readonly logLevel: RawConfig['LOG_LEVEL'];
  readonly seedDemo: boolean;
  readonly rateLimitMultiplier: number;
  /** PASSWORD_HASH_COST: log2 of scrypt's N for new password hashes (15 in production). */
  readonly passwordHashCost: number;
  /** SESSION_CACHE_SECONDS: see libs/identity OpenSessionCache. 0 = check every request. */
  readonly sessionCacheSeconds: number;
  /** TOPICS_DEBOUNCE_SECONDS: a scope's topics are rebuilt at most this often (default 30). */
  readonly topicsDebounceSeconds: number;
  /** undefined = any origin (contract); a handshake without Origin is always allowed. */
  readonly liveAllowedOrigins?: string[];

  private constructor(raw: RawConfig, jwtSecret: string) {
    this.env = raw.NODE_ENV;
    this.isProduction = raw.NODE_ENV === 'production';
    this.port = raw.PORT;
    this.dataDir = resolve(raw.DATA_DIR);
    this.publicUrlSetting = raw.PUBLIC_URL;
    this.listeningPort = raw.PORT;
    this.databaseUrl = raw.DATABASE_URL;
    this.meili = raw.MEILI_URL ? { url: raw.MEILI_URL, apiKey: raw.MEILI_API_KEY } : undefined;
    this.redisUrl = raw.REDIS_URL;
    this.smtpUrl = raw.SMTP_URL;
    this.jwtSecret = jwtSecret;
    this.logLevel = raw.LOG_LEVEL;
    this.seedDemo = raw.SEED_DEMO;
    this.rateLimitMultiplier = raw.RATE_LIMIT_MULTIPLIER;
    this.sessionCacheSeconds = raw.SESSION_CACHE_SECONDS;
    this.topicsDebounceSeconds = raw.TOPICS_DEBOUNCE_SECONDS;
    this.passwordHashCost = raw.PASSWORD_HASH_COST;
    this.liveAllowedOrigins = raw.LIVE_ALLOWED_ORIGINS;
  }

  /**
   * Validates `env` and returns the configuration, or throws a ConfigError whose message is
   * one line naming the first bad variable, e.g. `PORT: must be a port number (got "abc")`.
   */
  static load(env: NodeJS.ProcessEnv = process.env): AppConfig {
    const parsed = configSchema.safeParse(env);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const name = String(issue.path[0] ?? 'configuration');
      const got = env[name];
      // Never echo secrets back, even malformed ones.
      const shown = /SECRET|KEY|URL/.test(name) || got === undefined ? '' : ` (got "${got}")`;
      throw new ConfigError(`Invalid configuration: ${name}: ${issue.message}${shown}`);
    }
    const raw = parsed.data;
    if (raw.NODE_ENV === 'production' && !raw.JWT_SECRET) {
      throw new ConfigError('Invalid configuration: JWT_SECRET: required when NODE_ENV=production');
    }
    // A cheaper hash exists for test runs (thousands of accounts); never for real passwords.
    if (raw.NODE_ENV === 'production' && raw.PASSWORD_HASH_COST < 15) {
      throw new ConfigError(
        'Invalid configuration: PASSWORD_HASH_COST: at least 15 when NODE_ENV=production',
      );
    }
    return new AppConfig(raw, raw.JWT_SECRET ?? developmentSecret(resolve(raw.DATA_DIR)));
  }

  /**
   * The site's address for links in mails and pages: PUBLIC_URL, or else the local address
   * this process listens on (known once it listens: PORT=0 picks a free port).
   */
  get publicUrl(): string {
    return this.publicUrlSetting ?? `http://localhost:${this.listeningPort}`;
  }

  /** Whether PUBLIC_URL is an https address (cookies are then Secure even outside production). */
  get publicUrlIsHttps(): boolean {
    return this.publicUrlSetting?.startsWith('https:') ?? false;
  }

  /** Called once the HTTP server listens, for the default `publicUrl`. */
  listeningOn(port: number): void {
    this.listeningPort = port;
  }

  /** Rate limits are scaled by RATE_LIMIT_MULTIPLIER so load tests can run from one address. */
  scaleLimit(limit: number): number {
    return Math.max(1, Math.round(limit * this.rateLimitMultiplier));
  }
}

/** In development a random secret is generated once and kept in DATA_DIR, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': when two processes start together, the first writer wins and the other reads it.
    writeFileSync(file, randomBytes(48).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
