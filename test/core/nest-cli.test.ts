import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { childEnv, killAll, removeDataDir, ROOT, run } from '../utils/processes';

interface NestCli {
  monorepo: boolean;
  projects: Record<string, { type: string; root: string; sourceRoot: string; entryFile: string }>;
}

/**
 * `nest-cli.json` describes the monorepo as NestJS users expect (issue 22): every project it
 * names exists, and `nest build api` compiles an API that starts and serves. (The SWC build
 * is the one `npm start` and the other tests run.)
 */
describe('the Nest CLI', () => {
  const cli = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as NestCli;

  it('names every app and library of the repository, and only those', () => {
    expect(cli.monorepo).toBe(true);
    for (const [name, project] of Object.entries(cli.projects)) {
      expect({ name, root: existsSync(join(ROOT, project.root)) }).toEqual({ name, root: true });
      expect({ name, source: existsSync(join(ROOT, project.sourceRoot)) }).toEqual({ name, source: true });
    }
    const libraries = Object.values(cli.projects).filter((p) => p.type === 'library');
    for (const lib of libraries)
      expect(existsSync(join(ROOT, lib.sourceRoot, `${lib.entryFile}.ts`))).toBe(true);
    expect(Object.keys(cli.projects).sort()).toEqual([
      'api',
      'cli',
      'core',
      'drafts',
      'feedback',
      'identity',
      'live',
      'moderation',
      'moderation-rules',
      'search',
      'synthesis',
      'worker',
    ]);
  });

  it('builds the API with `nest build api`', async () => {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/nest'), ['build', 'api'], {
      cwd: ROOT,
      timeout: 120_000,
    });
    expect(existsSync(join(ROOT, 'dist/nest/api/apps/api/src/main.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist/nest/api/libs/drafts/assets/demo/luat-an-ninh-mang-2018.txt'))).toBe(
      true,
    );
    // Path aliases are rewritten: the compiled entry requires the libraries by relative path.
    const main = readFileSync(join(ROOT, 'dist/nest/api/apps/api/src/main.js'), 'utf8');
    expect(main).not.toContain('require("@thamvan/');
    expect(main).toContain('require("../../../libs/core/src")');

    const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-nest-'));
    try {
      const app = run(
        join(ROOT, 'dist/nest/api/apps/api/src/main.js'),
        [],
        childEnv({ DATA_DIR: dataDir, PORT: '0' }),
      );
      const [, port] = await app.waitForOutput(/GraphQL\s+http:\/\/localhost:(\d+)\/graphql/, 90_000);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await killAll();
      removeDataDir(dataDir);
    }
  }, 240_000);
});
