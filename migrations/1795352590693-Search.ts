import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comment search in PostgreSQL (libs/search): the `comment_search` projection, generated
 * from its entity; then by hand what TypeORM cannot declare: the GIN index on the folded
 * tsvector, the prefix index for provision keys, the `thamvan` text search configuration
 * (unaccent, then lower case) that ts_headline uses to find folded query words in the
 * original text, the vocabulary for typo tolerance (pg_trgm), and a first fill from the
 * comments already there (a frozen copy of the projection of that day; `reindex` rebuilds
 * with the current one).
 */
export class Search1795352590693 implements MigrationInterface {
  name = 'Search1795352590693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comment_search" ("comment_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "version_number" integer NOT NULL, "provision_key" text, "provision_label" text, "parent_id" uuid, "stance" text, "status" text NOT NULL, "body" text NOT NULL, "proposed_text" text, "author_display_name" text NOT NULL, "author_kind" text NOT NULL, "organization_name" text, "province" text, "verified" boolean NOT NULL, "has_proposed_text" boolean NOT NULL, "answered" boolean NOT NULL DEFAULT false, "disposition" text, "campaign_id" uuid, "is_unique" boolean NOT NULL DEFAULT true, "agree_count" integer NOT NULL DEFAULT \'0\', "disagree_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "tsv" tsvector NOT NULL, "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ed1010b969d5da219ffc839ea1" PRIMARY KEY ("comment_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_search_agreed_idx" ON "comment_search" ("agree_count", "created_at", "comment_id") WHERE status = \'PUBLISHED\'',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_search_draft_created_idx" ON "comment_search" ("draft_id", "created_at", "comment_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "comment_search_published_created_idx" ON "comment_search" ("created_at", "comment_id") WHERE status = \'PUBLISHED\'',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_search" ADD CONSTRAINT "comment_search_comment_fk" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(`CREATE INDEX comment_search_tsv_idx ON comment_search USING gin (tsv)`);
    await queryRunner.query(
      `CREATE INDEX comment_search_provision_key_idx ON comment_search (provision_key text_pattern_ops)`,
    );
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION thamvan (COPY = simple)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION thamvan ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword WITH public.unaccent, simple`,
    );
    await queryRunner.query(`CREATE TABLE comment_search_word (word text PRIMARY KEY)`);
    await queryRunner.query(
      `CREATE INDEX comment_search_word_trgm_idx ON comment_search_word USING gin (word gin_trgm_ops)`,
    );
    await queryRunner.query(`
      INSERT INTO comment_search (comment_id, draft_id, agency_id, version_number, provision_key,
        provision_label, parent_id, stance, status, body, proposed_text, author_display_name,
        author_kind, organization_name, province, verified, has_proposed_text, answered,
        disposition, campaign_id, is_unique, agree_count, disagree_count, created_at, tsv)
      SELECT c.id, c.draft_id, d.agency_id, v.number, p.key, p.label, c.parent_id, c.stance, c.status,
             coalesce(c.masked_body, c.body), coalesce(c.masked_proposed_text, c.proposed_text),
             u.display_name, u.kind, u.organization_name, u.province, u.verification_level <> 'NONE',
             c.proposed_text IS NOT NULL, cr.comment_id IS NOT NULL, ar.disposition, cm.campaign_id,
             (cm.comment_id IS NULL OR cp.representative_comment_id = c.id),
             (SELECT count(*) FROM comment_reaction r WHERE r.comment_id = c.id AND r.kind = 'AGREE'),
             (SELECT count(*) FROM comment_reaction r WHERE r.comment_id = c.id AND r.kind = 'DISAGREE'),
             c.created_at,
             setweight(to_tsvector('simple', thamvan_fold(coalesce(c.masked_body, c.body) || ' ' ||
                         coalesce(c.masked_proposed_text, c.proposed_text, ''))), 'A') ||
             setweight(to_tsvector('simple', thamvan_fold(coalesce(p.label, '') || ' ' || coalesce(p.heading, ''))), 'B') ||
             setweight(to_tsvector('simple', thamvan_fold(d.title || ' ' || u.display_name || ' ' ||
                         coalesce(u.organization_name, ''))), 'C')
        FROM comment c
        JOIN draft d ON d.id = c.draft_id
        JOIN draft_version v ON v.id = c.version_id
        JOIN app_user u ON u.id = c.author_id
        LEFT JOIN provision p ON p.id = c.provision_id
        LEFT JOIN comment_response cr ON cr.comment_id = c.id
        LEFT JOIN agency_response ar ON ar.id = cr.response_id
        LEFT JOIN campaign_member cm ON cm.comment_id = c.id
        LEFT JOIN campaign cp ON cp.id = cm.campaign_id
       WHERE c.status <> 'WITHDRAWN'`);
    await queryRunner.query(`
      INSERT INTO comment_search_word (word)
      SELECT DISTINCT w FROM comment_search, unnest(tsvector_to_array(tsv)) w
       WHERE length(w) >= 4 AND w !~ '^[0-9]+$'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE comment_search_word`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION thamvan`);
    await queryRunner.query(`DROP INDEX comment_search_provision_key_idx`);
    await queryRunner.query(`DROP INDEX comment_search_tsv_idx`);
    await queryRunner.query('ALTER TABLE "comment_search" DROP CONSTRAINT "comment_search_comment_fk"');
    await queryRunner.query('DROP INDEX "public"."comment_search_published_created_idx"');
    await queryRunner.query('DROP INDEX "public"."comment_search_draft_created_idx"');
    await queryRunner.query('DROP INDEX "public"."comment_search_agreed_idx"');
    await queryRunner.query('DROP TABLE "comment_search"');
  }
}
