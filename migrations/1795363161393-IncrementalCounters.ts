import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters move by differences instead of being recounted per batch (counters.consumer.ts):
 * `comment_counted` holds what was counted per comment, `draft_participant` the published
 * comments per author per draft. Filled from the comments there now, and the provision and
 * draft counters recounted from the same rows, so both agree from here on (events still in
 * the outbox then find nothing left to count). Stop the previous version's relays first: one
 * still recounting after this migration would overwrite counters that comment_counted then
 * disagrees with.
 */
export class IncrementalCounters1795363161393 implements MigrationInterface {
  name = 'IncrementalCounters1795363161393';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comment_counted" ("comment_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "lineage_id" uuid, "author_id" uuid NOT NULL, "stance" text, "published" boolean NOT NULL, CONSTRAINT "PK_43aee0bc970a1ac1f57d7a76310" PRIMARY KEY ("comment_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "draft_participant" ("draft_id" uuid NOT NULL, "author_id" uuid NOT NULL, "comments" integer NOT NULL, CONSTRAINT "PK_081444a9d42b63e15ce574cc97f" PRIMARY KEY ("draft_id", "author_id"))',
    );
    await queryRunner.query(`
      INSERT INTO comment_counted (comment_id, draft_id, lineage_id, author_id, stance, published)
      SELECT id, draft_id, lineage_id, author_id, stance, status = 'PUBLISHED' FROM comment`);
    // Everything below is built from comment_counted, not from comment: each statement reads
    // its own snapshot, and a comment published meanwhile must count once, through its event.
    await queryRunner.query(`
      INSERT INTO draft_participant (draft_id, author_id, comments)
      SELECT draft_id, author_id, count(*) FILTER (WHERE published) FROM comment_counted
       GROUP BY draft_id, author_id`);
    await queryRunner.query(`
      INSERT INTO draft_counter (draft_id, comments, participants)
      SELECT d.draft_id, coalesce(sum(p.comments), 0), count(*) FILTER (WHERE p.comments > 0)
        FROM (SELECT draft_id FROM draft_counter UNION SELECT draft_id FROM comment_counted) d
        LEFT JOIN draft_participant p ON p.draft_id = d.draft_id
       GROUP BY d.draft_id
      ON CONFLICT (draft_id) DO UPDATE SET comments = EXCLUDED.comments, participants = EXCLUDED.participants`);
    await queryRunner.query(`
      INSERT INTO provision_counter (lineage_id, comments, support, oppose, amend, question, neutral)
      SELECT l.lineage_id, count(c.comment_id),
             count(*) FILTER (WHERE c.stance = 'SUPPORT'), count(*) FILTER (WHERE c.stance = 'OPPOSE'),
             count(*) FILTER (WHERE c.stance = 'AMEND'), count(*) FILTER (WHERE c.stance = 'QUESTION'),
             count(*) FILTER (WHERE c.stance = 'NEUTRAL')
        FROM (SELECT lineage_id FROM provision_counter
              UNION SELECT lineage_id FROM comment_counted WHERE lineage_id IS NOT NULL) l
        LEFT JOIN comment_counted c ON c.lineage_id = l.lineage_id AND c.published
       GROUP BY l.lineage_id
      ON CONFLICT (lineage_id) DO UPDATE
        SET comments = EXCLUDED.comments, support = EXCLUDED.support, oppose = EXCLUDED.oppose,
            amend = EXCLUDED.amend, question = EXCLUDED.question, neutral = EXCLUDED.neutral`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "draft_participant"');
    await queryRunner.query('DROP TABLE "comment_counted"');
  }
}
