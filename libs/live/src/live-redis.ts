import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { AppConfig } from '@thamvan/core';
import Redis from 'ioredis';

/**
 * The Redis connection behind the socket.io Redis Streams adapter, when REDIS_URL is set.
 * The streams adapter (unlike the pub/sub one) keeps connection-state recovery working
 * across processes and resumes its stream after a Redis outage instead of losing packets.
 */
@Injectable()
export class LiveRedis implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveRedis.name);
  readonly client?: Redis;

  constructor(config: AppConfig) {
    if (!config.redisUrl) return;
    this.client = new Redis(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.client.on('error', (error: Error) => this.logger.warn({ err: error }, 'redis connection problem'));
  }

  /** The adapter factory for socket.io, or undefined for the in-memory adapter. */
  adapter(): ReturnType<typeof createAdapter> | undefined {
    return this.client
      ? createAdapter(this.client, { streamName: 'thamvan:live', maxLen: 100_000 })
      : undefined;
  }

  async ping(): Promise<'up' | 'down' | 'not configured'> {
    if (!this.client) return 'not configured';
    try {
      return (await this.client.ping()) === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => undefined);
  }
}
