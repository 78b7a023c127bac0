import { Injectable } from '@nestjs/common';
import { Clock } from '@thamvan/core';
import { CountersRepository, ProvisionActivity } from './counters.repository';

/** The answer is shared by every visitor of the home page for this long (per process). */
const CACHE_MS = 30_000;

/**
 * "Most discussed right now": provisions of open consultations ranked by the published
 * comments and replies posted on them in the last hours. It reads the recent end of the
 * comment_created_idx index only; the ranking is the same for everyone, so it is computed at
 * most once per CACHE_MS and per (first, hours) in each process.
 */
@Injectable()
export class ActivityService {
  private readonly cache = new Map<string, { at: number; rows: Promise<ProvisionActivity[]> }>();

  constructor(
    private readonly counters: CountersRepository,
    private readonly clock: Clock,
  ) {}

  mostDiscussed(first: number, hours: number): Promise<ProvisionActivity[]> {
    const key = `${first} ${hours}`;
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && now - cached.at < CACHE_MS) return cached.rows;
    const rows = this.query(first, hours);
    this.cache.set(key, { at: now, rows });
    rows.catch(() => this.cache.delete(key));
    return rows;
  }

  private query(first: number, hours: number): Promise<ProvisionActivity[]> {
    const now = this.clock.now();
    return this.counters.mostDiscussed(now, new Date(now.getTime() - hours * 3_600_000), first);
  }
}
