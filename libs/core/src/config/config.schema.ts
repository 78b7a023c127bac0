import { z } from 'zod';

/**
 * Every environment variable of the public contract (CONTRACT.md, "Environment"), validated
 * once at start. Anything missing or malformed stops the process with one line naming it.
 */
const port = z.coerce
  .number({ invalid_type_error: 'must be a port number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    );

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  DATA_DIR: z.string().trim().min(1).default('./.data'),
  // The site's address as people reach it, for links in mails and share metadata; the local
  // address (http://localhost:PORT) when unset.
  PUBLIC_URL: optional(
    url(['http:', 'https:'])
      .refine((v) => !/[?#]/.test(v), 'must not have a query or fragment')
      .transform((v) => v.replace(/\/+$/, '')),
  ),
  DATABASE_URL: optional(url(['postgres:', 'postgresql:'])),
  MEILI_URL: optional(url(['http:', 'https:'])),
  MEILI_API_KEY: optional(z.string()),
  REDIS_URL: optional(url(['redis:', 'rediss:'])),
  SMTP_URL: optional(url(['smtp:', 'smtps:'])),
  JWT_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z
    .enum(['0', '1', 'true', 'false'], { errorMap: () => ({ message: 'must be 0 or 1' }) })
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  RATE_LIMIT_MULTIPLIER: z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .positive('must be greater than 0')
    .default(1),
  // log2 of scrypt's cost N for new password hashes (libs/identity PasswordHasher); 15 (32 MiB,
  // ~100 ms) unless a test run lowers it. Below 15 is refused in production (AppConfig.load).
  PASSWORD_HASH_COST: z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(10, 'must be between 10 and 20')
    .max(20, 'must be between 10 and 20')
    .default(15),
  // How long an access token's session, once seen open, is trusted without asking PostgreSQL
  // (libs/identity OpenSessionCache); revocations by another API process apply within it.
  SESSION_CACHE_SECONDS: z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 60')
    .max(60, 'must be between 0 and 60')
    .default(5),
  // Topics of a provision are rebuilt at most once per this many seconds (libs/synthesis
  // topics refresh, on the outbox's bulk lane); tests set 0 to see them at once.
  TOPICS_DEBOUNCE_SECONDS: z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 86400')
    .max(86400, 'must be between 0 and 86400')
    .default(30),
  LIVE_ALLOWED_ORIGINS: optional(
    z.string().transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  ),
});

export type RawConfig = z.output<typeof configSchema>;
