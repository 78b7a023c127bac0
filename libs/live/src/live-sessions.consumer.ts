import { Injectable } from '@nestjs/common';
import { AsOutboxConsumer, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { sessionRoom, userRoom } from './live.events';
import { LiveServer } from './live-server';

/**
 * A socket keeps the rights of the session it was opened with; when that session ends, its
 * sockets are disconnected (socket.io's "io server disconnect": the client does not reconnect
 * by itself, and a new handshake with the old token is refused). Subscribes between the end
 * and this event are refused by the gateway's own check (ViewerAuthenticator.isSignedIn).
 */
@Injectable()
@AsOutboxConsumer()
export class LiveSessionsConsumer implements OutboxConsumer<'session.ended'> {
  readonly name = 'live-sessions';
  // identity's: one session (logout, reuse detected) or all of a user's.
  readonly topics = ['session.ended'] as const;

  constructor(private readonly live: LiveServer) {}

  handle(events: OutboxMessage<'session.ended'>[]): Promise<void> {
    for (const event of events) {
      const { sessionId, userId } = event.payload;
      if (sessionId) this.live.disconnect(sessionRoom(sessionId));
      if (userId) this.live.disconnect(userRoom(userId));
    }
    return Promise.resolve();
  }
}
