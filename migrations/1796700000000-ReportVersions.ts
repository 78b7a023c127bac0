import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published reports keep their history (issue 19): feedback_report stays the current version,
 * now numbered, with the publisher's note on what changed and its two headline figures (so
 * the public list of versions never reads the megabyte snapshots); publishing again moves the
 * current row into feedback_report_version before replacing it.
 */
export class ReportVersions1796700000000 implements MigrationInterface {
  name = 'ReportVersions1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "feedback_report" ADD "version" integer NOT NULL DEFAULT 1, ADD "note" text,
         ADD "comment_count" integer NOT NULL DEFAULT 0, ADD "answered_count" integer NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(
      `UPDATE "feedback_report" SET "comment_count" = coalesce(("snapshot"->>'commentCount')::int, 0),
                                    "answered_count" = coalesce(("snapshot"->>'answeredCount')::int, 0)`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_report_version" (
         "draft_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL,
         "published_by" uuid NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "note" text,
         "comment_count" integer NOT NULL, "answered_count" integer NOT NULL,
         "replaced_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_feedback_report_version" PRIMARY KEY ("draft_id", "version"),
         CONSTRAINT "feedback_report_version_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id"),
         CONSTRAINT "feedback_report_version_publisher_fk" FOREIGN KEY ("published_by") REFERENCES "app_user"("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "feedback_report_version"`);
    await queryRunner.query(
      `ALTER TABLE "feedback_report" DROP COLUMN "version", DROP COLUMN "note", DROP COLUMN "comment_count", DROP COLUMN "answered_count"`,
    );
  }
}
