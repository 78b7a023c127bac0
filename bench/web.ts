/**
 * `npm run bench:web`: what the web client costs a reader, measured in one run.
 *
 * 1. Server render of the draft page of a 200-article law (real text: the Cybersecurity Law's
 *    articles, repeated and renumbered, ~650 KB) against the time of its GraphQL query alone
 *    (the same document the page's loader sends), medians of N rounds after a warm-up.
 * 2. JavaScript each page loads, gzipped, from the built files (Chromium records the scripts).
 * 3. Lighthouse 12.2.3 (Debian Chromium, default mobile throttling): performance and
 *    accessibility scores and LCP of the home, draft and thread pages.
 *
 * Options: --rounds N (default 30), --no-lighthouse.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DraftPageDocument, DraftTextDocument } from '../apps/web/app/gql/graphql';
import { launchBrowser, PHONE } from '../test/utils/web';
import { arg, startChild } from './bench-api';
import { lighthouseRow, runLighthouse } from './lighthouse';

const ROOT = join(__dirname, '..');
const rounds = arg('rounds', 30);
const withLighthouse = !process.argv.includes('--no-lighthouse');

/** A 200-article law of real Vietnamese legal text: the fixture law's articles, renumbered. */
function twoHundredArticles(): string {
  const source = readFileSync(join(ROOT, 'test/fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8');
  const body = source.slice(source.indexOf('Chương I'));
  const blocks = body.split(/\n(?=Điều \d+\.)/).filter((b) => b.startsWith('Điều '));
  const lines = ['QUỐC HỘI', 'LUẬT', 'THỬ NGHIỆM HAI TRĂM ĐIỀU'];
  for (let n = 1; n <= 200; n++) {
    if ((n - 1) % 25 === 0)
      lines.push(
        `Chương ${roman(Math.floor((n - 1) / 25) + 1)}`,
        `NHÓM QUY ĐỊNH SỐ ${Math.floor((n - 1) / 25) + 1}`,
      );
    const block = blocks[(n - 1) % blocks.length]
      .replace(/\nChương [IVXLC]+\n[^\n]*/g, '')
      .replace(/^Điều \d+\./, `Điều ${n}.`);
    lines.push(block.trim());
  }
  return lines.join('\n');
}

function roman(n: number): string {
  return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function gql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function time(fn: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function main(): Promise<void> {
  // What is measured is what `npm start` would serve: both builds brought up to date first
  // (each skips its work when its sources have not changed).
  for (const script of ['scripts/build.js', 'apps/web/scripts/build.cjs']) {
    execFileSync(process.execPath, [join(ROOT, script)], { stdio: 'inherit' });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-bench-web-'));
  const app = await startChild(
    [join(ROOT, 'dist/apps/api/src/main.js')],
    {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MULTIPLIER: '100',
      DATABASE_URL: '',
    },
    /Web\s+http:\/\/localhost:(\d+)\//,
  );
  try {
    const demo = readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8');
    const editor = /(bientap\.btp@\S+)\s+(\S+)/.exec(demo)!;
    const citizen = /(nguyen\.van\.an@\S+)\s+(\S+)/.exec(demo)!;
    const login = async (email: string, password: string) =>
      (
        await gql<{ login: { accessToken: string } }>(
          app.url,
          `mutation($e:String!,$p:String!){login(input:{email:$e,password:$p}){accessToken}}`,
          { e: email, p: password },
        )
      ).login.accessToken;
    const editorToken = await login(editor[1], editor[2]);
    const { agencies } = await gql<{ agencies: { id: string; code: string }[] }>(
      app.url,
      '{ agencies { id code } }',
      {},
    );
    const created = await gql<{ createDraft: { id: string } }>(
      app.url,
      `mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }`,
      {
        i: {
          agencyId: agencies.find((a) => a.code === 'BTP')!.id,
          title: 'Dự thảo Luật thử nghiệm hai trăm điều',
          docType: 'LAW',
          source: { text: twoHundredArticles() },
        },
      },
      editorToken,
    );
    const draftId = created.createDraft.id;
    const now = Date.now();
    await gql(
      app.url,
      `mutation($d: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $d, opensAt: $o, closesAt: $c) { id } }`,
      {
        d: draftId,
        o: new Date(now - 60_000).toISOString(),
        c: new Date(now + 30 * 86_400_000).toISOString(),
      },
      editorToken,
    );
    const { draft } = await gql<{
      draft: { currentVersion: { provisions: { id: string; key: string; kind: string }[] } };
    }>(app.url, `query($id: ID!) { draft(id: $id) { currentVersion { provisions { id key kind } } } }`, {
      id: draftId,
    });
    const provisions = draft.currentVersion.provisions;
    const articles = provisions.filter((p) => p.kind === 'ARTICLE');
    // Some activity, so counts and stance bars are drawn.
    const citizenToken = await login(citizen[1], citizen[2]);
    const stances = ['SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL'];
    for (let i = 0; i < 60; i++) {
      const target = articles[(i * 7) % articles.length];
      await gql(
        app.url,
        `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
        {
          i: {
            draftId,
            provisionId: target.id,
            body: `Ý kiến số ${i} về quy định này.`,
            stance: stances[i % 5],
            proposedText: stances[i % 5] === 'AMEND' ? 'Nội dung đề xuất.' : undefined,
            idempotencyKey: crypto.randomUUID(),
          },
        },
        citizenToken,
      );
    }
    await new Promise((r) => setTimeout(r, 3000)); // counters fold within 2 s

    // 1. Render against query: the page's own two documents (the draft with its outline, then
    // the text of the chapter it shows), sent as its loader sends them.
    const pageUrl = `${app.url}/du-thao/${draftId}`;
    const firstChapter = provisions.find((p) => p.kind === 'CHAPTER')!.key;
    let jsonBytes = 0;
    const post = async (query: string, variables: object) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.arrayBuffer()).byteLength;
    };
    const runQuery = async () => {
      jsonBytes = await post(DraftPageDocument.toString(), { id: draftId });
      jsonBytes += await post(DraftTextDocument.toString(), { id: draftId, number: 1, under: firstChapter });
    };
    let htmlBytes = 0;
    const renderPage = async () => {
      const res = await fetch(pageUrl, { headers: { accept: 'text/html', 'accept-encoding': 'identity' } });
      htmlBytes = (await res.arrayBuffer()).byteLength;
    };
    for (let i = 0; i < 5; i++) {
      await runQuery();
      await renderPage();
    }
    const queryTimes: number[] = [];
    const renderTimes: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // Alternate, so both see the same machine.
      queryTimes.push(await time(runQuery));
      renderTimes.push(await time(renderPage));
    }
    const gzBytes = gzipSync(Buffer.from(await (await fetch(pageUrl)).arrayBuffer())).byteLength;
    // The same law on one page (?toan-van=1): what reading it whole costs.
    const wholeTimes: number[] = [];
    let wholeBytes = 0;
    for (let i = 0; i < Math.min(rounds, 10); i++) {
      wholeTimes.push(
        await time(async () => {
          const res = await fetch(`${pageUrl}?toan-van=1`, { headers: { 'accept-encoding': 'identity' } });
          wholeBytes = (await res.arrayBuffer()).byteLength;
        }),
      );
    }
    const q = median(queryTimes);
    const r = median(renderTimes);
    process.stdout.write(
      `\n## Draft page of a 200-article law (${provisions.length} provisions, ${rounds} rounds, medians)\n\n` +
        `| what | median ms | p90 ms | bytes |\n| --- | ---: | ---: | ---: |\n` +
        `| its GraphQL queries alone (DraftPage + DraftText of chapter I) | ${q.toFixed(1)} | ${pct(queryTimes, 0.9).toFixed(1)} | ${jsonBytes.toLocaleString('en')} JSON |\n` +
        `| the page, rendered (queries + render, chapter I) | ${r.toFixed(1)} | ${pct(renderTimes, 0.9).toFixed(1)} | ${htmlBytes.toLocaleString('en')} HTML, ${gzBytes.toLocaleString('en')} gzipped |\n` +
        `| ratio page / queries | ${(r / q).toFixed(2)} | | |\n` +
        `| the whole law on one page (?toan-van=1) | ${median(wholeTimes).toFixed(1)} | ${pct(wholeTimes, 0.9).toFixed(1)} | ${wholeBytes.toLocaleString('en')} HTML |\n`,
    );

    // 2. JavaScript per page, gzipped, as loaded by a phone.
    const { data: someThread } = { data: provisions.find((p) => p.kind === 'CLAUSE')! };
    const pages: [string, string][] = [
      ['home', '/'],
      ['drafts', '/du-thao'],
      ['draft (200 articles)', `/du-thao/${draftId}`],
      ['thread', `/du-thao/${draftId}/${articles[0].key}`],
      ['thread (clause)', `/du-thao/${draftId}/${someThread.key}`],
      ['search', '/tim-kiem?q=an+ninh'],
      ['sign in', '/dang-nhap'],
      ['register', '/dang-ky'],
    ];
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport: PHONE });
    process.stdout.write(
      `\n## JavaScript per page (gzipped, from the build)\n\n| page | scripts | raw KB | gzipped KB |\n| --- | ---: | ---: | ---: |\n`,
    );
    for (const [name, path] of pages) {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
      });
      await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
      let raw = 0;
      let gz = 0;
      for (const script of scripts) {
        const file = readFileSync(join(ROOT, 'apps/web/build/client', script));
        raw += file.byteLength;
        gz += gzipSync(file, { level: 9 }).byteLength;
      }
      process.stdout.write(
        `| ${name} | ${scripts.length} | ${(raw / 1024).toFixed(1)} | ${(gz / 1024).toFixed(1)} |\n`,
      );
      await page.close();
    }
    await browser.close();

    // 3. Lighthouse.
    if (withLighthouse) {
      process.stdout.write(
        `\n## Lighthouse 12.2.3 (mobile, simulated throttling)\n\n| page | performance | accessibility | LCP s | TBT ms | CLS |\n| --- | ---: | ---: | ---: | ---: | ---: |\n`,
      );
      const failures: string[] = [];
      for (const [name, path] of [pages[0], pages[2], pages[3]]) {
        const result = runLighthouse(`${app.url}${path}`, name, (line) => process.stdout.write(line));
        failures.push(...result.failures);
        process.stdout.write(`${lighthouseRow(name, result)}\n`);
      }
      if (failures.length)
        process.stdout.write(`\nAccessibility audits failed:\n${failures.map((f) => `- ${f}\n`).join('')}`);
    }
  } finally {
    app.child.kill('SIGTERM');
    await new Promise((r) => app.child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
