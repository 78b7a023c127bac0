import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponsesSuperseded1796411880368 implements MigrationInterface {
  name = 'ResponsesSuperseded1796411880368';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agency_response" ADD "superseded_by" uuid');
    await queryRunner.query('ALTER TABLE "agency_response" ADD "superseded_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "agency_response" ADD CONSTRAINT "agency_response_superseded_by_fk" FOREIGN KEY ("superseded_by") REFERENCES "agency_response"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // Responses already left answering nothing point to the response that now answers the
    // comments of their last revision.
    await queryRunner.query(`UPDATE agency_response r SET superseded_by = s.successor, superseded_at = s.at
      FROM (
        SELECT DISTINCT ON (v.response_id) v.response_id, cr.response_id AS successor, cr.assigned_at AS at
          FROM agency_response_revision v
          CROSS JOIN LATERAL unnest(v.comment_ids) AS c(id)
          JOIN comment_response cr ON cr.comment_id = c.id AND cr.response_id <> v.response_id
         WHERE NOT EXISTS (SELECT 1 FROM comment_response x WHERE x.response_id = v.response_id)
         ORDER BY v.response_id, v.number DESC, cr.assigned_at DESC
      ) s
      WHERE r.id = s.response_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "agency_response" DROP CONSTRAINT "agency_response_superseded_by_fk"',
    );
    await queryRunner.query('ALTER TABLE "agency_response" DROP COLUMN "superseded_at"');
    await queryRunner.query('ALTER TABLE "agency_response" DROP COLUMN "superseded_by"');
  }
}
