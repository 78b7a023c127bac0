import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The deployment files name compiled entry points (dist/…/main.js) that no test runs: there
 * is no Docker engine on these machines, and `npm run start:worker` pointed at a file the
 * build never wrote until session 4. Each `dist/<path>.js` they name must be the build's
 * output for an existing `<path>.ts` (scripts/build.js mirrors apps/ and libs/ into dist/).
 */
const ROOT = join(__dirname, '../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function distEntryPoints(text: string): string[] {
  return [...text.matchAll(/dist\/[\w/.-]+?\.js/g)].map((m) => m[0]);
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
    for (const entry of distEntryPoints(text.replace(/\.\.\/dist\//g, 'dist/'))) {
      const source = entry.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect({ entry, exists: existsSync(join(ROOT, source)) }).toEqual({ entry, exists: true });
    }
  });

  it('finds the API and the worker in the deployment files', () => {
    const all = sources.map(([, text]) => text).join('\n');
    expect(all).toContain('dist/apps/api/src/main.js');
    expect(all).toContain('dist/apps/worker/src/main.js');
  });

  it('starts every Node process with the same V8 flags (docs/benchmarks.md, session 4)', () => {
    const flag = '--max-semi-space-size=64';
    expect(scripts.start).toContain(`node ${flag} `);
    expect(scripts['start:worker']).toContain(`node ${flag} `);
    // The image's NODE_OPTIONS reaches the api and the worker services alike.
    expect(read('Dockerfile')).toMatch(new RegExp(`^ENV NODE_OPTIONS="${flag}"$`, 'm'));
    // The benches start servers as deployed.
    expect(read('bench/bench-api.ts')).toContain(`NODE_FLAGS = ['${flag}']`);
  });
});
