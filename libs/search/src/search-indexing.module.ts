import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { CommentSearchEntity } from './entities/comment-search.entity';
import { SearchHealthService } from './indexing/search-health.service';
import { MEILI_SEARCH_INDEX, SearchMeiliConsumer } from './indexing/search-meili.consumer';
import { SearchProjectionConsumer } from './indexing/search-projection.consumer';
import { SearchReindexService } from './indexing/search-reindex.service';
import { MeiliSearchIndex } from './meili/meili-search-index';
import { PostgresSearchIndex } from './postgres/postgres-search-index';
import { SearchProjection } from './postgres/search-projection';
import { SEARCH_INDEX } from './search-index.port';

/**
 * The search index without GraphQL or HTTP: the projection, the adapter in use
 * (Meilisearch when MEILI_URL is set, else PostgreSQL) and the outbox consumers that keep
 * them current. Imported by the API (SearchModule), the worker and the CLI (`reindex`).
 */
@Module({
  imports: [TypeOrmModule.forFeature([CommentSearchEntity])],
  providers: [
    SearchProjection,
    PostgresSearchIndex,
    {
      provide: MEILI_SEARCH_INDEX,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        config.meili ? new MeiliSearchIndex(dataSource, config.meili) : null,
    },
    {
      provide: SEARCH_INDEX,
      inject: [MEILI_SEARCH_INDEX, PostgresSearchIndex],
      useFactory: (meili: MeiliSearchIndex | null, postgres: PostgresSearchIndex) => meili ?? postgres,
    },
    SearchProjectionConsumer,
    SearchMeiliConsumer,
    SearchHealthService,
    SearchReindexService,
  ],
  exports: [
    SEARCH_INDEX,
    SearchHealthService,
    SearchReindexService,
    SearchProjection,
    PostgresSearchIndex,
    MEILI_SEARCH_INDEX,
  ],
})
export class SearchIndexingModule {}
