import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { OutboxStatsService } from '@thamvan/core';
import { LiveRedis } from '@thamvan/live';
import { SearchHealthService } from '@thamvan/search';
import type { Response } from 'express';

/** A reported (not gating) figure that could not be read in time says so instead of failing the check. */
const REPORT_TIMEOUT_MS = 2000;

async function reported<T extends object>(
  name: string,
  read: () => Promise<T>,
): Promise<HealthIndicatorResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), REPORT_TIMEOUT_MS);
  });
  try {
    return { [name]: { status: 'up', ...(await Promise.race([read(), late])) } };
  } catch {
    return { [name]: { status: 'up', state: 'unknown' } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Liveness says the process answers; readiness says it can serve: 200 while the database
 * answers, 503 naming the database otherwise, with the outbox backlog reported. Search and
 * Redis states are reported, not gating, because posting keeps working while they are down
 * (the outbox holds what they have not seen); a figure that cannot be read (the database is
 * down, or slow) is reported as `state: 'unknown'`, never turned into a server error.
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
  async ready(@Res({ passthrough: true }) res: Response) {
    // The outbox backlog is read once for both figures that report it.
    let backlog: ReturnType<OutboxStatsService['backlog']> | undefined;
    const readBacklog = () => (backlog ??= this.outbox.backlog());
    try {
      return await this.health.check([
        () => this.db.pingCheck('database', { timeout: 2000 }),
        () => reported('outbox', async () => (await readBacklog()).total),
        // Reported, not gating: without Redis, live updates still reach this process's clients.
        () => reported('redis', async () => ({ state: await this.redis.ping() })),
        // Reported, not gating: posting goes on while search is down; its events wait in the outbox.
        () => reported('search', () => this.search.check(readBacklog())),
      ]);
    } catch (error) {
      // Terminus's answer when a gating check is down: its body, with 503 (the global
      // exception filter would make any 5xx an opaque 500 "Internal server error").
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse();
    }
  }
}
