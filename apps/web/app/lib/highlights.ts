/**
 * The distinct words the search matched, as written in the comments (`<mark>` of the
 * highlights): what makes "dat dai" finding "đất đai" and "Đất Đai" visible. Marked words
 * next to each other are one phrase ("đất đai", not "đất" and "đai").
 */
export function matchedForms(highlights: readonly string[], max = 8): string[] {
  const seen = new Set<string>();
  for (const html of highlights) {
    for (const m of html.matchAll(/<mark>[^<]*<\/mark>(?:\s+<mark>[^<]*<\/mark>)*/g)) {
      const text = decodeEntities(m[0].replace(/<\/?mark>/g, '')).trim();
      if (text) seen.add(text);
      if (seen.size >= max) return [...seen];
    }
  }
  return [...seen];
}

function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
