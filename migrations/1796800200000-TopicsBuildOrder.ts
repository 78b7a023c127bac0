import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Topics, after review (issue 23):
 *  - topic_refresh.built_from: when the comments of the build last written were read. Two
 *    relays can each take a rebuild of one scope; the one that read later may commit first,
 *    and the earlier read must then not overwrite it (TopicsRepository.replaceTopics).
 *  - topic_member loses its index and foreign key on comment_id: nothing looks members up by
 *    comment, comments are never deleted, and every rebuild rewrites every member row, so
 *    each index and per-row check is paid on each rebuild for nothing.
 *  - the sweep's "dirty, not scheduled" scan gets a partial index.
 *  - comments written before topics existed: every scope that has them is marked dirty once,
 *    so the sweep builds their topics (and opinion groups) without waiting for a new comment.
 */
export class TopicsBuildOrder1796800200000 implements MigrationInterface {
  name = 'TopicsBuildOrder1796800200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "topic_refresh" ADD "built_from" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`DROP INDEX "topic_member_comment_idx"`);
    await queryRunner.query(`ALTER TABLE "topic_member" DROP CONSTRAINT "topic_member_comment_fk"`);
    await queryRunner.query(
      `CREATE INDEX "topic_refresh_due_idx" ON "topic_refresh" ("built_at") WHERE dirty_at IS NOT NULL AND NOT scheduled`,
    );
    await queryRunner.query(
      `INSERT INTO "topic_refresh" (scope_key, kind, draft_id, lineage_id, scheduled, dirty_at)
       SELECT DISTINCT 'lineage:' || c.lineage_id, 'PROVISION', c.draft_id, c.lineage_id, false, now()
         FROM "comment" c WHERE c.lineage_id IS NOT NULL AND c.parent_id IS NULL AND c.status = 'PUBLISHED'
       UNION
       SELECT DISTINCT 'draft:' || c.draft_id, 'DRAFT', c.draft_id, NULL::uuid, false, now()
         FROM "comment" c WHERE c.lineage_id IS NULL AND c.provision_id IS NULL AND c.parent_id IS NULL
          AND c.status = 'PUBLISHED'
       UNION
       SELECT DISTINCT 'groups:' || c.draft_id, 'OPINION_GROUPS', c.draft_id, NULL::uuid, false, now()
         FROM "comment_reaction" r JOIN "comment" c ON c.id = r.comment_id WHERE c.status = 'PUBLISHED'
       ON CONFLICT (scope_key) DO UPDATE SET dirty_at = coalesce(topic_refresh.dirty_at, EXCLUDED.dirty_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "topic_refresh_due_idx"`);
    await queryRunner.query(
      `ALTER TABLE "topic_member" ADD CONSTRAINT "topic_member_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id")`,
    );
    await queryRunner.query(`CREATE INDEX "topic_member_comment_idx" ON "topic_member" ("comment_id")`);
    await queryRunner.query(`ALTER TABLE "topic_refresh" DROP COLUMN "built_from"`);
  }
}
