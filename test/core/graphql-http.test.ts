import { serverAudits } from 'graphql-http';
import { startTestApp, TestApp } from '../utils/test-app';

/**
 * The GraphQL over HTTP spec's server audits, run against the real endpoint. Every MUST
 * audit has to pass; SHOULD/MAY ones are reported by name when they do not, for the record.
 */
describe('GraphQL over HTTP compliance (graphql-http serverAudits)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const audits = serverAudits({ url: () => `${t.url}/graphql`, fetchFn: fetch });

  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      // On failure the reason is printed next to the status.
      expect({ status: result.status, reason: 'reason' in result ? result.reason : undefined }).toEqual({
        status: 'ok',
        reason: undefined,
      });
    });
  }

  it('reports how it fares on the SHOULD and MAY audits', async () => {
    const others = audits.filter((a) => !a.name.startsWith('MUST'));
    const results = await Promise.all(others.map(async (a) => ({ audit: a.name, result: await a.fn() })));
    const notOk = results
      .filter((r) => r.result.status !== 'ok')
      .map((r) => `${r.result.status}: ${r.audit}`);
    // Not a pass/fail gate: the spec lets servers differ here. Printed for whoever tunes it.
    if (notOk.length) process.stderr.write(`graphql-http non-MUST audits not ok:\n  ${notOk.join('\n  ')}\n`);
    expect(results.length).toBeGreaterThan(0);
  });
});
