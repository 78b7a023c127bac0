/** Page addresses, built in one place (CONTRACT.md: published page URLs never change). */
export function draftPath(draftId: string): string {
  return `/du-thao/${draftId}`;
}

/** A provision's thread: its key is already lower-case ASCII with `/` between levels. */
export function threadPath(draftId: string, key: string): string {
  return `/du-thao/${draftId}/${key}`;
}

export function draftThreadPath(draftId: string): string {
  return `/du-thao/${draftId}/gop-y-chung`;
}

/** The id of a provision's block on the draft page (`#p-chuong-i--dieu-1`). */
export function anchorOf(key: string): string {
  return `p-${key.replace(/\//g, '--')}`;
}

export function commentPath(commentId: string): string {
  return `/c/${commentId}`;
}

/** The agency console: the officer's drafts, and one draft's consultation and comments. */
export const CONSOLE_PATH = '/quan-ly';
export function consoleDraftPath(draftId: string): string {
  return `${CONSOLE_PATH}/du-thao/${draftId}`;
}

/** The published feedback report of a draft. */
export function reportPath(draftId: string): string {
  return `/du-thao/${draftId}/bao-cao`;
}

/** A draft's public statistics (comments over time, by article, stance, author, province). */
export function statsPath(draftId: string): string {
  return `/du-thao/${draftId}/thong-ke`;
}

/**
 * One provision compared between two versions, beside the comments that asked for the
 * change: `?dieu=<key in the older version>&tu=<older number>` (to the current version unless
 * `den` says otherwise).
 */
export function comparePath(draftId: string, key?: string, from?: number, to?: number): string {
  const query = new URLSearchParams();
  if (key) query.set('dieu', key);
  if (from) query.set('tu', String(from));
  if (to) query.set('den', String(to));
  const search = query.toString();
  return `/du-thao/${draftId}/so-sanh${search ? `?${search}` : ''}`;
}

/** How to take the public data: exports, permalinks, GraphQL, licence. */
export const OPEN_DATA_PATH = '/du-lieu-mo';
