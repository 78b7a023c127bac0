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

const REDACTED = '[redacted]';

/**
 * Words that make a query parameter's value a secret or personal data by its name alone,
 * matched on the words of the decoded name (`new_password`, `x-api-key`, `authCode`,
 * `user[email]`, `refreshToken`), not on substrings (`authorKind` is not `auth`).
 */
const SECRET_WORDS = new Set([
  'pass',
  'passwd',
  'password',
  'pwd',
  'token',
  'jwt',
  'secret',
  'key',
  'apikey',
  'code',
  'auth',
  'authorization',
  'session',
  'sid',
  'sig',
  'signature',
  'otp',
  'credential',
  'credentials',
  'cookie',
  'email',
  'mail',
  'phone',
  'tel',
  'ip',
  // GraphQL's GET parameters, should another path ever take them.
  'query',
  'variables',
  'extensions',
]);

function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  // "passwords", "token2": a plural or a number does not make a name harmless.
  return words.some((word) => SECRET_WORDS.has(word) || SECRET_WORDS.has(word.replace(/(?:s|\d+)$/, '')));
}

/**
 * Personal data that may sit in any value or path segment, whatever its name: an e-mail
 * address, a run of 9+ digits with separators (a phone or ID number), an IPv4 address.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PERSONAL_VALUE = /@|\d(?:[\s.()+-]{0,2}\d){8,}|\b\d{1,3}(?:\.\d{1,3}){3}\b/u;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Ids are what make a log line useful, and a UUID's digits are not a phone number. */
function personal(text: string): boolean {
  return PERSONAL_VALUE.test(text.replace(UUID, '-'));
}

/** GraphQL's GET form carries the whole operation (variables, passwords) in the query string. */
const GRAPHQL_PATH = /^\/graphql(?:\/|$)/i;

function decoded(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/**
 * A URL as it may be logged. `/graphql`: the path alone (its query string, when any, is the
 * operation and its variables). Elsewhere: each parameter whose name says secret or personal
 * (password, token, secret, key, code, e-mail, phone…) or whose value holds an e-mail
 * address, a long number or an IP address keeps its name and loses its value; e-mail
 * addresses in the path are replaced too. Never throws: a malformed escape is judged as is.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const hash = url.indexOf('#');
  const withoutHash = hash >= 0 ? url.slice(0, hash) : url;
  const mark = withoutHash.indexOf('?');
  const path = mark >= 0 ? withoutHash.slice(0, mark) : withoutHash;
  const query = mark >= 0 ? withoutHash.slice(mark + 1) : undefined;
  const safePath = personal(decoded(path))
    ? path
        .split('/')
        .map((segment) => (personal(decoded(segment)) ? REDACTED : segment))
        .join('/')
    : path;
  if (query === undefined) return safePath;
  if (GRAPHQL_PATH.test(path)) return `${safePath}?${REDACTED}`;
  const params = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq >= 0 ? pair.slice(0, eq) : pair;
    const value = eq >= 0 ? pair.slice(eq + 1) : '';
    const plainName = decoded(name);
    if (isSecretName(plainName) || personal(plainName)) {
      return `${personal(plainName) ? REDACTED : name}=${REDACTED}`;
    }
    if (eq >= 0 && personal(decoded(value))) return `${name}=${REDACTED}`;
    return pair;
  });
  return `${safePath}?${params.join('&')}`;
}

/**
 * Last line of defence, applied to every serialised log line (pino's streamWrite hook): any
 * e-mail address left in a message or a field that no path above names is replaced. Lines
 * without an "@" (nearly all) cost one indexOf.
 */
export function scrubLogLine(line: string): string {
  if (!line.includes('@')) return line;
  return line.replace(EMAIL, REDACTED);
}
