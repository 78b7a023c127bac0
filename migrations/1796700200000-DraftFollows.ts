import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People follow drafts (issue 19) and are mailed at each milestone: it opens (or reopens),
 * closes, gets a new version, its report is published. draft_follow is who follows what;
 * draft_milestone records each milestone once it has been announced (the sweep inserts and
 * enqueues in one transaction, so any number of processes may sweep). Every milestone
 * already past is recorded here as announced, so followers are never mailed old news.
 */
export class DraftFollows1796700200000 implements MigrationInterface {
  name = 'DraftFollows1796700200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "draft_follow" (
         "user_id" uuid NOT NULL, "draft_id" uuid NOT NULL,
         "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_draft_follow" PRIMARY KEY ("user_id", "draft_id"),
         CONSTRAINT "draft_follow_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id"),
         CONSTRAINT "draft_follow_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "draft_follow_draft_idx" ON "draft_follow" ("draft_id")`);
    await queryRunner.query(
      `CREATE TABLE "draft_milestone" (
         "draft_id" uuid NOT NULL, "kind" text NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
         "number" integer NOT NULL DEFAULT 0,
         CONSTRAINT "PK_draft_milestone" PRIMARY KEY ("draft_id", "kind", "at"),
         CONSTRAINT "draft_milestone_kind_check" CHECK ("kind" IN ('OPENED', 'REOPENED', 'CLOSED', 'NEW_VERSION', 'REPORT_PUBLISHED')),
         CONSTRAINT "draft_milestone_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "draft_milestone" ("draft_id", "kind", "at", "number")
       SELECT "id", 'OPENED', "opens_at", 0 FROM "draft" WHERE "opens_at" <= now()
       UNION ALL
       SELECT "id", 'CLOSED', coalesce("closed_at", "closes_at"), 0 FROM "draft" WHERE coalesce("closed_at", "closes_at") <= now()
       UNION ALL
       SELECT "draft_id", 'REOPENED', "changed_at", 0 FROM "consultation_change" WHERE "kind" = 'REOPENED'
       UNION ALL
       SELECT "draft_id", 'NEW_VERSION', "published_at", "number" FROM "draft_version" WHERE "number" > 1 AND "published_at" IS NOT NULL
       UNION ALL
       SELECT "draft_id", 'REPORT_PUBLISHED', "published_at", "version" FROM "feedback_report"
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "draft_milestone"`);
    await queryRunner.query(`DROP TABLE "draft_follow"`);
  }
}
