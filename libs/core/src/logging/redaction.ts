/**
 * Paths pino replaces with "[redacted]" wherever they appear in a log record. Personal data
 * (e-mail, phone, IP) and secrets (passwords, tokens) must never reach the logs.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-forwarded-for"]',
  'req.remoteAddress',
  'req.remotePort',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.email',
  '*.phone',
  '*.ip',
  'password',
  'token',
  'email',
  'variables',
  // Database errors carry the statement's parameters and the offending key
  // ("Key (email_normalized)=(…) already exists"): never log either.
  '*.parameters',
  '*.detail',
  '*.driverError',
];

const SECRET_QUERY_PARAMS = /([?&](?:token|access_token|refresh_token|email|password)=)[^&#]*/gi;

/** Strips secret-bearing query parameters from a URL before it is logged. */
export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(SECRET_QUERY_PARAMS, '$1[redacted]');
}
