import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The deployment files name compiled entry points (dist/…/main.js) that no test runs: there
 * is no Docker engine on these machines, and a script could name a file the build never
 * writes (`npm run start:worker` once did). Each dist/ path they name must be one scripts/build.js
 * writes (its own list of sources: apps/, libs/, migrations/, no specs).
 */
const ROOT = join(__dirname, '../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require(join(ROOT, 'scripts/build.js')) as {
  sources: () => string[];
  distPathOf: (source: string) => string;
};
const BUILT = new Set(build.sources().map((file) => build.distPathOf(relative(ROOT, file))));

/** Every `dist/…` path a text names (with or without `.js`; `../dist/` as scripts/ write it). */
function distPaths(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s'"(])(?:\.\.\/)?(dist\/[\w/.-]+)/g)].map((m) =>
    m[1].endsWith('.js') ? m[1] : `${m[1]}.js`,
  );
}

describe('deployment entry points', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  const sources: [string, string][] = [
    ['package.json scripts', Object.values(scripts).join('\n')],
    ['Dockerfile', read('Dockerfile')],
    ['docker-compose.yml', read('docker-compose.yml')],
    ['scripts/start.js', read('scripts/start.js')],
  ];

  it.each(sources)('%s names only compiled files the build writes', (_name, text) => {
    const named = distPaths(text);
    expect(named.length).toBeGreaterThan(0);
    for (const entry of named) expect({ entry, built: BUILT.has(entry) }).toEqual({ entry, built: true });
  });

  it('tells a file the build does not write', () => {
    expect(distPaths('node dist/apps/worker/main.js').map((p) => BUILT.has(p))).toEqual([false]);
    expect(distPaths("['node', 'dist/apps/api/src/main']").map((p) => BUILT.has(p))).toEqual([true]);
    expect(BUILT.has('dist/apps/cli/src/args.spec.js')).toBe(false);
  });

  it('finds the API and the worker in the deployment files', () => {
    const all = sources.map(([, text]) => text).join('\n');
    expect(all).toContain('dist/apps/api/src/main.js');
    expect(all).toContain('dist/apps/worker/src/main.js');
  });

  it('ships the web client the API process mounts (apps/web/build, built in the image)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { WEB_SERVER_BUILD } = require(join(ROOT, 'apps/api/src/web-client')) as {
      WEB_SERVER_BUILD: string;
    };
    expect(WEB_SERVER_BUILD).toBe('apps/web/build/server/index.js');
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toContain('node apps/web/scripts/build.cjs');
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/apps\/web \.\/apps\/web$/m);
    // npm start builds it too, when its sources changed.
    expect(read('scripts/start.js')).toContain("require('../apps/web/scripts/build.cjs')");
  });

  it('starts every Node process with the same V8 flags (docs/benchmarks.md)', () => {
    const flag = '--max-semi-space-size=64';
    expect(scripts.start).toContain(`node ${flag} `);
    expect(scripts['start:worker']).toContain(`node ${flag} `);
    // The image's NODE_OPTIONS reaches the api and the worker services alike.
    expect(read('Dockerfile')).toMatch(new RegExp(`^ENV NODE_OPTIONS="${flag}"$`, 'm'));
    // The benches start servers as deployed.
    expect(read('bench/bench-api.ts')).toContain(`NODE_FLAGS = ['${flag}']`);
  });
});
