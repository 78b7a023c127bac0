import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { draftRoom } from './live.events';
import { LiveServer } from './live-server';
import { ReactionCounts } from './reaction-counts';

/** At most one `reaction.updated` per comment per this many milliseconds. */
export const REACTION_COALESCE_MS = 250;

interface Pending {
  draftId: string;
  /** The newest reaction event folded in: the emitted event carries it. */
  seq: bigint;
  /** Not before this time (ms): the previous emit for the comment plus the window. */
  due: number;
}

/**
 * Coalesces reaction events: the first reaction to a quiet comment goes out at once (in the
 * same turn as the relay batch), later ones within 250 ms of an emit wait for the window to
 * end and go out as one event carrying the latest counts and the newest `seq`. A comment's
 * events live in one room (`draft:<id>`), so "per comment" is also "per comment per room".
 *
 * Counts are computed from `comment_reaction` itself at emit time (ReactionCounts), not read
 * from `comment_counter`: the counters consumer folds that table in its own transaction,
 * possibly after us in the same relay batch or in another relay altogether, so reading it
 * could emit counts older than the event. A count taken after the event's commit includes its
 * change. One grouped query per flush for every due comment.
 * Flushes run one after another, so a slow query can never emit older counts after newer ones.
 *
 * The window is per process: with several relays each coalesces its own share. An event held
 * in the window is lost if the process dies before the window ends; GraphQL (`agreeCount`,
 * `commentsSince`) stays the source of truth.
 */
@Injectable()
export class ReactionCoalescer implements OnModuleDestroy {
  private readonly logger = new Logger(ReactionCoalescer.name);
  private readonly pending = new Map<string, Pending>();
  private readonly lastEmit = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly reactionCounts: ReactionCounts,
    private readonly live: LiveServer,
  ) {}

  add(draftId: string, commentId: string, seq: string, now = Date.now()): void {
    if (this.closed) return;
    const at = BigInt(seq);
    const held = this.pending.get(commentId);
    if (held) {
      if (at > held.seq) held.seq = at;
      return;
    }
    const last = this.lastEmit.get(commentId);
    const due = last === undefined ? now : Math.max(now, last + REACTION_COALESCE_MS);
    this.pending.set(commentId, { draftId, seq: at, due });
    this.schedule(due, now);
  }

  /** Waits for flushes in progress (tests, shutdown). */
  async idle(): Promise<void> {
    await this.flushing;
  }

  onModuleDestroy(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private schedule(due: number, now: number): void {
    if (due >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = due;
    this.timer = setTimeout(() => this.onTimer(), Math.max(0, due - now));
    this.timer.unref();
  }

  private onTimer(): void {
    this.timerAt = Infinity;
    this.timer = undefined;
    this.flushing = this.flushing.then(() =>
      this.flush().catch((error: unknown) => this.logger.error({ err: error }, 'reaction flush failed')),
    );
  }

  private async flush(): Promise<void> {
    const now = Date.now();
    const due = [...this.pending].filter(([, p]) => p.due <= now);
    for (const [id] of due) this.pending.delete(id);
    this.forgetQuiet(now);
    if (due.length && !this.closed) {
      const counts = await this.reactionCounts.of(due.map(([id]) => id));
      const sentAt = Date.now();
      for (const [commentId, p] of due) {
        const c = counts.get(commentId) ?? { agree: 0, disagree: 0 };
        this.live.emit(draftRoom(p.draftId), 'reaction.updated', {
          seq: p.seq.toString(),
          draftId: p.draftId,
          commentId,
          agreeCount: c.agree,
          disagreeCount: c.disagree,
        });
        this.lastEmit.set(commentId, sentAt);
      }
    }
    const next = Math.min(...[...this.pending.values()].map((p) => p.due));
    if (Number.isFinite(next)) this.schedule(next, Date.now());
  }

  /** Comments quiet for a whole window need no memory of their last emit. */
  private forgetQuiet(now: number): void {
    for (const [id, at] of this.lastEmit) {
      if (now - at >= REACTION_COALESCE_MS && !this.pending.has(id)) this.lastEmit.delete(id);
    }
  }
}
