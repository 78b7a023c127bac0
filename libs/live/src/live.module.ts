import { Module } from '@nestjs/common';
import { DraftsModule } from '@thamvan/drafts';
import { IdentityModule } from '@thamvan/identity';
import { CommentsSinceResolver } from './catch-up/comments-since.resolver';
import { CommentsSinceService } from './catch-up/comments-since.service';
import { DraftLookup } from './draft-lookup';
import { LiveCommentReader } from './live-comment-reader';
import { LiveCommentsRepository } from './live-comments.repository';
import { LiveGateway } from './live.gateway';
import { LiveOutboxConsumer } from './live-outbox.consumer';
import { LiveRedis } from './live-redis';
import { LiveServer } from './live-server';
import { LiveSessionsConsumer } from './live-sessions.consumer';
import { LiveWorkerNode } from './live-worker-node';
import { ReactionCoalescer } from './reaction-coalescer';
import { ReactionCounts } from './reaction-counts';

/** What turns outbox events into socket events, in whichever process runs the relay. */
const FAN_OUT = [
  LiveServer,
  LiveCommentsRepository,
  LiveRedis,
  LiveCommentReader,
  ReactionCounts,
  ReactionCoalescer,
  LiveOutboxConsumer,
  LiveSessionsConsumer,
];

/**
 * API processes: the /live gateway (set LiveIoAdapter on the app), the relay consumer and
 * the `commentsSince` catch-up query.
 */
@Module({
  imports: [IdentityModule, DraftsModule],
  providers: [...FAN_OUT, DraftLookup, LiveGateway, CommentsSinceService, CommentsSinceResolver],
  exports: [LiveServer, LiveRedis],
})
export class LiveModule {}

/** The worker: the relay consumer emitting through a listener-less socket.io node on Redis. */
@Module({
  providers: [...FAN_OUT, LiveWorkerNode],
  exports: [LiveServer, LiveRedis],
})
export class LiveWorkerModule {}
