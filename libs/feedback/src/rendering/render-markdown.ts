import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Comment bodies are plain text with minimal Markdown. markdown-it runs with raw HTML off
 * (tags in the text come out escaped), then an allowlist sanitiser runs anyway: it is what
 * guarantees the result, whatever a future markdown-it option or plugin lets through.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

const LINK_REL = 'nofollow noopener ugc';

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 's', 'del', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre'],
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'] },
  // No javascript:, data: or vbscript: URLs: sanitize-html drops any href outside these schemes.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: LINK_REL, target: '_blank' },
    }),
  },
};

/**
 * Rendered bodies, most recently used last, keyed by the text itself (so an edit, or the
 * masked text instead of the original, is simply another key). Rendering costs ~70 µs for a
 * 500-character comment and runs for every comment of every page read (100 per page) and for
 * every live event; the same newest comments of a busy article are read again and again.
 * Bounded in entries and in text length: at most ~RENDER_CACHE_ENTRIES × 2 × 4,000
 * characters.
 */
export const RENDER_CACHE_ENTRIES = 5000;
const CACHEABLE_LENGTH = 4000;
const rendered = new Map<string, string>();

/** Safe HTML for a comment body: insert it into a page as is. */
export function renderCommentHtml(body: string): string {
  if (body === '') return '';
  const cached = rendered.get(body);
  if (cached !== undefined) {
    rendered.delete(body);
    rendered.set(body, cached);
    return cached;
  }
  const html = sanitizeHtml(markdown.render(body), SANITIZE).trim();
  if (body.length <= CACHEABLE_LENGTH) {
    rendered.set(body, html);
    if (rendered.size > RENDER_CACHE_ENTRIES) rendered.delete(rendered.keys().next().value!);
  }
  return html;
}

/** How many rendered bodies are kept (for the spec). */
export function renderCacheSize(): number {
  return rendered.size;
}
