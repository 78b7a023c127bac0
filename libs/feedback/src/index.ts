export * from './feedback.module';
export * from './feedback.options';
export * from './feedback.events';
export * from './counters/counters.module';
export * from './comments/dto/comment.enums';
export * from './comments/dto/comment.object';
export * from './comments/dto/comment.inputs';
export * from './comments/entities/comment.entity';
export * from './comments/comment-text';
export * from './comments/post-comment.service';
export * from './comments/comments-query.service';
// Other libraries resolve Comment fields (search hits, topics) with feedback's visibility rules.
export * from './comments/comments.service';
export * from './counters/dto/stance-counts.object';
export * from './reactions/dto/reaction-kind.enum';
export * from './reactions/reaction-tally.sql';
export * from './flags/dto/flag-reason.enum';
export * from './rendering/render-markdown';
