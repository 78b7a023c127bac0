export * from './moderation.options';
export * from './apply-decision';
export * from './screening';
