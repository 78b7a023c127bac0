import { PasswordHasher } from '@thamvan/identity';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { API_MAIN, childEnv, CLI_MAIN, killAll, removeDataDir, run } from '../utils/processes';
import { createTestDatabase, TestDatabase } from '../utils/test-database';

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  const child = run(CLI_MAIN, args, env);
  const { code } = await child.exited;
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    return (await pg.query(sql, params)).rows as T[];
  } finally {
    await pg.end();
  }
}

describe('CLI: create-user, create-agency, add-officer, seed-demo', () => {
  let db: TestDatabase;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'thamvan-idcli-'));
    env = childEnv({ DATA_DIR: dataDir, DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await killAll();
    await db.drop();
    removeDataDir(dataDir);
  });

  it('creates the first admin and prints one JSON object without the password or its hash', async () => {
    const res = await cli(
      [
        'create-user',
        '--email',
        'Admin@Example.vn',
        '--password',
        'first admin pass',
        '--display-name',
        'Quản trị',
        '--role',
        'ADMIN',
      ],
      env,
    );
    expect(res.code).toBe(0);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    const user = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(user).toMatchObject({
      email: 'Admin@Example.vn',
      displayName: 'Quản trị',
      roles: ['CITIZEN', 'ADMIN'],
    });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.stdout).not.toMatch(/first admin pass|scrypt|passwordHash/);
    expect(res.stderr).not.toContain('first admin pass');
  });

  it('refuses a duplicate e-mail and a weak password with exit 1 and one line on stderr', async () => {
    const dup = await cli(
      ['create-user', '--email', 'admin@example.vn', '--password', 'another pass 1', '--display-name', 'X Y'],
      env,
    );
    expect(dup.code).toBe(1);
    expect(dup.stdout).toBe('');
    expect(dup.stderr.trim().split('\n').pop()).toBe(
      'error: An account with this e-mail address already exists',
    );
    const weak = await cli(
      ['create-user', '--email', 'weak@example.vn', '--password', 'short', '--display-name', 'X Y'],
      env,
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 10 characters/);
    const role = await cli(
      [
        'create-user',
        '--email',
        'r@example.vn',
        '--password',
        'long password',
        '--display-name',
        'X Y',
        '--role',
        'KING',
      ],
      env,
    );
    expect(role.code).toBe(1);
    expect(role.stderr).toMatch(/--role must be one of ADMIN, MODERATOR/);
  });

  it('creates an agency and makes an account its officer', async () => {
    const agency = await cli(
      ['create-agency', '--code', 'bct', '--name', 'Bộ Công Thương', '--kind', 'MINISTRY'],
      env,
    );
    expect(agency.code).toBe(0);
    expect(JSON.parse(agency.stdout)).toMatchObject({
      code: 'BCT',
      name: 'Bộ Công Thương',
      kind: 'MINISTRY',
    });
    await cli(
      [
        'create-user',
        '--email',
        'officer@example.vn',
        '--password',
        'officer password',
        '--display-name',
        'Cán bộ',
      ],
      env,
    );
    const officer = await cli(
      ['add-officer', '--email', 'OFFICER@example.vn', '--agency', 'BCT', '--role', 'RESPONDER'],
      env,
    );
    expect(officer.code).toBe(0);
    expect(JSON.parse(officer.stdout)).toMatchObject({ agencyCode: 'BCT', role: 'RESPONDER' });
    const missing = await cli(['add-officer', '--email', 'nobody@example.vn', '--agency', 'BCT'], env);
    expect(missing.code).toBe(1);
  });

  it('seed-demo creates the demo accounts, prints them as JSON and writes a private credentials file', async () => {
    const res = await cli(['seed-demo'], env);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as {
      accounts: { label: string; email: string; password: string }[];
      credentialsFile: string;
    };
    expect(out.accounts.map((a) => a.label)).toEqual([
      'admin',
      'moderator',
      'editor (BTP)',
      'responder (BTP)',
      'citizen',
      'organisation',
    ]);
    expect(statSync(out.credentialsFile).mode & 0o777).toBe(0o600);
    const file = readFileSync(out.credentialsFile, 'utf8');
    const hasher = new PasswordHasher();
    for (const account of out.accounts) {
      expect(file).toContain(account.password);
      expect(account.password.length).toBeGreaterThanOrEqual(16);
      const [row] = await query<{ password_hash: string }>(
        db.url,
        `SELECT password_hash FROM app_user WHERE email = $1`,
        [account.email],
      );
      expect(await hasher.verify(account.password, row.password_hash)).toBe(true);
    }
    const members = await query<{ role: string }>(
      db.url,
      `SELECT m.role FROM agency_membership m JOIN agency a ON a.id = m.agency_id WHERE a.code = 'BTP' ORDER BY m.role`,
    );
    expect(members.map((m) => m.role)).toEqual(['EDITOR', 'RESPONDER']);
  });
});

describe('npm start seeds the demo into an empty database', () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'thamvan-seed-'));
  });
  afterAll(async () => {
    await killAll();
    await db.drop();
    removeDataDir(dataDir);
  });

  async function start(expectBanner: boolean) {
    const app = run(
      API_MAIN,
      [],
      childEnv({ DATA_DIR: dataDir, DATABASE_URL: db.url, PORT: '0', SEED_DEMO: '1', LOG_LEVEL: 'info' }),
    );
    await app.waitForOutput(
      expectBanner ? /Demo accounts[^]*organisation.*\n/ : /GraphQL\s+http:\/\/localhost:\d+/,
    );
    app.child.kill('SIGTERM');
    // stdout is a pipe, written synchronously on Linux: at exit everything has arrived.
    await app.exited;
    return app;
  }

  it('prints the credentials once as a plain banner, never through the logger, and not on the next start', async () => {
    const first = await start(true);
    const file = join(dataDir, 'demo-accounts.txt');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const passwords = [...readFileSync(file, 'utf8').matchAll(/@demo\.thamvan\.vn\s+(\S+)/g)].map(
      (m) => m[1],
    );
    expect(passwords).toHaveLength(6);
    const stdout = first.stdout();
    expect(stdout).toContain('Demo accounts');
    for (const password of passwords) {
      expect(stdout).toContain(password);
      // Not in any structured (JSON) log line, on stdout or stderr.
      const logLines = [...stdout.split('\n'), ...first.stderr().split('\n')].filter((l) =>
        l.startsWith('{'),
      );
      expect(logLines.filter((l) => l.includes(password))).toEqual([]);
    }

    // The drafts step imported the fixture law as an open consultation, a draft decree whose
    // consultation is over (answered, its report published by the synthesis step) and one
    // that opens next week. The open one has its earliest twelve comments answered already,
    // and the moderation step's held and reported comments (test/moderation/demo-seed.test.ts).
    const drafts = await query<{
      doc_type: string;
      articles: number;
      window: string;
      answered: number;
      report: boolean;
    }>(
      db.url,
      `SELECT d.doc_type, count(*) FILTER (WHERE p.kind = 'ARTICLE')::int AS articles,
              CASE WHEN now() < d.opens_at THEN 'scheduled' WHEN now() < d.closes_at THEN 'open' ELSE 'closed' END AS window,
              (SELECT count(*) FROM comment_response cr JOIN comment c ON c.id = cr.comment_id WHERE c.draft_id = d.id)::int AS answered,
              EXISTS (SELECT 1 FROM feedback_report r WHERE r.draft_id = d.id) AS report
         FROM draft d JOIN draft_version v ON v.draft_id = d.id AND v.published_at IS NOT NULL
         JOIN provision p ON p.version_id = v.id
        GROUP BY d.id ORDER BY d.created_at`,
    );
    expect(drafts).toEqual([
      { doc_type: 'LAW', articles: 43, window: 'open', answered: 12, report: false },
      { doc_type: 'DECREE', articles: expect.any(Number), window: 'closed', answered: 24, report: true },
      { doc_type: 'DECISION', articles: expect.any(Number), window: 'scheduled', answered: 0, report: false },
    ]);

    const [queued] = await query<{ held: number; reported: number }>(
      db.url,
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS held,
              count(*) FILTER (WHERE status = 'PUBLISHED')::int AS reported
         FROM comment WHERE moderation_queued_at IS NOT NULL`,
    );
    expect(queued).toEqual({ held: 3, reported: 3 });

    const [{ n: usersAfterFirst }] = await query<{ n: number }>(
      db.url,
      `SELECT count(*)::int AS n FROM app_user`,
    );
    const second = await start(false);
    expect(second.stdout()).not.toContain('Demo accounts');
    // The second start seeds nothing (the demo commenters of the feedback step included).
    const [{ n }] = await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM app_user`);
    expect(n).toBe(usersAfterFirst);
  });
});
