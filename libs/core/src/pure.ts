/**
 * The part of core that loads no framework: error classes and text rules. Worker threads
 * (drafts' parse worker) import this instead of the index, which loads Nest and TypeORM
 * (a second of start-up per thread). Everything here is also exported by the index.
 */
export * from './errors/domain-error';
export * from './errors/error-code';
export * from './text/clean-text';
export * from './text/fold';
export * from './text/hash';
export * from './text/input-methods';
