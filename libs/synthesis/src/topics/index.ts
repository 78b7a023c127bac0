// Topics of a provision's comments and opinion groups of a draft: pure functions, no database
// (docs/synthesis.md, "Topics and opinion groups").
export * from './topics';
export * from './opinion-groups';
