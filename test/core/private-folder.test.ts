import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, killAll, removeDataDir, ROOT } from '../utils/processes';

const asRoot = process.getuid?.() === 0;
if (!asRoot) process.stderr.write('[private-folder] skipped: only root starts PostgreSQL as another user\n');

/**
 * Issue 22: as root in a folder only root can enter (a clone under /root, mode 700), the
 * `postgres` user reaches neither DATA_DIR nor the binaries in node_modules. The app is
 * started from such a folder: `<700>/repo` links to this repository's dist and node_modules,
 * and Node keeps the links' paths (--preserve-symlinks), so PostgreSQL's binaries are seen
 * under the closed folder as in a real clone there; DATA_DIR is inside it too.
 */
(asRoot ? describe : describe.skip)('starting as root from a folder only root can enter', () => {
  let closed: string;
  let dataDir: string;

  beforeAll(() => {
    closed = mkdtempSync(join(tmpdir(), 'thamvan-root-only-'));
    expect(statSync(closed).mode & 0o777).toBe(0o700);
    const repo = join(closed, 'repo');
    mkdirSync(repo);
    for (const name of ['dist', 'node_modules', 'package.json', 'libs', 'migrations'])
      symlinkSync(join(ROOT, name), join(repo, name));
    dataDir = join(closed, 'repo', '.data');
  });
  afterAll(async () => {
    await killAll();
    removeDataDir(dataDir);
    removeDataDir(closed);
  });

  const start = () => {
    const child = spawn(
      process.execPath,
      ['--preserve-symlinks', '--preserve-symlinks-main', join(closed, 'repo/dist/apps/api/src/main.js')],
      {
        env: childEnv({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' }),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const listening = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start in 90 s:\n${output}`)), 90_000);
      child.stdout.on('data', () => {
        const port = /GraphQL\s+http:\/\/localhost:(\d+)\/graphql/.exec(output)?.[1];
        if (port) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${port}`);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
    const stopped = () =>
      new Promise<number | null>((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    return { listening, stopped, output: () => output };
  };

  it('starts, keeps its cluster in a private folder recorded under DATA_DIR, and reuses it on the next start', async () => {
    const first = start();
    const base = await first.listening;
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });

    const home = readFileSync(join(dataDir, 'postgres-location'), 'utf8').trim();
    expect(home.startsWith('/var/lib/thamvan/clusters/')).toBe(true);
    const owner = statSync(home);
    expect(owner.mode & 0o777).toBe(0o700);
    expect(owner.uid).not.toBe(0);
    expect(existsSync(join(home, 'pg', 'PG_VERSION'))).toBe(true);
    // Nothing of the cluster under DATA_DIR, which stays root's and private.
    expect(existsSync(join(dataDir, 'pg'))).toBe(false);
    expect(statSync(dataDir).uid).toBe(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(await first.stopped()).toBe(0);

    const second = start();
    await second.listening;
    expect(readFileSync(join(dataDir, 'postgres-location'), 'utf8').trim()).toBe(home);
    expect(second.output()).not.toMatch(/initialising embedded PostgreSQL/);
    expect(await second.stopped()).toBe(0);
  }, 180_000);
});
