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
