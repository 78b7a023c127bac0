// Topics of a provision's comments and opinion groups of a draft: pure functions, no database
// (docs/synthesis.md, "Topics and opinion groups").
export * from './topics';
export * from './opinion-groups';
// Stored and refreshed by the outbox's bulk lane (a worker imports TopicsRefreshModule).
export * from './topics-refresh.module';
export * from './topics.repository';
export * from './topic-ids';
