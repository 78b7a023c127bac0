export * from './screening.types';
export * from './screen-comment';
export * from './personal-data';
export * from './abusive-language';
export * from './links';
export * from './flood';
export * from './moderation-reasons';
