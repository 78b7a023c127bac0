import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Topics of what people said (issue 23), computed off the write path by the outbox's bulk
 * lane (libs/synthesis/src/topics) and read by GraphQL, search and the report:
 *  - topic: one row per topic of a scope, i.e. the published top-level comments of one
 *    provision lineage (every version's matching provision) or, with lineage_id null, of the
 *    draft as a whole; the "Ý kiến khác" bucket is a row too (is_other, last by position), so
 *    searchComments(topicId) and the report treat it like any topic.
 *  - topic_member: which comments a topic holds, rank 0 the closest to its centre.
 *  - topic_refresh: per scope (a lineage, a draft's own comments, a draft's opinion groups),
 *    whether a rebuild is scheduled and when the last one ran: the debounce.
 *  - opinion_groups: the last Polis-style opinion groups of a draft, as computed (jsonb).
 * Every row here is derived and rebuilt from comments and reactions: dropping it loses nothing.
 */
export class Topics1796800100000 implements MigrationInterface {
  name = 'Topics1796800100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "topic" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "draft_id" uuid NOT NULL,
         "lineage_id" uuid,
         "is_other" boolean NOT NULL DEFAULT false,
         "position" integer NOT NULL,
         "label" text NOT NULL,
         "phrases" text array NOT NULL DEFAULT '{}',
         "size" integer NOT NULL,
         "comment_count" integer NOT NULL,
         "representative_comment_id" uuid NOT NULL,
         "stance_counts" jsonb NOT NULL,
         "campaigns" jsonb NOT NULL DEFAULT '[]',
         "built_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_topic" PRIMARY KEY ("id"),
         CONSTRAINT "topic_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id"),
         CONSTRAINT "topic_representative_fk" FOREIGN KEY ("representative_comment_id") REFERENCES "comment"("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "topic_scope_idx" ON "topic" ("draft_id", "lineage_id", "position")`,
    );
    await queryRunner.query(`CREATE INDEX "topic_lineage_idx" ON "topic" ("lineage_id", "position")`);
    await queryRunner.query(
      `CREATE TABLE "topic_member" (
         "topic_id" uuid NOT NULL, "comment_id" uuid NOT NULL, "rank" integer NOT NULL,
         CONSTRAINT "PK_topic_member" PRIMARY KEY ("topic_id", "comment_id"),
         CONSTRAINT "topic_member_topic_fk" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE,
         CONSTRAINT "topic_member_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "topic_member_rank_idx" ON "topic_member" ("topic_id", "rank")`,
    );
    await queryRunner.query(`CREATE INDEX "topic_member_comment_idx" ON "topic_member" ("comment_id")`);
    await queryRunner.query(
      `CREATE TABLE "topic_refresh" (
         "scope_key" text NOT NULL,
         "kind" text NOT NULL,
         "draft_id" uuid NOT NULL,
         "lineage_id" uuid,
         "scheduled" boolean NOT NULL DEFAULT false,
         "dirty_at" TIMESTAMP(3) WITH TIME ZONE,
         "built_at" TIMESTAMP(3) WITH TIME ZONE,
         CONSTRAINT "PK_topic_refresh" PRIMARY KEY ("scope_key"),
         CONSTRAINT "topic_refresh_kind_check" CHECK ("kind" IN ('PROVISION', 'DRAFT', 'OPINION_GROUPS')),
         CONSTRAINT "topic_refresh_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "opinion_groups" (
         "draft_id" uuid NOT NULL,
         "result" jsonb NOT NULL,
         "built_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_opinion_groups" PRIMARY KEY ("draft_id"),
         CONSTRAINT "opinion_groups_draft_fk" FOREIGN KEY ("draft_id") REFERENCES "draft"("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "opinion_groups"`);
    await queryRunner.query(`DROP TABLE "topic_refresh"`);
    await queryRunner.query(`DROP TABLE "topic_member"`);
    await queryRunner.query(`DROP TABLE "topic"`);
  }
}
