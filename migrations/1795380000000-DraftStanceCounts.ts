import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * draft_counter gains the stances of the draft's published comments (Draft.stanceCounts: the
 * whole draft and every provision, every version), moved by differences like the rest
 * (counters.consumer.ts). Filled from comment_counted, what the counters have counted so far,
 * so the events still in the outbox find nothing left to count.
 */
export class DraftStanceCounts1795380000000 implements MigrationInterface {
  name = 'DraftStanceCounts1795380000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['support', 'oppose', 'amend', 'question', 'neutral']) {
      await queryRunner.query(`ALTER TABLE "draft_counter" ADD "${column}" integer NOT NULL DEFAULT 0`);
    }
    await queryRunner.query(`
      UPDATE draft_counter d
         SET support = s.support, oppose = s.oppose, amend = s.amend, question = s.question, neutral = s.neutral
        FROM (SELECT draft_id,
                     count(*) FILTER (WHERE stance = 'SUPPORT') AS support, count(*) FILTER (WHERE stance = 'OPPOSE') AS oppose,
                     count(*) FILTER (WHERE stance = 'AMEND') AS amend, count(*) FILTER (WHERE stance = 'QUESTION') AS question,
                     count(*) FILTER (WHERE stance = 'NEUTRAL') AS neutral
                FROM comment_counted WHERE published GROUP BY draft_id) s
       WHERE s.draft_id = d.draft_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['neutral', 'question', 'amend', 'oppose', 'support']) {
      await queryRunner.query(`ALTER TABLE "draft_counter" DROP COLUMN "${column}"`);
    }
  }
}
