import { MeiliSearchIndex } from '@thamvan/search';
import { randomBytes } from 'node:crypto';
import { startTestApp, TestApp } from '../utils/test-app';
import { searchContract } from './search-contract';
import { seedSearchWorld, SearchWorld } from './search-fixtures';

// Runs against a real Meilisearch only: there is none on this machine unless MEILI_URL says so.
const MEILI_URL = process.env.MEILI_URL;
if (!MEILI_URL) {
  process.stderr.write('MEILI_URL is not set: the Meilisearch contract tests are SKIPPED\n');
}
const suite = MEILI_URL ? describe : describe.skip;

suite('MeiliSearchIndex (contract, against MEILI_URL)', () => {
  let t: TestApp;
  let world: SearchWorld;
  let index: MeiliSearchIndex;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    world = await seedSearchWorld(t);
    index = new MeiliSearchIndex(t.dataSource, {
      url: MEILI_URL!,
      apiKey: process.env.MEILI_API_KEY,
      indexName: `test_comments_${randomBytes(4).toString('hex')}`,
    });
    await index.sync(world.all);
  });
  afterAll(() => t?.close());

  searchContract(() => ({ index, world }));

  it('rebuilds beside the live index and swaps', async () => {
    const report = await index.rebuild();
    expect(report.documents).toBe(world.all.length);
    expect((await index.health()).state).toBe('up');
  });
});
