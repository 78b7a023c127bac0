import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * comment_created_idx: the home page's "most discussed right now" (ActivityService) counts the
 * comments of the last hours; without it that is a scan of every comment ever written.
 * Appended to at the right edge on every insert, so it costs posting little.
 */
export class CommentCreatedIndex1795380100000 implements MigrationInterface {
  name = 'CommentCreatedIndex1795380100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "comment_created_idx" ON "comment" ("created_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."comment_created_idx"');
  }
}
