import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { AppConfig, hasRole, isUuid, Viewer, ViewerAuthenticator } from '@thamvan/core';
import type { Namespace, Socket } from 'socket.io';
import {
  ClientToServerEvents,
  draftRoom,
  LiveAck,
  MODERATION_ROOM,
  ServerToClientEvents,
  sessionRoom,
  userRoom,
} from './live.events';
import { DraftLookup } from './draft-lookup';
import { LiveServer } from './live-server';
import { sessionCookieToken } from './session-cookie';
import { WindowCounter } from './window-counter';

/** At most this many draft rooms per socket: a reader follows a few drafts, not thousands. */
export const MAX_ROOMS_PER_SOCKET = 50;

interface SocketData {
  viewer: Viewer | null;
}
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const refuse = (code: string, message: string): LiveAck => ({ ok: false, code, message });

/**
 * Namespace /live. The handshake may carry `auth: { token }` (the same access token as
 * GraphQL) or, from the web client's pages, its session cookie; an authenticated socket also
 * joins `user:<id>`. `subscribe { draftId }` joins
 * `draft:<id>` when the viewer may see the draft; moderators may join the moderation room.
 * The gateway only manages membership: events come from the outbox relay (LiveOutboxConsumer).
 */
@WebSocketGateway({ namespace: '/live' })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnGatewayConnection<LiveSocket> {
  private readonly logger = new Logger(LiveGateway.name);
  private readonly handshakes: WindowCounter;
  private readonly subscribes: WindowCounter;
  private readonly allowedOrigins?: string[];

  constructor(
    private readonly authenticator: ViewerAuthenticator,
    private readonly drafts: DraftLookup,
    private readonly live: LiveServer,
    config: AppConfig,
  ) {
    this.handshakes = new WindowCounter(config.scaleLimit(60), 60_000);
    // Above MAX_ROOMS_PER_SOCKET: a client re-subscribing to all its drafts after a reconnect must pass.
    this.subscribes = new WindowCounter(config.scaleLimit(100), 10_000);
    this.allowedOrigins = config.liveAllowedOrigins;
  }

  afterInit(namespace: LiveNamespace): void {
    this.live.attach(namespace);
    namespace.use((socket, next) => {
      const ip = socket.handshake.address;
      if (!this.handshakes.hit(ip))
        return next(liveError('RATE_LIMITED', 'Too many connections; try again later'));
      const auth: unknown = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      // `auth.token` (API clients), else the web client's session cookie (same-origin pages).
      const token =
        typeof auth === 'string' && auth
          ? auth
          : sessionCookieToken(socket.handshake.headers, this.allowedOrigins);
      this.authenticator
        .authenticateToken(token)
        .then((viewer) => {
          // Only what rooms and subscribe checks need, kept for the socket's lifetime.
          socket.data.viewer = viewer
            ? {
                userId: viewer.userId,
                roles: viewer.roles,
                memberships: viewer.memberships,
                sessionId: viewer.sessionId,
              }
            : null;
          next();
        })
        .catch(() => next(liveError('UNAUTHENTICATED', 'The access token is invalid or expired')));
    });
  }

  handleConnection(socket: LiveSocket): void {
    releaseHandshake(socket);
    const viewer = socket.data.viewer;
    if (viewer) {
      void socket.join(userRoom(viewer.userId));
      // The session's end disconnects the socket (LiveSessionsConsumer).
      if (viewer.sessionId) void socket.join(sessionRoom(viewer.sessionId));
    }
    // Shared functions, `this` = the socket: no closure allocated per connection.
    socket.on('subscribe', this.onSubscribe);
    socket.on('unsubscribe', onUnsubscribe);
  }

  private readonly onSubscribe = subscribeHandler(this);

  /** `subscribe` for one socket; never rejects (failures become an INTERNAL_SERVER_ERROR ack). */
  async answerSubscribe(socket: LiveSocket, request: SubscribeRequest): Promise<LiveAck> {
    try {
      return await this.subscribe(socket, request);
    } catch (error) {
      this.logger.error({ err: error }, 'subscribe failed');
      return refuse('INTERNAL_SERVER_ERROR', 'Could not subscribe');
    }
  }

  private async subscribe(socket: LiveSocket, request: SubscribeRequest): Promise<LiveAck> {
    if (!this.subscribes.hit(socket.id)) return refuse('RATE_LIMITED', 'Too many subscriptions; slow down');
    const viewer = socket.data.viewer;
    // The handshake's session may have ended since (logout in another tab, password change):
    // its rights end with it, even before LiveSessionsConsumer disconnects this socket.
    if (viewer && !(await this.authenticator.isSignedIn(viewer))) {
      socket.data.viewer = null;
      // After this answer is written (the ack goes out first, in a microtask).
      setImmediate(() => socket.disconnect(true));
      return refuse('UNAUTHENTICATED', 'The session has ended; sign in again');
    }
    if (request?.moderation === true) {
      if (!viewer) return refuse('UNAUTHENTICATED', 'Sign in first');
      if (!hasRole(viewer, 'MODERATOR'))
        return refuse('FORBIDDEN', 'Only moderators may follow the moderation queue');
      await socket.join(MODERATION_ROOM);
      return { ok: true };
    }
    const draftId = request?.draftId;
    if (!isUuid(draftId)) return refuse('BAD_USER_INPUT', 'draftId must be a draft id');
    const room = draftRoom(draftId);
    if (socket.rooms.has(room)) return { ok: true };
    const draftRooms = [...socket.rooms].filter((r) => r.startsWith('draft:')).length;
    if (draftRooms >= MAX_ROOMS_PER_SOCKET) {
      return refuse('BAD_USER_INPUT', `At most ${MAX_ROOMS_PER_SOCKET} drafts per connection`);
    }
    if (!(await this.drafts.visible(viewer, draftId))) return refuse('NOT_FOUND', 'No such draft');
    await socket.join(room);
    return { ok: true };
  }
}

type SubscribeRequest = { draftId?: unknown; moderation?: unknown } | undefined;

/** One listener function for every socket of a gateway (`this` is the socket). */
function subscribeHandler(gateway: LiveGateway) {
  return function (this: LiveSocket, request: SubscribeRequest, ack?: (result: LiveAck) => void): void {
    void gateway.answerSubscribe(this, request).then((result) => respond(ack, result));
  };
}

function onUnsubscribe(this: LiveSocket, request: SubscribeRequest, ack?: (result: LiveAck) => void): void {
  if (request?.moderation) void this.leave(MODERATION_ROOM);
  else if (typeof request?.draftId === 'string') void this.leave(draftRoom(request.draftId));
  respond(ack, { ok: true });
}

/**
 * The socket.io memory guide: once the connection is authenticated nothing needs the
 * HTTP upgrade request (headers, sockets, parsers: a few KB per connection) or the
 * handshake's headers and token, so they are released. Origin and auth were checked before.
 */
function releaseHandshake(socket: LiveSocket): void {
  (socket.conn as { request: unknown }).request = null;
  socket.handshake.headers = {};
  socket.handshake.auth = {};
  socket.handshake.query = {};
}

function respond(ack: ((result: LiveAck) => void) | undefined, result: LiveAck): void {
  if (typeof ack === 'function') ack(result);
}

/** A handshake refusal the client sees as `connect_error` with `err.data.code`. */
function liveError(code: string, message: string): Error & { data: { code: string } } {
  return Object.assign(new Error(message), { data: { code } });
}
