import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import {
  Clock,
  MilestoneKind,
  MilestonePayload,
  OUTBOX_RELAY_OPTIONS,
  OutboxRelayOptions,
  OutboxService,
  OutboxTopic,
} from '@thamvan/core';
import { DataSource } from 'typeorm';

export const MILESTONE_TOPIC = 'draft.milestone' satisfies OutboxTopic;

export type { MilestoneKind, MilestonePayload };

/** How often the sweep looks (a milestone is mailed within this of happening). */
const SWEEP_EVERY_MS = 30_000;
/**
 * Milestones older than this are never announced: a process down for longer does not mail
 * stale news when it comes back (the migration recorded every earlier one as announced).
 */
const LOOK_BACK = '2 days';

/**
 * Finds the milestones of drafts as they happen and announces each once (`draft.milestone`
 * in the outbox, for the follow mails). Opening and closing are not actions (the window's
 * times pass on the server clock), so no request can announce them: a sweep every 30 s
 * compares the clock with the stored times, in every process that runs the outbox relay.
 * The insert into draft_milestone (primary key draft, kind, time) and the outbox event are one
 * transaction, so concurrent sweeps announce a milestone once. A reopened and closed-again
 * consultation has a new closing time: a new milestone.
 */
@Injectable()
export class MilestoneSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MilestoneSweep.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly relay: OutboxRelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.relay.enabled) return;
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'milestone sweep failed');
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Announces the milestones reached since the last sweep; returns how many. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const fresh: { draftId: string; kind: MilestoneKind; at: Date; number: number }[] = await manager.query(
        `WITH due (draft_id, kind, at, number) AS (
           SELECT id, 'OPENED', opens_at, 0 FROM draft
            WHERE opens_at <= $1 AND opens_at > $1::timestamptz - $2::interval AND closes_at IS NOT NULL
              AND (closed_at IS NULL OR closed_at > opens_at)
           UNION ALL
           SELECT id, 'CLOSED', coalesce(closed_at, closes_at), 0 FROM draft
            WHERE coalesce(closed_at, closes_at) <= $1 AND coalesce(closed_at, closes_at) > $1::timestamptz - $2::interval
              AND opens_at IS NOT NULL AND opens_at < coalesce(closed_at, closes_at)
           UNION ALL
           SELECT draft_id, 'REOPENED', changed_at, 0 FROM consultation_change
            WHERE kind = 'REOPENED' AND changed_at <= $1 AND changed_at > $1::timestamptz - $2::interval
           UNION ALL
           SELECT draft_id, 'NEW_VERSION', published_at, number FROM draft_version
            WHERE number > 1 AND published_at <= $1 AND published_at > $1::timestamptz - $2::interval
           UNION ALL
           SELECT draft_id, 'REPORT_PUBLISHED', published_at, version FROM feedback_report
            WHERE published_at <= $1 AND published_at > $1::timestamptz - $2::interval
         )
         INSERT INTO draft_milestone (draft_id, kind, at, number)
         SELECT draft_id, kind, at, number FROM due
         ON CONFLICT DO NOTHING
         RETURNING draft_id AS "draftId", kind, at, number`,
        [now, LOOK_BACK],
      );
      if (fresh.length) {
        // In the order they happened, so followers read them in that order.
        fresh.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
        await this.outbox.enqueue(
          manager,
          fresh.map((m) => ({
            topic: MILESTONE_TOPIC,
            aggregateId: m.draftId,
            payload: {
              draftId: m.draftId,
              kind: m.kind,
              at: new Date(m.at).toISOString(),
              number: m.number,
            } satisfies MilestonePayload,
          })),
        );
      }
      return fresh.length;
    });
  }
}
