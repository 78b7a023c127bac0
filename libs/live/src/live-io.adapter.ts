import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { AppConfig } from '@thamvan/core';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions } from 'socket.io';
import { LiveRedis } from './live-redis';

/** Small: clients only send subscribe/unsubscribe. */
export const LIVE_MAX_MESSAGE_BYTES = 16 * 1024;
/** A client that drops for less than this gets what it missed on reconnect. */
export const LIVE_RECOVERY_MS = 2 * 60_000;

/**
 * socket.io server settings for /live: path /socket.io, connection-state recovery, small
 * messages, the Origin allowlist (LIVE_ALLOWED_ORIGINS; unset = any; a handshake without
 * an Origin header — a non-browser client — is always allowed) and the Redis Streams
 * adapter when REDIS_URL is set.
 */
export class LiveIoAdapter extends IoAdapter {
  constructor(private readonly nest: INestApplicationContext) {
    super(nest);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const config = this.nest.get(AppConfig);
    const allowed = config.liveAllowedOrigins;
    const settings: Partial<ServerOptions> = {
      ...options,
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: LIVE_MAX_MESSAGE_BYTES,
      connectionStateRecovery: { maxDisconnectionDuration: LIVE_RECOVERY_MS, skipMiddlewares: true },
      cors: { origin: allowed ?? true },
      allowRequest: (req: IncomingMessage, callback: (err: string | null, success: boolean) => void) => {
        const origin = req.headers.origin;
        callback(null, !origin || !allowed || allowed.includes(origin));
      },
      adapter: this.nest.get(LiveRedis).adapter(),
    };
    return super.createIOServer(port, settings) as Server;
  }

  /**
   * Nest binds, per connection, an RxJS pipeline for message handlers and a disconnect
   * closure. The live gateway registers its two handlers itself (shared functions) and has no
   * disconnect hook (socket.io leaves rooms by itself), so both are skipped: less memory per
   * connection, which is what 10,000 readers of one article cost.
   */
  override bindMessageHandlers(...args: Parameters<IoAdapter['bindMessageHandlers']>): void {
    if (args[1].length) super.bindMessageHandlers(...args);
  }

  override bindClientDisconnect(): void {}
}
