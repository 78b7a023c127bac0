import { ConflictError, DomainError, ErrorCode } from '@thamvan/core';

/**
 * When an author may still edit their comment: the consultation is open, the comment is not
 * hidden or withdrawn, it was posted less than the edit window ago, nobody has replied, and
 * the agency has not answered it (the answer, and the report, refer to the text as answered).
 * One home for the rule: editComment enforces it, Comment.viewerCanEdit shows it.
 */
export type EditBlock = 'CLOSED' | 'REMOVED' | 'TOO_LATE' | 'REPLIED' | 'ANSWERED';

export interface EditFacts {
  status: string;
  createdAt: Date | string;
  consultationOpen: boolean;
  hasReplies: boolean;
  answered: boolean;
}

/** The first reason the comment cannot be edited now, or null. Cheap checks first. */
export function editBlock(
  facts: Omit<EditFacts, 'hasReplies' | 'answered'> & { hasReplies?: boolean; answered?: boolean },
  now: Date,
  windowSeconds: number,
): EditBlock | null {
  if (!facts.consultationOpen) return 'CLOSED';
  if (facts.status === 'HIDDEN' || facts.status === 'WITHDRAWN') return 'REMOVED';
  if (now.getTime() > editableUntil(facts.createdAt, windowSeconds).getTime()) return 'TOO_LATE';
  if (facts.hasReplies) return 'REPLIED';
  if (facts.answered) return 'ANSWERED';
  return null;
}

export function editableUntil(createdAt: Date | string, windowSeconds: number): Date {
  return new Date(new Date(createdAt).getTime() + windowSeconds * 1000);
}

/** The error editComment answers with for a block. */
export function editBlockError(block: EditBlock, status: string, windowSeconds: number): DomainError {
  switch (block) {
    case 'CLOSED':
      return new DomainError(
        ErrorCode.CONSULTATION_CLOSED,
        'The consultation is not open: comments can no longer change',
      );
    case 'REMOVED':
      return new ConflictError(`A ${status.toLowerCase()} comment cannot be edited`);
    case 'TOO_LATE':
      return new ConflictError(`Comments can be edited for ${windowSeconds / 60} minutes only`);
    case 'REPLIED':
      return new ConflictError('A comment that has replies can no longer be edited');
    case 'ANSWERED':
      return new ConflictError('A comment the agency has answered can no longer be edited');
  }
}
