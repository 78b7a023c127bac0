import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { OUTBOX_RELAY_OPTIONS, OutboxRelayOptions, PeriodicTask } from '@thamvan/core';
import { SYNTHESIS_OPTIONS, SynthesisOptions } from '../synthesis.options';
import { TopicsRepository } from './topics.repository';

/** How often dirty scopes are checked for a rebuild that has become due. */
const SWEEP_EVERY_MS = 5_000;

/**
 * The other half of the debounce: a scope marked dirty within `topicsDebounceSeconds` of its
 * last build gets no rebuild then (TopicsRefreshConsumer); this schedules it once that time
 * has passed, even if no comment arrives after. Runs where the relay runs, like the milestone
 * sweep; any number of processes may sweep (scheduleDue schedules a scope once).
 */
@Injectable()
export class TopicsSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly task = new PeriodicTask({
    name: 'topics sweep',
    everyMs: SWEEP_EVERY_MS,
    run: () => this.repository.scheduleDue(this.options.topicsDebounceSeconds),
    logger: new Logger(TopicsSweep.name),
  });

  constructor(
    private readonly repository: TopicsRepository,
    @Inject(SYNTHESIS_OPTIONS) private readonly options: SynthesisOptions,
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly relay: OutboxRelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.relay.enabled) this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }
}
