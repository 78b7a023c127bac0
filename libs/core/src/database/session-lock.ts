import { DataSource, EntityManager } from 'typeorm';
import { ConflictError } from '../errors/domain-error';

/**
 * Runs `work` holding a session advisory lock (one at a time across processes, for jobs
 * longer than a transaction such as a reindex) on one dedicated connection, whose manager
 * `work` may use. When another process holds the lock, fails at once with `busy`, touching
 * nothing.
 */
export async function withSessionLock<T>(
  dataSource: DataSource,
  key: number,
  busy: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.manager.query<{ locked: boolean }[]>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [key],
    );
    if (!locked) throw new ConflictError(busy);
    try {
      return await work(runner.manager);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}
