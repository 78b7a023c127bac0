import { AuditService } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../utils/test-database';
import { openDataSource } from '../utils/test-data-source';

describe('Audit trail (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const audit = new AuditService();
  const entry = {
    actorId: '00000000-0000-4000-8000-000000000001',
    actorRole: 'MODERATOR',
    action: 'comment.hide',
    targetType: 'comment',
    targetId: 'c-1',
    reason: 'abusive language',
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDataSource(db.url);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('records inside the caller transaction and rolls back with it', async () => {
    const id = await ds.transaction((m) => audit.record(m, entry));
    await expect(
      ds.transaction(async (m) => {
        await audit.record(m, { ...entry, targetId: 'c-2' });
        throw new Error('the decision failed');
      }),
    ).rejects.toThrow('the decision failed');
    const rows = await ds.query(`SELECT id::text, action, target_id, reason, actor_role FROM audit_event`);
    expect(rows).toEqual([
      { id, action: 'comment.hide', target_id: 'c-1', reason: 'abusive language', actor_role: 'MODERATOR' },
    ]);
  });

  it.each([
    ['UPDATE', `UPDATE audit_event SET reason = 'rewritten'`],
    ['DELETE', `DELETE FROM audit_event`],
    ['TRUNCATE', `TRUNCATE audit_event`],
  ])('refuses %s at the database level', async (op, sql) => {
    await ds.transaction((m) => audit.record(m, entry));
    await expect(ds.query(sql)).rejects.toThrow(`audit_event is append-only: ${op} refused`);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE reason = 'rewritten'`);
    expect(n).toBe(0);
  });

  it('refuses to write outside a transaction', async () => {
    await expect(audit.record(ds.manager, entry)).rejects.toThrow('inside a transaction');
  });
});
