import { Module } from '@nestjs/common';
import { DraftsModule } from '@thamvan/drafts';
import { FeedbackModule } from '@thamvan/feedback';
import { TopicsRefreshModule } from '@thamvan/synthesis';
import { CommentExportsController } from './exports/comment-exports.controller';
import { CommentExportsRepository } from './exports/comment-exports.repository';
import { CommentExportsService } from './exports/comment-exports.service';
import { PermalinkController } from './exports/permalink.controller';
import { SearchResolver } from './graphql/search.resolver';
import { SearchService } from './graphql/search.service';
import { SearchFilterLookup } from './search-filter-lookup';
import { SearchIndexingModule } from './search-indexing.module';

/** Search and open data in the API: searchComments, the CSV/NDJSON exports, permalinks. */
@Module({
  imports: [SearchIndexingModule, FeedbackModule, DraftsModule, TopicsRefreshModule],
  providers: [
    SearchService,
    SearchResolver,
    CommentExportsRepository,
    CommentExportsService,
    SearchFilterLookup,
  ],
  controllers: [CommentExportsController, PermalinkController],
  exports: [SearchIndexingModule],
})
export class SearchModule {}
