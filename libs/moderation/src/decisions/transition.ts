import { ConflictError } from '@thamvan/core';
import type { CommentStatusName } from '@thamvan/feedback';
import type { ModerationActionName } from '@thamvan/moderation-rules';

/**
 * The status a decision leads to, or CONFLICT when it makes no sense from the current one.
 * APPROVE on a PUBLISHED comment is the answer to flags ("reviewed, stays"); HIDE on a
 * HIDDEN one confirms an automatic hide. A WITHDRAWN comment is its author's: nothing to decide.
 */
export function transition(action: ModerationActionName, from: CommentStatusName): CommentStatusName {
  if (from === 'WITHDRAWN') throw new ConflictError('The comment was withdrawn by its author');
  switch (action) {
    case 'APPROVE':
      if (from === 'HIDDEN') throw new ConflictError('The comment is hidden: RESTORE publishes it again');
      return 'PUBLISHED';
    case 'HIDE':
      return 'HIDDEN';
    case 'RESTORE':
      if (from !== 'HIDDEN') throw new ConflictError(`Only a hidden comment can be restored (it is ${from})`);
      return 'PUBLISHED';
  }
}
