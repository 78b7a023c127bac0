import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Server } from 'socket.io';
import { LiveRedis } from './live-redis';
import { LiveServer } from './live-server';

/**
 * In the worker: a socket.io node with no HTTP listener, joined to the API processes'
 * Redis Streams adapter, so the relay's emits reach clients connected anywhere. Without
 * Redis there is nobody to reach (API and relay then share one process), so nothing starts.
 */
@Injectable()
export class LiveWorkerNode implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LiveWorkerNode.name);
  private server?: Server;

  constructor(
    private readonly redis: LiveRedis,
    private readonly live: LiveServer,
  ) {}

  onModuleInit(): void {
    const adapter = this.redis.adapter();
    if (!adapter) {
      this.logger.warn('REDIS_URL is not set: live events from this worker reach no client');
      return;
    }
    this.server = new Server({ adapter });
    this.live.attach(this.server.of('/live'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
