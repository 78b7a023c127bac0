import { SearchReindexService } from '@thamvan/search';
import { CliCommand } from '../cli-context';
import { withNestContext } from '../nest-context';

/**
 * `reindex`: rebuilds the search index from PostgreSQL without downtime (a new table or
 * Meilisearch index is filled beside the live one, then swapped in). The PostgreSQL
 * projection is always rebuilt (exports read it); Meilisearch too when MEILI_URL is set.
 */
export const reindexCommand: CliCommand = {
  name: 'reindex',
  usage: 'reindex',
  description: 'rebuild the comment search index from the database (no downtime)',
  async run(ctx) {
    return withNestContext(ctx, async (app) => {
      const report = await app.get(SearchReindexService).reindex();
      const { postgres, meilisearch } = report;
      ctx.log(`search: ${postgres.documents} documents in PostgreSQL (${postgres.tookMs} ms)`);
      if (meilisearch)
        ctx.log(`search: ${meilisearch.documents} documents in Meilisearch (${meilisearch.tookMs} ms)`);
      return report;
    });
  },
};
