import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * comment.moderation_reason_code: the stable code beside the reason shown to a comment's author
 * and moderators (HELD_BY_SCREENING, HELD_PRE_MODERATION, HIDDEN_BY_READER_REPORTS,
 * MODERATOR_DECISION; libs/moderation/src/screening/moderation-reasons.ts). Rows moderated
 * before are classified from the (English) texts the code wrote then; their text is kept.
 */
export class ModerationReasonCode1796500100000 implements MigrationInterface {
  name = 'ModerationReasonCode1796500100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment" ADD "moderation_reason_code" text`);
    await queryRunner.query(
      `UPDATE comment SET moderation_reason_code = CASE
         WHEN moderation_reason LIKE 'Held for review by automatic screening:%' THEN 'HELD_BY_SCREENING'
         WHEN moderation_reason LIKE 'Held for review: comments on this draft are published once%' THEN 'HELD_PRE_MODERATION'
         WHEN moderation_reason LIKE 'Hidden automatically: reported by %' THEN 'HIDDEN_BY_READER_REPORTS'
         ELSE 'MODERATOR_DECISION' END
        WHERE moderation_reason IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment" DROP COLUMN "moderation_reason_code"`);
  }
}
