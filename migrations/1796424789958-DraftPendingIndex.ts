import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * comment_draft_pending_idx: Draft.heldCount counts a draft's PENDING comments on every
 * console page; the partial index holds only those, so the count never reads the draft's
 * other (possibly 100,000) comments, and posting a published comment does not touch it.
 */
export class DraftPendingIndex1796424789958 implements MigrationInterface {
  name = 'DraftPendingIndex1796424789958';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "comment_draft_pending_idx" ON "comment" ("draft_id") WHERE status = 'PENDING'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."comment_draft_pending_idx"');
  }
}
