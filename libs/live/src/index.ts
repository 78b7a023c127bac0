export * from './live-io.adapter';
export * from './live-redis';
export * from './live-server';
export * from './live.events';
export * from './live.gateway';
export * from './live.module';
export * from './session-cookie';
