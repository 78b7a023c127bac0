import type { RuleResult, ScreeningFinding } from './screening.types';

/** More links than this in one comment → held (link farms, spam). */
export const MAX_LINKS = 3;

/**
 * Domains whose links are held for review: URL shorteners hide where a link goes, and the
 * rest are betting and spam hosts seen in Vietnamese comment spam. A subdomain matches too.
 */
export const DENIED_DOMAINS: readonly string[] = [
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  'cutt.ly',
  'shorturl.at',
  't.ly',
  'is.gd',
  'rebrand.ly',
  'fb88.com',
  'w88.com',
  '188bet.com',
  'm88.com',
  'kubet.com',
  'jun88.com',
  'new88.com',
  'hi88.com',
];

/**
 * A link: an explicit scheme or "www.", or a bare host ending in a common top-level domain
 * ("example.vn/abc"). Bare hosts need a known TLD so that "Điều 12.3" or "v1.2" are not links.
 */
export const LINK =
  /\b(?:(?:https?:\/\/|www\.)[^\s<>"')\]]+|(?<![@\p{L}\p{N}.-])(?:[a-z0-9-]+\.)+(?:vn|com|net|org|info|biz|xyz|top|io|me|ly|gl|at|gd|co|us|cc|tk|ru|cn|link|site|online|club|bet)(?![\p{L}\p{N}-])(?:\/[^\s<>"')\]]*)?)/giu;

/**
 * What every LINK match contains: a scheme, "www.", or a dot followed by two letters (the start
 * of a TLD). ſ (U+017F) and K (U+212A) match s and k under LINK's case-insensitive Unicode
 * flags, so they count here too. Most comments have none of these, and this plain test is far
 * cheaper than LINK's Unicode scan.
 */
const MAYBE_LINK = /http[s\u017f]?:\/\/|www\.|\.[a-z\u017f\u212a]{2}/i;

export function findLinks(text: string): string[] {
  if (!MAYBE_LINK.test(text)) return [];
  return text.match(LINK) ?? [];
}

/** The host of a link, lower case, without "www.". */
export function hostOf(link: string): string {
  const withoutScheme = link.replace(/^https?:\/\//i, '');
  const host = withoutScheme.split(/[/?#:]/)[0].toLowerCase();
  return host.replace(/^www\./, '');
}

/** More than MAX_LINKS links, or any link to a denied domain (or its subdomains) → hold. */
export function screenLinks(
  text: string,
  options: { maxLinks?: number; deniedDomains?: readonly string[] } = {},
): RuleResult {
  const max = options.maxLinks ?? MAX_LINKS;
  const denied = options.deniedDomains ?? DENIED_DOMAINS;
  const links = findLinks(text);
  const findings: ScreeningFinding[] = [];
  if (links.length > max) findings.push({ rule: 'LINKS', kind: 'TOO_MANY', count: links.length });
  const deniedHosts = new Map<string, number>();
  for (const link of links) {
    const host = hostOf(link);
    const domain = denied.find((d) => host === d || host.endsWith(`.${d}`));
    if (domain) deniedHosts.set(domain, (deniedHosts.get(domain) ?? 0) + 1);
  }
  for (const [detail, count] of deniedHosts)
    findings.push({ rule: 'LINKS', kind: 'DENIED_DOMAIN', count, detail });
  return { findings, hold: findings.length > 0 };
}
