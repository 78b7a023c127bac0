export * from './feedback.module';
export * from './feedback.options';
export * from './feedback.events';
export * from './counters/counters.module';
export * from './comments/dto/comment.enums';
export * from './comments/dto/comment.object';
export * from './comments/dto/comment.inputs';
export * from './comments/entities/comment.entity';
export * from './comments/comment-text';
// Moderation's queue and live's catch-up read comment rows as feedback does: one column list,
// one visibility rule, one mapper.
export * from './comments/comment-row';
export * from './comments/comment-visibility';
export * from './comments/comment.mapper';
export * from './comments/post-comment.service';
export * from './comments/comments-query.service';
// Other libraries resolve Comment fields (search hits, topics) with feedback's visibility rules.
export * from './comments/comments.service';
export * from './counters/dto/stance-counts.object';
export * from './reactions/dto/reaction-kind.enum';
export * from './reactions/reaction-tally.sql';
export * from './flags/dto/flag-reason.enum';
export * from './flags/flags.service';
// The demo corpus: moderation's screening spec measures false positives on it.
export * from './seed/demo-comments';
export * from './rendering/render-markdown';
