import { SEARCH_INDEX, SearchIndex, SearchProjection } from '@thamvan/search';
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
      const projection = await app.get(SearchProjection).rebuild();
      ctx.log(`search: ${projection.documents} documents in PostgreSQL (${projection.tookMs} ms)`);
      const index = app.get<SearchIndex>(SEARCH_INDEX);
      const meili = index.adapter === 'meilisearch' ? await index.rebuild() : null;
      if (meili) ctx.log(`search: ${meili.documents} documents in Meilisearch (${meili.tookMs} ms)`);
      return { adapter: index.adapter, postgres: projection, ...(meili ? { meilisearch: meili } : {}) };
    });
  },
};
