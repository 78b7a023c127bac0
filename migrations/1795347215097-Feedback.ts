import { MigrationInterface, QueryRunner } from 'typeorm';

export class Feedback1795347215097 implements MigrationInterface {
  name = 'Feedback1795347215097';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Generated; the generator also proposed dropping the drafts migration's hand-written foreign
    // keys (they are not declared on the drafts entities). Those statements were left out: they
    // belong to drafts, and this migration must not touch its tables.
    await queryRunner.query(
      'CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "version_id" uuid NOT NULL, "provision_id" uuid, "lineage_id" uuid, "parent_id" uuid, "depth" smallint NOT NULL DEFAULT \'0\', "author_id" uuid NOT NULL, "body" text NOT NULL, "stance" text, "proposed_text" text, "status" text NOT NULL DEFAULT \'PUBLISHED\', "idempotency_key" uuid NOT NULL, "input_hash" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "edited_at" TIMESTAMP(3) WITH TIME ZONE, "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "comment_depth_check" CHECK (depth BETWEEN 0 AND 3), CONSTRAINT "comment_stance_check" CHECK (stance IN (\'SUPPORT\', \'OPPOSE\', \'AMEND\', \'QUESTION\', \'NEUTRAL\')), CONSTRAINT "comment_status_check" CHECK (status IN (\'PUBLISHED\', \'PENDING\', \'HIDDEN\', \'WITHDRAWN\')), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_draft_top_idx" ON "comment" ("draft_id", "created_at", "id") WHERE provision_id IS NULL AND parent_id IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_draft_author_idx" ON "comment" ("draft_id", "author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_parent_idx" ON "comment" ("parent_id", "created_at", "id") WHERE parent_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_lineage_idx" ON "comment" ("lineage_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "comment_author_idempotency_key" ON "comment" ("author_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_revision" ("id" BIGSERIAL NOT NULL, "comment_id" uuid NOT NULL, "body" text NOT NULL, "stance" text, "proposed_text" text, "written_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "replaced_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9f00184e42bf25baf182cfd27cb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_revision_comment_idx" ON "comment_revision" ("comment_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_counter" ("comment_id" uuid NOT NULL, "agree" integer NOT NULL DEFAULT \'0\', "disagree" integer NOT NULL DEFAULT \'0\', "replies" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_c0cb9d6ce37cf7aedff87e53dcc" PRIMARY KEY ("comment_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "draft_counter" ("draft_id" uuid NOT NULL, "comments" integer NOT NULL DEFAULT \'0\', "participants" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_c343f26497837f3b24b76d547dd" PRIMARY KEY ("draft_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "provision_counter" ("lineage_id" uuid NOT NULL, "comments" integer NOT NULL DEFAULT \'0\', "support" integer NOT NULL DEFAULT \'0\', "oppose" integer NOT NULL DEFAULT \'0\', "amend" integer NOT NULL DEFAULT \'0\', "question" integer NOT NULL DEFAULT \'0\', "neutral" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_13c5dbd660b48f941dbec7873ec" PRIMARY KEY ("lineage_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "comment_flag_reason_check" CHECK (reason IN (\'SPAM\', \'ABUSE\', \'PERSONAL_DATA\', \'OFF_TOPIC\', \'OTHER\')), CONSTRAINT "PK_c103239ce692e9c7c15249bcf04" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "comment_flag_user_idx" ON "comment_flag" ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "comment_flag_comment_user_key" ON "comment_flag" ("comment_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_reaction" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "comment_reaction_kind_check" CHECK (kind IN (\'AGREE\', \'DISAGREE\')), CONSTRAINT "PK_1d6be5df3cc9d32e2bc5f0e1e55" PRIMARY KEY ("comment_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "comment_reaction_user_idx" ON "comment_reaction" ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "comment_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "comment_version_fk" FOREIGN KEY ("version_id") REFERENCES "draft_version"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "comment_provision_fk" FOREIGN KEY ("provision_id") REFERENCES "provision"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "comment_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "comment_author_fk" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_revision" ADD CONSTRAINT "comment_revision_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_counter" ADD CONSTRAINT "comment_counter_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "draft_counter" ADD CONSTRAINT "draft_counter_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_flag" ADD CONSTRAINT "comment_flag_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_flag" ADD CONSTRAINT "comment_flag_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reaction" ADD CONSTRAINT "comment_reaction_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reaction" ADD CONSTRAINT "comment_reaction_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment_reaction" DROP CONSTRAINT "comment_reaction_user_fk"');
    await queryRunner.query('ALTER TABLE "comment_reaction" DROP CONSTRAINT "comment_reaction_comment_fk"');
    await queryRunner.query('ALTER TABLE "comment_flag" DROP CONSTRAINT "comment_flag_user_fk"');
    await queryRunner.query('ALTER TABLE "comment_flag" DROP CONSTRAINT "comment_flag_comment_fk"');
    await queryRunner.query('ALTER TABLE "draft_counter" DROP CONSTRAINT "draft_counter_draft_fk"');
    await queryRunner.query('ALTER TABLE "comment_counter" DROP CONSTRAINT "comment_counter_comment_fk"');
    await queryRunner.query('ALTER TABLE "comment_revision" DROP CONSTRAINT "comment_revision_comment_fk"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "comment_author_fk"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "comment_parent_fk"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "comment_provision_fk"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "comment_version_fk"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "comment_draft_fk"');
    await queryRunner.query('DROP INDEX "public"."comment_reaction_user_idx"');
    await queryRunner.query('DROP TABLE "comment_reaction"');
    await queryRunner.query('DROP INDEX "public"."comment_flag_comment_user_key"');
    await queryRunner.query('DROP INDEX "public"."comment_flag_user_idx"');
    await queryRunner.query('DROP TABLE "comment_flag"');
    await queryRunner.query('DROP TABLE "provision_counter"');
    await queryRunner.query('DROP TABLE "draft_counter"');
    await queryRunner.query('DROP TABLE "comment_counter"');
    await queryRunner.query('DROP INDEX "public"."comment_revision_comment_idx"');
    await queryRunner.query('DROP TABLE "comment_revision"');
    await queryRunner.query('DROP INDEX "public"."comment_author_idempotency_key"');
    await queryRunner.query('DROP INDEX "public"."comment_lineage_idx"');
    await queryRunner.query('DROP INDEX "public"."comment_parent_idx"');
    await queryRunner.query('DROP INDEX "public"."comment_draft_author_idx"');
    await queryRunner.query('DROP INDEX "public"."comment_draft_top_idx"');
    await queryRunner.query('DROP TABLE "comment"');
  }
}
