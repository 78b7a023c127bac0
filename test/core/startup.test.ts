import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { API_MAIN, childEnv, isAlive, killAll, removeDataDir, run } from '../utils/processes';

/**
 * The newcomer's path, end to end: the real entry point as a child process on an embedded
 * PostgreSQL in a fresh DATA_DIR, then Ctrl-C pressed twice, then a second start.
 */
describe('npm start on a fresh machine (embedded PostgreSQL)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'thamvan-start-'));
  });
  afterAll(async () => {
    await killAll();
    removeDataDir(dataDir);
  });

  function postmasterPid(): number | undefined {
    const file = join(dataDir, 'pg', 'postmaster.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
  }

  async function start() {
    const app = run(API_MAIN, [], childEnv({ DATA_DIR: dataDir, PORT: '0' }));
    const [, port] = await app.waitForOutput(/GraphQL\s+http:\/\/localhost:(\d+)\/graphql/);
    return { app, base: `http://127.0.0.1:${port}` };
  }

  it('serves GraphQL and readiness, stops cleanly on a double Ctrl-C, and keeps data across restarts', async () => {
    const first = await start();
    const ready = await fetch(`${first.base}/health/ready`);
    expect(ready.status).toBe(200);
    const gql = await fetch(`${first.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });

    // Leave a mark in the database through the recorded connection details.
    const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
    const { port } = JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8')) as { port: number };
    const pg = new Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/thamvan` });
    await pg.connect();
    await pg.query(
      `INSERT INTO audit_event (actor_role, action, target_type, target_id) VALUES ('SYSTEM', 'test.mark', 'test', 'restart')`,
    );
    await pg.end();

    const pgPid = postmasterPid();
    expect(pgPid && isAlive(pgPid)).toBeTruthy();
    const stoppedAt = Date.now();
    // Ctrl-C reaches npm and the app together, and people press it twice. Signals of one
    // kind do not queue, so the second press is sent once the first has been taken.
    first.app.child.kill('SIGINT');
    await first.app.waitForOutput(/SIGINT: shutting down/);
    first.app.child.kill('SIGINT');
    const exit = await first.app.exited;
    expect(exit.code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(first.app.stderr()).toContain('shutdown already in progress');
    expect(isAlive(pgPid!)).toBe(false);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await start();
    const again = await fetch(`${second.base}/health/ready`);
    expect(again.status).toBe(200);
    const password2 = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
    const port2 = (JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8')) as { port: number }).port;
    const pg2 = new Client({
      connectionString: `postgres://postgres:${password2}@127.0.0.1:${port2}/thamvan`,
    });
    await pg2.connect();
    const { rows } = await pg2.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'test.mark'`);
    await pg2.end();
    expect(rows[0].n).toBe(1);
    const pid2 = postmasterPid()!;
    second.app.child.kill('SIGTERM');
    expect((await second.app.exited).code).toBe(0);
    expect(isAlive(pid2)).toBe(false);
  });
});

describe('bad configuration', () => {
  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT: must be a port number \(got "abc"\)$/],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://127.0.0.1:1/x' },
      /^Invalid configuration: JWT_SECRET: required when NODE_ENV=production$/,
    ],
    [
      { DATABASE_URL: 'mysql://localhost/x' },
      /^Invalid configuration: DATABASE_URL: must be a URL starting with postgres:\/\/ or postgresql:\/\/$/,
    ],
    [
      { RATE_LIMIT_MULTIPLIER: '-2' },
      /^Invalid configuration: RATE_LIMIT_MULTIPLIER: must be greater than 0 \(got "-2"\)$/,
    ],
  ])('%j stops the process with one clear line', async (env, message) => {
    const app = run(
      API_MAIN,
      [],
      childEnv({ DATA_DIR: mkdtempSync(join(tmpdir(), 'thamvan-bad-')), ...env }),
    );
    const exit = await app.exited;
    expect(exit.code).toBe(1);
    const lines = app.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(app.stdout()).toBe('');
  });
});
