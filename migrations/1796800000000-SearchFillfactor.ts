import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * comment_search keeps a tenth of each page free: a document rewritten in place (a reaction
 * moves its counts, moderation its status) then stays on its page, beside the comments of its
 * time, instead of moving to the end of the table. Pages walked along the created_at index
 * stay dense (search-projection.ts rebuild). Applies to pages written from now on; `reindex`
 * rewrites them all (the rebuild copies this setting to the new table).
 */
export class SearchFillfactor1796800000000 implements MigrationInterface {
  name = 'SearchFillfactor1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment_search" SET (fillfactor = 90)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment_search" RESET (fillfactor)`);
  }
}
