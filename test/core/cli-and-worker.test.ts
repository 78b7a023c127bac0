import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../utils/test-database';
import { childEnv, CLI_MAIN, killAll, removeDataDir, run, WORKER_MAIN } from '../utils/processes';

describe('CLI', () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'thamvan-cli-'));
  });
  afterAll(async () => {
    await killAll();
    await db.drop();
    removeDataDir(dataDir);
  });

  it('--help lists the commands on stderr and prints nothing on stdout', async () => {
    const cli = run(CLI_MAIN, ['--help'], childEnv({ DATA_DIR: dataDir }));
    expect((await cli.exited).code).toBe(0);
    expect(cli.stdout()).toBe('');
    expect(cli.stderr()).toMatch(/usage: npm run -s cli -- <command>/);
    expect(cli.stderr()).toMatch(/migrate/);
  });

  it('an unknown command exits 1 with one line on stderr', async () => {
    const cli = run(CLI_MAIN, ['frobnicate'], childEnv({ DATA_DIR: dataDir }));
    expect((await cli.exited).code).toBe(1);
    expect(cli.stdout()).toBe('');
    expect(cli.stderr().trim().split('\n')).toEqual(['error: unknown command "frobnicate"; see --help']);
  });

  it('migrate prints exactly one JSON object on stdout', async () => {
    const cli = run(CLI_MAIN, ['migrate'], childEnv({ DATA_DIR: dataDir, DATABASE_URL: db.url }));
    expect((await cli.exited).code).toBe(0);
    expect(JSON.parse(cli.stdout())).toEqual({ applied: [] });
  });
});

describe('worker process', () => {
  let db: TestDatabase;
  afterAll(async () => {
    await killAll();
    await db.drop();
  });

  it('runs the outbox relay without an HTTP listener', async () => {
    db = await createTestDatabase();
    const worker = run(
      WORKER_MAIN,
      [],
      childEnv({ DATABASE_URL: db.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'tv-w-')) }),
    );
    await worker.waitForOutput(/outbox relay running/);
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      await pg.query(`INSERT INTO outbox_event (topic, aggregate_id) VALUES ('test.ping', '1')`);
      let status = 'PENDING';
      for (let i = 0; i < 100 && status !== 'DELIVERED'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        status = (await pg.query(`SELECT status FROM outbox_event`)).rows[0].status as string;
      }
      expect(status).toBe('DELIVERED');
    } finally {
      await pg.end();
    }
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(0);
  });
});
