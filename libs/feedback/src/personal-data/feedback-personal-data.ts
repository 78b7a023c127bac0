import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@thamvan/identity';

/**
 * Feedback's part of `myData`: the person's comments (with their earlier revisions),
 * reactions and flags. Nothing is erased when an account is deleted: comments stay public
 * under "Người dùng đã xóa" (identity anonymises the account row itself).
 */
@Injectable()
export class FeedbackPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'comments',
      collect: (m, userId) =>
        m.query(
          `SELECT c.id, c.draft_id AS "draftId", c.provision_id AS "provisionId", c.parent_id AS "parentId",
                  c.body, c.stance, c.proposed_text AS "proposedText", c.status, c.created_at AS "createdAt",
                  c.edited_at AS "editedAt", c.withdrawn_at AS "withdrawnAt",
                  coalesce((SELECT json_agg(json_build_object('body', r.body, 'stance', r.stance,
                              'proposedText', r.proposed_text, 'writtenAt', r.written_at,
                              'replacedAt', r.replaced_at) ORDER BY r.id)
                              FROM comment_revision r WHERE r.comment_id = c.id), '[]') AS revisions
             FROM comment c WHERE c.author_id = $1 ORDER BY c.created_at, c.id`,
          [userId],
        ),
    });
    this.registry.register({
      name: 'reactions',
      collect: (m, userId) =>
        m.query(
          `SELECT comment_id AS "commentId", kind, updated_at AS "updatedAt"
             FROM comment_reaction WHERE user_id = $1 ORDER BY updated_at`,
          [userId],
        ),
    });
    this.registry.register({
      name: 'flags',
      collect: (m, userId) =>
        m.query(
          `SELECT comment_id AS "commentId", reason, note, created_at AS "createdAt"
             FROM comment_flag WHERE user_id = $1 ORDER BY created_at`,
          [userId],
        ),
    });
  }
}
