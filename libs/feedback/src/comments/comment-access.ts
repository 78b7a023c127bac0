import { Injectable } from '@nestjs/common';
import { Clock, DomainError, ErrorCode, isUuid, NotFoundError, Viewer } from '@thamvan/core';
import { consultationStatus, ConsultationStatus } from '@thamvan/drafts';
import { CommentRow } from './comment-row';
import { CommentTargets } from './comment-targets';
import { canSeeComment } from './comment-visibility';
import { CommentsQueryService } from './comments-query.service';

/** Loads the comment a reaction or flag is about; one the viewer cannot see does not exist. */
@Injectable()
export class CommentAccess {
  constructor(
    private readonly comments: CommentsQueryService,
    private readonly targets: CommentTargets,
    private readonly clock: Clock,
  ) {}

  async requireVisible(viewer: Viewer | null, id: string): Promise<CommentRow> {
    const [row] = isUuid(id) ? await this.comments.byIds([id]) : [];
    if (!row || !canSeeComment(viewer, row)) throw new NotFoundError('Comment', id);
    return row;
  }

  /** CONSULTATION_CLOSED unless the comment's draft is open now (schedule cached for a second). */
  async requireOpen(row: CommentRow): Promise<void> {
    const draft = await this.targets.draft(row.draftId);
    if (!draft || consultationStatus(draft, this.clock.now()) !== ConsultationStatus.OPEN) {
      throw new DomainError(ErrorCode.CONSULTATION_CLOSED, 'The consultation is not open');
    }
  }
}
