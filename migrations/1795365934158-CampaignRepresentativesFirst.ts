import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * LSH buckets propose campaign representatives before other heads (campaign-grouper.ts): with
 * at most 16 heads per bucket, a representative could be hidden behind near-misses of its
 * letter, and a true copy would then start a campaign of its own. Existing representatives
 * are flagged here.
 */
export class CampaignRepresentativesFirst1795365934158 implements MigrationInterface {
  name = 'CampaignRepresentativesFirst1795365934158';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "comment_lsh_band" ADD "representative" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(`
      UPDATE comment_lsh_band b SET representative = true
        FROM campaign cp WHERE cp.representative_comment_id = b.comment_id`);
    await queryRunner.query(
      'CREATE INDEX "comment_lsh_band_representative_idx" ON "comment_lsh_band" ("draft_id", "band", "bucket", "comment_id") WHERE representative',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."comment_lsh_band_representative_idx"');
    await queryRunner.query('ALTER TABLE "comment_lsh_band" DROP COLUMN "representative"');
  }
}
