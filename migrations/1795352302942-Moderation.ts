import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation (#6): masked texts, moderation reason, screening findings and queue position
 * and the flood rule's hash on `comment`; `draft.moderation_mode`; the append-only `moderation_decision` history.
 * `comment_draft_author_idx` gains `created_at` so the flood rule reads an author's latest
 * comments on a draft from it, without an extra index on the write path.
 */
export class Moderation1795352302942 implements MigrationInterface {
  name = 'Moderation1795352302942';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."comment_draft_author_idx"');
    await queryRunner.query(
      'CREATE TABLE "moderation_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "moderator_id" uuid, "action" text NOT NULL, "reason" text NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "moderation_decision_action_check" CHECK (action IN (\'APPROVE\', \'HIDE\', \'RESTORE\')), CONSTRAINT "PK_fd9491410982bee0b39fee995d6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "moderation_decision_comment_idx" ON "moderation_decision" ("comment_id", "decided_at") ',
    );
    await queryRunner.query('ALTER TABLE "draft" ADD "moderation_mode" text NOT NULL DEFAULT \'POST\'');
    await queryRunner.query('ALTER TABLE "comment" ADD "masked_body" text');
    await queryRunner.query('ALTER TABLE "comment" ADD "masked_proposed_text" text');
    await queryRunner.query('ALTER TABLE "comment" ADD "moderation_reason" text');
    await queryRunner.query('ALTER TABLE "comment" ADD "screening_findings" jsonb');
    await queryRunner.query('ALTER TABLE "comment" ADD "flood_hash" bigint');
    await queryRunner.query('ALTER TABLE "comment" ADD "moderation_queued_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "comment" ADD "moderated_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "comment_moderation_queue_idx" ON "comment" ("moderation_queued_at", "id") WHERE moderation_queued_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_draft_author_idx" ON "comment" ("draft_id", "author_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "draft" ADD CONSTRAINT "draft_moderation_mode_check" CHECK (moderation_mode IN (\'POST\', \'PRE\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_moderator_fk" FOREIGN KEY ("moderator_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // Decisions are history: like audit_event, nobody (the application included) rewrites them.
    await queryRunner.query(`
      CREATE FUNCTION moderation_decision_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'moderation_decision is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER moderation_decision_no_update_delete BEFORE UPDATE OR DELETE ON moderation_decision
      FOR EACH ROW EXECUTE FUNCTION moderation_decision_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER moderation_decision_no_truncate BEFORE TRUNCATE ON moderation_decision
      FOR EACH STATEMENT EXECUTE FUNCTION moderation_decision_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER moderation_decision_no_truncate ON moderation_decision');
    await queryRunner.query('DROP TRIGGER moderation_decision_no_update_delete ON moderation_decision');
    await queryRunner.query('DROP FUNCTION moderation_decision_append_only()');
    await queryRunner.query(
      'ALTER TABLE "moderation_decision" DROP CONSTRAINT "moderation_decision_moderator_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_decision" DROP CONSTRAINT "moderation_decision_comment_fk"',
    );
    await queryRunner.query('ALTER TABLE "draft" DROP CONSTRAINT "draft_moderation_mode_check"');
    await queryRunner.query('DROP INDEX "public"."comment_draft_author_idx"');
    await queryRunner.query('DROP INDEX "public"."comment_moderation_queue_idx"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "moderated_at"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "moderation_queued_at"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "flood_hash"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "screening_findings"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "moderation_reason"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "masked_proposed_text"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "masked_body"');
    await queryRunner.query('ALTER TABLE "draft" DROP COLUMN "moderation_mode"');
    await queryRunner.query('DROP INDEX "public"."moderation_decision_comment_idx"');
    await queryRunner.query('DROP TABLE "moderation_decision"');
    await queryRunner.query(
      'CREATE INDEX "comment_draft_author_idx" ON "comment" ("draft_id", "author_id") ',
    );
  }
}
