import type { MetaDescriptor } from 'react-router';
import { t } from '../i18n';

/** Title, description and Open Graph tags for a page: what a shared link shows. */
export function pageMeta(
  title: string,
  options: { description?: string; url?: string; type?: 'website' | 'article' } = {},
): MetaDescriptor[] {
  const fullTitle = title === t.site.name ? title : `${title} · ${t.site.name}`;
  const description = excerpt(options.description ?? t.site.description, 200);
  const tags: MetaDescriptor[] = [
    { title: fullTitle },
    { name: 'description', content: description },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:type', content: options.type ?? 'website' },
    { property: 'og:site_name', content: t.site.name },
    { property: 'og:locale', content: 'vi_VN' },
    { name: 'twitter:card', content: 'summary' },
  ];
  if (options.url)
    tags.push(
      { property: 'og:url', content: options.url },
      { tagName: 'link', rel: 'canonical', href: options.url },
    );
  return tags;
}

/**
 * An excerpt of a comment, whose body is minimal Markdown: its marks (emphasis, headings,
 * quotes, list bullets, code ticks) dropped, so a quote reads "văn bản hướng dẫn", not
 * "**văn bản hướng dẫn**".
 */
export function commentExcerpt(body: string, max: number): string {
  const plain = body
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, '$2');
  return excerpt(plain, max);
}

/** The first `max` characters of a text, cut at a word, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max)}…`;
}
