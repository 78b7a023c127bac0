/** What the ledger needs of a Meilisearch task (`GET /tasks`). */
export interface MeiliTaskState {
  uid: number;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: { message?: string } | null;
}

interface InFlight {
  ids: string[];
  attempt: number;
  /** The settings task: its failure means the settings must be enqueued again. */
  settings: boolean;
}

export interface SettledTasks {
  /** The settings task failed (its error). */
  settingsFailed: string | null;
  /** Failed tasks whose comments are queued to be synced again. */
  retried: { uid: number; comments: number; error: string }[];
  /** Failed tasks whose comments had their last attempt (reindex recovers them). */
  gaveUp: { uid: number; comments: number; error: string }[];
}

/**
 * The tasks a process enqueued and has not seen finish, and the comments of failed ones to
 * sync again: what lets `sync` return without waiting for Meilisearch to index (the relay's
 * lane is not held) and still notice failures. In memory: a restart forgets it.
 */
export class MeiliTaskLedger {
  private readonly inFlight = new Map<number, InFlight>();
  /** Comment id → attempts already made. */
  private readonly retry = new Map<string, number>();

  constructor(private readonly maxAttempts: number) {}

  enqueued(uid: number, ids: string[], attempt: number, settings = false): void {
    this.inFlight.set(uid, { ids, attempt, settings });
  }

  /** The oldest `limit` tasks not seen finished. */
  pending(limit = Infinity): number[] {
    return [...this.inFlight.keys()].slice(0, limit);
  }

  /** Documents enqueued and not yet seen indexed. */
  waiting(): number {
    let n = 0;
    for (const entry of this.inFlight.values()) n += entry.ids.length;
    return n;
  }

  /** Comments of failed tasks still to sync again. */
  toRetry(): string[] {
    return [...this.retry.keys()];
  }

  /** The attempt a sync of these comments is: one more than the most any of them had. */
  attemptOf(ids: readonly string[]): number {
    let most = 0;
    for (const id of ids) most = Math.max(most, this.retry.get(id) ?? 0);
    return most + 1;
  }

  /** These comments were enqueued again: no longer owed. */
  written(ids: readonly string[]): void {
    for (const id of ids) this.retry.delete(id);
  }

  /**
   * The states read for `asked`: finished tasks leave the ledger; a failed or cancelled one's
   * comments are owed again until their attempts run out. A task asked about and not listed
   * is done (Meilisearch deletes old finished tasks).
   */
  settle(asked: readonly number[], tasks: readonly MeiliTaskState[]): SettledTasks {
    const out: SettledTasks = { settingsFailed: null, retried: [], gaveUp: [] };
    const listed = new Set(tasks.map((t) => t.uid));
    for (const uid of asked) if (!listed.has(uid)) this.inFlight.delete(uid);
    for (const task of tasks) {
      const entry = this.inFlight.get(task.uid);
      if (!entry || task.status === 'enqueued' || task.status === 'processing') continue;
      this.inFlight.delete(task.uid);
      if (task.status === 'succeeded') continue;
      const error = task.error?.message ?? task.status;
      if (entry.settings) {
        out.settingsFailed = error;
        continue;
      }
      const report = { uid: task.uid, comments: entry.ids.length, error };
      if (entry.attempt >= this.maxAttempts) {
        out.gaveUp.push(report);
        continue;
      }
      out.retried.push(report);
      for (const id of entry.ids) this.retry.set(id, Math.max(this.retry.get(id) ?? 0, entry.attempt));
    }
    return out;
  }
}
