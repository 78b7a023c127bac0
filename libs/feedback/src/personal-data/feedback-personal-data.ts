import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@thamvan/identity';
import { CommentsRepository } from '../comments/comments.repository';
import { FlagReason } from '../flags/dto/flag-reason.enum';
import { ReactionsRepository } from '../reactions/reactions.repository';

/**
 * Feedback's part of `myData`: the person's comments (with their earlier revisions),
 * reactions and flags. Nothing is erased when an account is deleted: comments stay public
 * under "Người dùng đã xóa" (identity anonymises the account row itself).
 */
@Injectable()
export class FeedbackPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly comments: CommentsRepository,
    private readonly reactions: ReactionsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'comments',
      collect: (m, userId) => this.comments.writtenBy(m, userId),
    });
    this.registry.register({
      name: 'reactions',
      collect: (m, userId) => this.reactions.madeBy(m, userId),
    });
    this.registry.register({
      name: 'flags',
      // comment_flag's query: it moves to FlagsRepository with flags/'s next change.
      collect: (m, userId) =>
        m.query<{ commentId: string; reason: FlagReason; note: string | null; createdAt: Date }[]>(
          `SELECT comment_id AS "commentId", reason, note, created_at AS "createdAt"
             FROM comment_flag WHERE user_id = $1 ORDER BY created_at`,
          [userId],
        ),
    });
  }
}
