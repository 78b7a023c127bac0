import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../test/utils/web';

const ROOT = join(__dirname, '..');

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  lcpSeconds: number;
  tbtMs: number;
  cls: number;
  /** What costs accessibility points, named ("page: audit (selectors) why"). */
  failures: string[];
}

/**
 * Lighthouse 12.2.3 on one page with Debian's Chromium, default mobile settings (simulated
 * throttling). Lighthouse now and then fails to record its trace (NO_NAVSTART) and asks to be
 * run again: up to three tries, each refusal written to `say`.
 */
export function runLighthouse(url: string, name: string, say: (line: string) => void): LighthouseResult {
  const cli = join(ROOT, 'node_modules/lighthouse/cli/index.js');
  const run = () =>
    execFileSync(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        '--only-categories=performance,accessibility',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
    );
  let out: Buffer | undefined;
  for (let attempt = 1; !out; attempt++) {
    try {
      out = run();
    } catch (error) {
      if (attempt === 3) throw error;
      say(`(${name}: Lighthouse failed, run again: ${String(error).split('\n')[0]})\n`);
    }
  }
  const report = JSON.parse(out.toString()) as {
    categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<
      string,
      {
        numericValue: number;
        score: number | null;
        details?: { items?: { node?: { selector?: string; explanation?: string } }[] };
      }
    >;
  };
  const failures: string[] = [];
  for (const { id, weight } of report.categories.accessibility.auditRefs) {
    const audit = report.audits[id];
    if (weight > 0 && audit.score !== null && audit.score < 1) {
      const where = (audit.details?.items ?? []).map((i) => i.node?.selector).filter(Boolean);
      const why = audit.details?.items?.[0]?.node?.explanation?.replace(/\s+/g, ' ') ?? '';
      failures.push(`${name}: ${id} (${where.slice(0, 5).join(', ')}) ${why}`);
    }
  }
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    lcpSeconds: report.audits['largest-contentful-paint'].numericValue / 1000,
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    cls: report.audits['cumulative-layout-shift'].numericValue,
    failures,
  };
}

/** A row of the Markdown table `| page | performance | accessibility | LCP s | TBT ms | CLS |`. */
export function lighthouseRow(name: string, r: LighthouseResult): string {
  return `| ${name} | ${r.performance} | ${r.accessibility} | ${r.lcpSeconds.toFixed(2)} | ${r.tbtMs} | ${r.cls.toFixed(3)} |`;
}
