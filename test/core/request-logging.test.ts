import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN, childEnv, killAll, removeDataDir, run, Running } from '../utils/processes';
import { createTestDatabase, TestDatabase } from '../utils/test-database';

/**
 * Request logs of the real entry point (libs/core/src/logging): one line per request with
 * its id, and the request id on every line logged while it is handled; nothing per request
 * below the configured level.
 */
describe('request logging', () => {
  let db: TestDatabase;
  const dirs: string[] = [];
  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(async () => {
    await killAll();
    await db.drop();
    for (const dir of dirs) removeDataDir(dir);
  });

  async function start(level: string): Promise<{ app: Running; base: string }> {
    const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-reqlog-'));
    dirs.push(dataDir);
    const app = run(
      API_MAIN,
      [],
      childEnv({ DATA_DIR: dataDir, DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: level }),
    );
    const [, port] = await app.waitForOutput(/GraphQL\s+http:\/\/localhost:(\d+)\/graphql/);
    return { app, base: `http://127.0.0.1:${port}` };
  }

  const post = (base: string, id: string, query: string, variables: object = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': id,
        authorization: 'Bearer secret.token.x',
      },
      body: JSON.stringify({ query, variables }),
    });

  async function linesOf(app: Running): Promise<Record<string, unknown>[]> {
    app.child.kill('SIGTERM');
    await app.exited;
    return app
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  it('at info: a line per request with id, method, url and status; reqId on lines logged meanwhile', async () => {
    const { app, base } = await start('info');
    await post(base, 'log-test-typename-1', '{ __typename }');
    const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;
    const input = { email: 'log.test@example.vn', password: 'log test password 1', displayName: 'Log Test' };
    expect((await post(base, 'log-test-register-1', REGISTER, { input })).status).toBe(200);
    await fetch(`${base}/health/live`);
    const lines = await linesOf(app);

    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed).toContainEqual(
      expect.objectContaining({
        req: { id: 'log-test-typename-1', method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    );
    expect(completed.filter((l) => String((l.req as { url: string }).url).startsWith('/health'))).toEqual([]);
    // The verification mail is sent while register is handled: its line names the request.
    expect(lines).toContainEqual(
      expect.objectContaining({ reqId: 'log-test-register-1', msg: expect.stringMatching(/^mail /) }),
    );
    const text = JSON.stringify(lines);
    expect(text).not.toContain('secret.token.x');
    expect(text).not.toContain('log.test@example.vn');
  });

  it('at warn: no line for ordinary requests', async () => {
    const { app, base } = await start('warn');
    await post(base, 'log-test-quiet-1', '{ __typename }');
    const lines = await linesOf(app);
    expect(lines.filter((l) => l.msg === 'request completed' || l.reqId)).toEqual([]);
  });
});
