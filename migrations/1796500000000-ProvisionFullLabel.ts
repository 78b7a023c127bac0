import { MigrationInterface, QueryRunner } from 'typeorm';
import { fullProvisionLabel, LabelledProvision } from '../libs/drafts/src/drafts/provision-label';

/**
 * provision.full_label: how a reader names a provision out of the outline ("Khoản 2 Điều 22",
 * "Điểm a khoản 1 Điều 4"), for the report, its downloads, the comment exports and search.
 * Existing rows are filled by the same function new versions use (no duplicate of the rule in
 * SQL), one version at a time; the search projection's `provision_label` is refreshed from it
 * (Meilisearch documents follow with `npm run -s cli -- reindex`).
 */
export class ProvisionFullLabel1796500000000 implements MigrationInterface {
  name = 'ProvisionFullLabel1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "provision" ADD "full_label" text`);
    const versions = await queryRunner.manager.query<{ id: string }[]>(
      `SELECT DISTINCT version_id AS id FROM provision`,
    );
    for (const { id } of versions) {
      const rows = await queryRunner.manager.query<
        (LabelledProvision & { id: string; parentId: string | null })[]
      >(`SELECT id, parent_id AS "parentId", kind, label FROM provision WHERE version_id = $1`, [id]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const chain = (r: (typeof rows)[number]) => {
        const list: LabelledProvision[] = [];
        for (
          let p: (typeof rows)[number] | undefined = r;
          p;
          p = p.parentId ? byId.get(p.parentId) : undefined
        )
          list.push(p);
        return list;
      };
      await queryRunner.query(
        `UPDATE provision p SET full_label = u.full_label
           FROM unnest($1::uuid[], $2::text[]) AS u(id, full_label) WHERE p.id = u.id`,
        [rows.map((r) => r.id), rows.map((r) => fullProvisionLabel(chain(r)))],
      );
    }
    await queryRunner.query(`ALTER TABLE "provision" ALTER COLUMN "full_label" SET NOT NULL`);
    await queryRunner.query(
      `UPDATE comment_search s SET provision_label = p.full_label
         FROM comment c JOIN provision p ON p.id = c.provision_id
        WHERE c.id = s.comment_id AND s.provision_label IS DISTINCT FROM p.full_label`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "provision" DROP COLUMN "full_label"`);
  }
}
