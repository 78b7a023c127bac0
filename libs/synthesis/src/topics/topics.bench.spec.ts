import { buildCorpus } from './fixtures/corpus';
import { measure } from './fixtures/quality';
import { buildTopics } from './topics';

/**
 * Time and memory of buildTopics on 10,000 and 100,000 comments of one provision (the corpus
 * scaled up: same templates, more comments and campaign copies). Skipped unless TOPICS_BENCH=1;
 * run with --expose-gc for a clean heap figure:
 *   TOPICS_BENCH=1 node --expose-gc node_modules/.bin/jest libs/synthesis/src/topics/topics.bench
 */
const bench = process.env.TOPICS_BENCH ? describe : describe.skip;
const gc = (globalThis as { gc?: () => void }).gc;

bench('buildTopics at scale', () => {
  it.each(process.env.TOPICS_BENCH_SIZES?.split(',').map(Number) ?? [10_000, 100_000])('%i comments', (n) => {
    const base = buildCorpus();
    const corpus = buildCorpus({
      scale: n / base.length,
      campaignCopies: Math.round((40 * n) / base.length),
    });
    const textBytes = corpus.reduce((s, c) => s + Buffer.byteLength(c.text), 0);
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const rssBefore = process.resourceUsage().maxRSS / 1024;
    const started = process.hrtime.bigint();
    const result = buildTopics(corpus);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Heap right after (what the run allocated and has not yet been collected), then what
    // stays once collected (the result); maxRSS is the process's peak, jest included.
    const allocated = process.memoryUsage().heapUsed - before;
    gc?.();
    const retained = process.memoryUsage().heapUsed - before;
    const maxRss = process.resourceUsage().maxRSS / 1024;
    const q = measure(corpus, result);
    process.stdout.write(
      `topics ${corpus.length} comments (${(textBytes / 1e6).toFixed(1)} MB of text, heap ${(before / 1e6).toFixed(0)} MB before): ${ms.toFixed(0)} ms, ` +
        `heap +${(allocated / 1e6).toFixed(0)} MB uncollected after the run, +${(retained / 1e6).toFixed(1)} MB retained, ` +
        `peak RSS ${rssBefore.toFixed(0)} → ${maxRss.toFixed(0)} MB; ${result.topics.length} topics, other ${result.other?.commentCount ?? 0}, ` +
        `ARI ${q.ari.toFixed(3)}, purity ${q.purity.toFixed(3)}, worst mix ${q.worstImpurity.toFixed(3)}\n`,
    );
    expect(result.topics.length).toBeGreaterThan(0);
  });
});
