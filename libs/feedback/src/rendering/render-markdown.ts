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

/** Safe HTML for a comment body: insert it into a page as is. */
export function renderCommentHtml(body: string): string {
  if (body === '') return '';
  return sanitizeHtml(markdown.render(body), SANITIZE).trim();
}
