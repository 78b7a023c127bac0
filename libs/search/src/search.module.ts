import { Module } from '@nestjs/common';
import { FeedbackModule } from '@thamvan/feedback';
import { CommentExportsController } from './exports/comment-exports.controller';
import { CommentExportsService } from './exports/comment-exports.service';
import { PermalinkController } from './exports/permalink.controller';
import { SearchResolver } from './graphql/search.resolver';
import { SearchService } from './graphql/search.service';
import { SearchIndexingModule } from './search-indexing.module';

/** Search and open data in the API: searchComments, the CSV/NDJSON exports, permalinks. */
@Module({
  imports: [SearchIndexingModule, FeedbackModule],
  providers: [SearchService, SearchResolver, CommentExportsService],
  controllers: [CommentExportsController, PermalinkController],
  exports: [SearchIndexingModule],
})
export class SearchModule {}
