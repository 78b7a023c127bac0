import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A demo account whose credentials are shown once to whoever started the demo. */
export interface DemoAccount {
  /** What the account is for, e.g. "admin", "editor (BTP)". */
  label: string;
  email: string;
  password: string;
}

/**
 * Shared, mutable state handed from step to step: identity creates the accounts and the
 * agency, drafts imports a draft for `agencyId`, feedback comments as `userIds.citizen`.
 */
export interface DemoSeedContext {
  accounts: DemoAccount[];
  /** Ids of created users by role name (admin, moderator, editor, responder, citizen, organization). */
  userIds: Record<string, string>;
  agencyId?: string;
  draftId?: string;
  /** Anything else a later step needs from an earlier one. */
  extra: Record<string, unknown>;
}

export interface DemoSeedStep {
  name: string;
  /** Steps run in ascending order: identity 100, drafts 200, feedback 300. */
  order: number;
  run(ctx: DemoSeedContext): Promise<void>;
  /** True when the database already holds this feature's data (then nothing is seeded). */
  hasData?(): Promise<boolean>;
}

export interface DemoSeedResult {
  seeded: boolean;
  context: DemoSeedContext;
}

/** Any constant, shared by every process: two API processes starting together seed once. */
const SEED_LOCK_KEY = 7_362_846_202;

/**
 * Where features plug their demo data in (registered from `onModuleInit`). `npm start` runs
 * it on an empty database unless SEED_DEMO=0; the CLI `seed-demo` runs it on demand.
 */
@Injectable()
export class DemoSeedRegistry {
  private readonly registered = new Map<string, DemoSeedStep>();

  constructor(private readonly dataSource: DataSource) {}

  register(step: DemoSeedStep): void {
    if (this.registered.has(step.name)) throw new Error(`demo seed step "${step.name}" registered twice`);
    this.registered.set(step.name, step);
  }

  steps(): DemoSeedStep[] {
    return [...this.registered.values()].sort((a, b) => a.order - b.order);
  }

  /** Runs every step in order; with `onlyIfEmpty`, only when no step reports existing data. */
  async run(options: { onlyIfEmpty: boolean }): Promise<DemoSeedResult> {
    const context: DemoSeedContext = { accounts: [], userIds: {}, extra: {} };
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [SEED_LOCK_KEY]);
      try {
        if (options.onlyIfEmpty) {
          for (const step of this.steps()) {
            if (await step.hasData?.()) return { seeded: false, context };
          }
        }
        for (const step of this.steps()) await step.run(context);
        return { seeded: true, context };
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }
}
