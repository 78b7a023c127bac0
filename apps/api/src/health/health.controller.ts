import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { OutboxStatsService } from '@thamvan/core';
import { LiveRedis } from '@thamvan/live';
import { SearchHealthService } from '@thamvan/search';

/**
 * Liveness says the process answers; readiness says it can serve: 200 while the database
 * answers (503 otherwise), with the outbox backlog reported. Search and Redis states join
 * here as their modules arrive; they are reported, not gating, because posting keeps working
 * while they are down (the outbox holds what they have not seen).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly outbox: OutboxStatsService,
    private readonly redis: LiveRedis,
    private readonly search: SearchHealthService,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      async () => ({ outbox: { status: 'up' as const, ...(await this.outbox.stats()) } }),
      // Reported, not gating: without Redis, live updates still reach this process's clients.
      async () => ({ redis: { status: 'up' as const, state: await this.redis.ping() } }),
      // Reported, not gating: posting goes on while search is down; its events wait in the outbox.
      async () => ({ search: { status: 'up' as const, ...(await this.search.check()) } }),
    ]);
  }
}
