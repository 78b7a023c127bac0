import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../utils/processes';
import { createTestDatabase, TestDatabase } from '../utils/test-database';

/**
 * A pooled connection that the server drops while it is held between statements emits
 * 'error'. Unheard, Node ends the process on the spot, before the embedded PostgreSQL's
 * supervisor can restart the server or exit as it should. Run in a child process on the built
 * code, because Jest's workers survive what ends a real process.
 */
describe('a pooled connection lost while held', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('is an error on that connection, not the end of the process; the pool serves on', async () => {
    const script = `
      const { DataSource } = require('typeorm');
      const { dataSourceOptions } = require(${JSON.stringify(join(ROOT, 'dist/libs/core/src/database/data-source-options.js'))});
      (async () => {
        const ds = await new DataSource({ ...dataSourceOptions(process.env.URL), extra: { max: 2 } }).initialize();
        // A client held straight from the pool (as preparedQuery's pool is reached), which
        // neither pg-pool (idle clients only) nor TypeORM (its query runners only) listens to.
        const client = await ds.driver.master.connect();
        const { rows: [{ pid }] } = await client.query('SELECT pg_backend_pid() AS pid');
        await ds.query('SELECT pg_terminate_backend($1)', [pid]);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const failed = await client.query('SELECT 1').then(() => false, () => true);
        client.release(true);
        const [{ two }] = await ds.query('SELECT 2 AS two');
        await ds.destroy();
        console.log(JSON.stringify({ failed, two }));
      })();`;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: { ...process.env, URL: db.url },
    });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ failed: true, two: 2 });
  });
});
