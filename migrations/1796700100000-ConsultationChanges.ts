import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * consultation_change: the public history of a consultation's window after it opened (issue
 * 19): closed early, extended, reopened, each with the editor's reason. Early closes made
 * before the table existed are copied from draft.closed_at / close_reason (their editor is
 * in the audit log, not here).
 */
export class ConsultationChanges1796700100000 implements MigrationInterface {
  name = 'ConsultationChanges1796700100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consultation_change" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "kind" text NOT NULL,
         "previous_closes_at" TIMESTAMP(3) WITH TIME ZONE, "closes_at" TIMESTAMP(3) WITH TIME ZONE,
         "reason" text NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_consultation_change" PRIMARY KEY ("id"),
         CONSTRAINT "consultation_change_kind_check" CHECK ("kind" IN ('CLOSED_EARLY', 'EXTENDED', 'REOPENED')),
         CONSTRAINT "consultation_change_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id"),
         CONSTRAINT "consultation_change_user_fk" FOREIGN KEY ("changed_by") REFERENCES "app_user"("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "consultation_change_draft_idx" ON "consultation_change" ("draft_id", "changed_at")`,
    );
    await queryRunner.query(
      `INSERT INTO "consultation_change" ("draft_id", "kind", "previous_closes_at", "closes_at", "reason", "changed_at")
       SELECT "id", 'CLOSED_EARLY', "closes_at", "closed_at", coalesce("close_reason", ''), "closed_at"
         FROM "draft" WHERE "closed_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "consultation_change"`);
  }
}
