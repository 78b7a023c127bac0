import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search looks where the query says (SearchQuery.fields; by default what the comment says):
 * the author's name moves from weight C (shared with the draft's title) to D of
 * `comment_search.tsv`, and the typo vocabulary gains the words of 2–3 letters (most
 * Vietnamese syllables), which short-word typo tolerance looks up. Existing documents are
 * rewritten from their current rows, as the projection writes them (projection.sql.ts); on a
 * very large index `reindex` does the same without one long statement.
 */
export class SearchFieldWeights1796600300000 implements MigrationInterface {
  name = 'SearchFieldWeights1796600300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE comment_search s SET tsv =
         setweight(to_tsvector('simple', thamvan_fold(s.body || ' ' || coalesce(s.proposed_text, ''))), 'A') ||
         setweight(to_tsvector('simple', thamvan_fold(coalesce(p.label, '') || ' ' || coalesce(p.heading, ''))), 'B') ||
         setweight(to_tsvector('simple', thamvan_fold(d.title)), 'C') ||
         setweight(to_tsvector('simple', thamvan_fold(s.author_display_name || ' ' || coalesce(s.organization_name, ''))), 'D')
         FROM comment c
         JOIN draft d ON d.id = c.draft_id
         LEFT JOIN provision p ON p.id = c.provision_id
        WHERE c.id = s.comment_id`,
    );
    await queryRunner.query(
      `INSERT INTO comment_search_word (word)
       SELECT DISTINCT w FROM comment_search s, unnest(tsvector_to_array(s.tsv)) w
        WHERE length(w) BETWEEN 2 AND 3 AND w !~ '^[0-9]+$' ORDER BY w
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Author names back in C; the short words stay (the vocabulary only ever grows).
    await queryRunner.query(
      `UPDATE comment_search s SET tsv =
         setweight(to_tsvector('simple', thamvan_fold(s.body || ' ' || coalesce(s.proposed_text, ''))), 'A') ||
         setweight(to_tsvector('simple', thamvan_fold(coalesce(p.label, '') || ' ' || coalesce(p.heading, ''))), 'B') ||
         setweight(to_tsvector('simple', thamvan_fold(d.title || ' ' || s.author_display_name || ' ' || coalesce(s.organization_name, ''))), 'C')
         FROM comment c
         JOIN draft d ON d.id = c.draft_id
         LEFT JOIN provision p ON p.id = c.provision_id
        WHERE c.id = s.comment_id`,
    );
  }
}
