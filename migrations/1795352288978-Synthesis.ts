import { MigrationInterface, QueryRunner } from 'typeorm';

export class Synthesis1795352288978 implements MigrationInterface {
  name = 'Synthesis1795352288978';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Generated from the synthesis entities; statements about other features' tables (moderation,
    // search, comment columns) that the concurrent working tree also produced were left out.
    // comment_lsh_band has no foreign key on purpose: a derived index written 20 rows per head,
    // where the per-row check was a large share of the grouping cost.
    await queryRunner.query(
      'CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "representative_comment_id" uuid NOT NULL, "size" integer NOT NULL, "first_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "campaign_representative_key" ON "campaign" ("representative_comment_id") ',
    );
    await queryRunner.query('CREATE INDEX "campaign_draft_idx" ON "campaign" ("draft_id", "size") ');
    await queryRunner.query(
      'CREATE TABLE "campaign_member" ("comment_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "draft_id" uuid NOT NULL, CONSTRAINT "PK_380b56ab1b9a87adeade5d809ba" PRIMARY KEY ("comment_id"))',
    );
    await queryRunner.query('CREATE INDEX "campaign_member_draft_idx" ON "campaign_member" ("draft_id") ');
    await queryRunner.query(
      'CREATE INDEX "campaign_member_campaign_idx" ON "campaign_member" ("campaign_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_signature" ("comment_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "exact_hash" text NOT NULL, "shingles" integer array NOT NULL, "minhash" integer array NOT NULL, CONSTRAINT "PK_f467788842f7e1a12fa08769df9" PRIMARY KEY ("comment_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_signature_exact_idx" ON "comment_signature" ("draft_id", "exact_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_lsh_band" ("draft_id" uuid NOT NULL, "band" smallint NOT NULL, "bucket" integer NOT NULL, "comment_id" uuid NOT NULL, CONSTRAINT "PK_c9aa96bd8bf63f6e77b17b91456" PRIMARY KEY ("draft_id", "band", "bucket", "comment_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_lsh_band_comment_idx" ON "comment_lsh_band" ("comment_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "feedback_report" ("draft_id" uuid NOT NULL, "snapshot" jsonb NOT NULL, "published_by" uuid NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_55cfdb9dbdfa756759fedbb4021" PRIMARY KEY ("draft_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agency_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "disposition" text NOT NULL, "explanation" text NOT NULL, "responded_by" uuid NOT NULL, "responded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "agency_response_disposition_check" CHECK (disposition IN (\'ACCEPTED\', \'PARTIALLY_ACCEPTED\', \'NOT_ACCEPTED\', \'EXPLAINED\')), CONSTRAINT "PK_8406207cf5247e5fa6269ad5185" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "agency_response_draft_idx" ON "agency_response" ("draft_id", "responded_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agency_response_revision" ("id" BIGSERIAL NOT NULL, "response_id" uuid NOT NULL, "number" integer NOT NULL, "disposition" text NOT NULL, "explanation" text NOT NULL, "comment_ids" uuid array NOT NULL, "written_by" uuid NOT NULL, "written_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f964d2c5507de4654259dd61b7f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "agency_response_revision_number" ON "agency_response_revision" ("response_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_response" ("comment_id" uuid NOT NULL, "response_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "assigned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fd5a6abcd75df94af7e223729c5" PRIMARY KEY ("comment_id"))',
    );
    await queryRunner.query('CREATE INDEX "comment_response_draft_idx" ON "comment_response" ("draft_id") ');
    await queryRunner.query(
      'CREATE INDEX "comment_response_response_idx" ON "comment_response" ("response_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign" ADD CONSTRAINT "campaign_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign" ADD CONSTRAINT "campaign_representative_fk" FOREIGN KEY ("representative_comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_member" ADD CONSTRAINT "campaign_member_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_member" ADD CONSTRAINT "campaign_member_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "campaign_member" ADD CONSTRAINT "campaign_member_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_signature" ADD CONSTRAINT "comment_signature_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_signature" ADD CONSTRAINT "comment_signature_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_report" ADD CONSTRAINT "feedback_report_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_report" ADD CONSTRAINT "feedback_report_publisher_fk" FOREIGN KEY ("published_by") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_response" ADD CONSTRAINT "agency_response_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_response" ADD CONSTRAINT "agency_response_agency_fk" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_response" ADD CONSTRAINT "agency_response_responder_fk" FOREIGN KEY ("responded_by") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_response_revision" ADD CONSTRAINT "agency_response_revision_response_fk" FOREIGN KEY ("response_id") REFERENCES "agency_response"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_response_revision" ADD CONSTRAINT "agency_response_revision_author_fk" FOREIGN KEY ("written_by") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_response" ADD CONSTRAINT "comment_response_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_response" ADD CONSTRAINT "comment_response_response_fk" FOREIGN KEY ("response_id") REFERENCES "agency_response"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_response" ADD CONSTRAINT "comment_response_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment_response" DROP CONSTRAINT "comment_response_draft_fk"');
    await queryRunner.query('ALTER TABLE "comment_response" DROP CONSTRAINT "comment_response_response_fk"');
    await queryRunner.query('ALTER TABLE "comment_response" DROP CONSTRAINT "comment_response_comment_fk"');
    await queryRunner.query(
      'ALTER TABLE "agency_response_revision" DROP CONSTRAINT "agency_response_revision_author_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_response_revision" DROP CONSTRAINT "agency_response_revision_response_fk"',
    );
    await queryRunner.query('ALTER TABLE "agency_response" DROP CONSTRAINT "agency_response_responder_fk"');
    await queryRunner.query('ALTER TABLE "agency_response" DROP CONSTRAINT "agency_response_agency_fk"');
    await queryRunner.query('ALTER TABLE "agency_response" DROP CONSTRAINT "agency_response_draft_fk"');
    await queryRunner.query('ALTER TABLE "feedback_report" DROP CONSTRAINT "feedback_report_publisher_fk"');
    await queryRunner.query('ALTER TABLE "feedback_report" DROP CONSTRAINT "feedback_report_draft_fk"');
    await queryRunner.query('ALTER TABLE "comment_signature" DROP CONSTRAINT "comment_signature_draft_fk"');
    await queryRunner.query('ALTER TABLE "comment_signature" DROP CONSTRAINT "comment_signature_comment_fk"');
    await queryRunner.query('ALTER TABLE "campaign_member" DROP CONSTRAINT "campaign_member_draft_fk"');
    await queryRunner.query('ALTER TABLE "campaign_member" DROP CONSTRAINT "campaign_member_campaign_fk"');
    await queryRunner.query('ALTER TABLE "campaign_member" DROP CONSTRAINT "campaign_member_comment_fk"');
    await queryRunner.query('ALTER TABLE "campaign" DROP CONSTRAINT "campaign_representative_fk"');
    await queryRunner.query('ALTER TABLE "campaign" DROP CONSTRAINT "campaign_draft_fk"');
    await queryRunner.query('DROP INDEX "public"."comment_response_response_idx"');
    await queryRunner.query('DROP INDEX "public"."comment_response_draft_idx"');
    await queryRunner.query('DROP TABLE "comment_response"');
    await queryRunner.query('DROP INDEX "public"."agency_response_revision_number"');
    await queryRunner.query('DROP TABLE "agency_response_revision"');
    await queryRunner.query('DROP INDEX "public"."agency_response_draft_idx"');
    await queryRunner.query('DROP TABLE "agency_response"');
    await queryRunner.query('DROP TABLE "feedback_report"');
    await queryRunner.query('DROP INDEX "public"."comment_signature_exact_idx"');
    await queryRunner.query('DROP TABLE "comment_signature"');
    await queryRunner.query('DROP INDEX "public"."comment_lsh_band_comment_idx"');
    await queryRunner.query('DROP TABLE "comment_lsh_band"');
    await queryRunner.query('DROP INDEX "public"."campaign_member_campaign_idx"');
    await queryRunner.query('DROP INDEX "public"."campaign_member_draft_idx"');
    await queryRunner.query('DROP TABLE "campaign_member"');
    await queryRunner.query('DROP INDEX "public"."campaign_draft_idx"');
    await queryRunner.query('DROP INDEX "public"."campaign_representative_key"');
    await queryRunner.query('DROP TABLE "campaign"');
  }
}
