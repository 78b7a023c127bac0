import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const web = join(__dirname, '../../apps/web');

/**
 * The web client's typed documents (apps/web/app/gql) are generated from the committed
 * schema.graphql and committed too, so lint and builds need no generation step. This fails when
 * either side changed without `npm run codegen -w @thamvan/web`.
 */
describe('web: generated GraphQL types', () => {
  it('match schema.graphql and the documents in apps/web/app', () => {
    const output = execFileSync(process.execPath, [join(web, 'scripts/codegen-check.cjs')], {
      encoding: 'utf8',
    });
    const generated = Object.fromEntries(
      (JSON.parse(output) as { filename: string; content: string }[]).map((f) => [f.filename, f.content]),
    );
    const committed = Object.fromEntries(
      readdirSync(join(web, 'app/gql')).map((f) => [
        `app/gql/${f}`,
        readFileSync(join(web, 'app/gql', f), 'utf8'),
      ]),
    );
    expect(Object.keys(generated).sort()).toEqual(Object.keys(committed).sort());
    for (const [file, content] of Object.entries(committed)) expect(generated[file]).toBe(content);
  }, 60_000);
});
