import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { OutboxConsumerRegistry } from './outbox-consumer.registry';
import { OutboxConsumer } from './outbox.types';

const OUTBOX_CONSUMER = Symbol('thamvan:outbox-consumer');

/**
 * Marks a provider as an outbox consumer: the relay delivers to it once its module is
 * loaded (found through Nest's discovery), instead of each consumer registering itself in
 * its own onModuleInit. A consumer whose `enabled` is false (a feature switched off by
 * configuration) is left out.
 */
export const AsOutboxConsumer = (): ClassDecorator => SetMetadata(OUTBOX_CONSUMER, true);

@Injectable()
export class OutboxConsumerDiscovery implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly registry: OutboxConsumerRegistry,
  ) {}

  /** Every provider is instantiated before any onModuleInit runs, whichever module it is in. */
  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      const { metatype } = wrapper;
      if (!instance || !metatype || !this.reflector.get<boolean>(OUTBOX_CONSUMER, metatype)) continue;
      const consumer = instance as OutboxConsumer;
      if (consumer.enabled !== false) this.registry.register(consumer);
    }
  }
}
