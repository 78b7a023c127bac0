/**
 * `npm run bench:triage`: the agency console at the scale of a national consultation.
 *
 * One embedded PostgreSQL, migrated; 2,000 accounts and an editor seeded in SQL; the API (with
 * the web client, as `npm start` serves it) started on it; the Cybersecurity Law imported and
 * opened through GraphQL; then N comments (default 100,000) inserted in SQL over its articles
 * and the search projection rebuilt (the code of `cli reindex`). Measured, in one run:
 *
 * 1. The triage page (`/quan-ly/du-thao/:id`, first page, filters applied: one article,
 *    "chưa trả lời", stance Đề xuất sửa), rendered on the server as the editor, against its
 *    five GraphQL documents alone sent all at once (the loader sends the same five in three
 *    round trips: the viewer's roles, then the draft, then the rest together);
 *    medians of 20 alternating rounds after 3 warm-ups.
 * 2. "Answer 500 selected comments": the page's form post (500 ids, one disposition and
 *    explanation) until its redirect, against `respondToComment` with the same 499 `alsoFor`
 *    sent to GraphQL directly (on another 500 comments); 3 rounds each.
 *
 *   node scripts/bench.js triage [--comments 100000] [--rounds 20]
 */
import { dataSourceOptions, migrateDatabase, startEmbeddedPostgres } from '@thamvan/core';
import { SearchProjection } from '@thamvan/search';
import { Logger } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  ConsoleViewerDocument,
  ProvincesDocument,
  TriageCommentsDocument,
  TriageCountsDocument,
  TriageDraftDocument,
} from '../apps/web/app/gql/graphql';
import { arg, graphql, login, openDraft, seedAccounts, startChild } from './bench-api';

const ROOT = join(__dirname, '..');
const COMMENTS = arg('comments', 100_000);
const ROUNDS = arg('rounds', 20);
const say = (line: string) => process.stderr.write(`[bench:triage] ${line}\n`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  for (const script of ['scripts/build.js', 'apps/web/scripts/build.cjs']) {
    execFileSync(process.execPath, [join(ROOT, script)], { stdio: 'inherit' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'thamvan-bench-triage-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-bench-triage-data-'));
  // As bench:search does: the cluster in a directory of its own (made its owner's as root).
  const pg = await startEmbeddedPostgres({ dataDir: dir, log: say });
  const client = new Client({ connectionString: pg.url });
  let app: Awaited<ReturnType<typeof startChild>> | undefined;
  try {
    await migrateDatabase(pg.url);
    await client.connect();
    const { editor, agencyId } = await seedAccounts(client, 2000, 'triage');
    app = await startChild(
      [join(ROOT, 'dist/apps/api/src/main.js')],
      {
        ...process.env,
        DATABASE_URL: pg.url,
        DATA_DIR: dataDir,
        PORT: '0',
        SEED_DEMO: '0',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        JWT_SECRET: 'bench-triage-secret-0123456789abcdef',
        PUBLIC_URL: 'http://localhost',
        RATE_LIMIT_MULTIPLIER: '1000',
      },
      /Web\s+http:\/\/localhost:(\d+)\//,
    );
    const url = app.url;
    const token = await login(url, editor);
    const text = readFileSync(join(ROOT, 'test/fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8');
    const { draftId } = await openDraft(url, token, agencyId, {
      title: 'Dự thảo Luật An ninh mạng',
      docType: 'LAW',
      text,
    });

    say(`seeding ${COMMENTS} comments`);
    const started = performance.now();
    await client.query(
      `INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, proposed_text,
                            status, idempotency_key, input_hash, created_at)
       SELECT v.draft_id, v.id, p.id, p.lineage_id, u.id,
              'Góp ý số ' || g || ' về ' || p.label || ': đề nghị cơ quan soạn thảo làm rõ phạm vi áp dụng và trách nhiệm thi hành.',
              (ARRAY['SUPPORT','OPPOSE','AMEND','QUESTION','NEUTRAL'])[1 + g % 5],
              CASE WHEN g % 5 = 2 THEN 'Đề nghị sửa thành: ' || left(p.text, 120) END,
              'PUBLISHED', gen_random_uuid(), 'bench', now() - interval '20 days' + g * interval '1 second'
         FROM generate_series(1, $2::int) g
         JOIN draft_version v ON v.draft_id = $1
         JOIN LATERAL (SELECT id, lineage_id, label, text FROM provision
                        WHERE version_id = v.id AND kind = 'ARTICLE' ORDER BY ordinal OFFSET (g % 43) LIMIT 1) p ON true
         JOIN LATERAL (SELECT id FROM app_user WHERE email LIKE 'triage-%' ORDER BY id OFFSET (g % 2000) LIMIT 1) u ON true`,
      [draftId, COMMENTS],
    );
    await client.query('ANALYZE');
    const db = await new DataSource({ ...dataSourceOptions(pg.url), extra: { max: 4 } }).initialize();
    const projection = await new SearchProjection(db).rebuild();
    await db.destroy();
    say(
      `seeded and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s (${projection.documents} documents)`,
    );

    // The filters: the busiest article, unanswered, stance AMEND.
    const [{ key }] = (
      await client.query<{ key: string }>(
        `SELECT p.key FROM comment c JOIN provision p ON p.id = c.provision_id WHERE c.draft_id = $1
          GROUP BY p.key ORDER BY count(*) DESC LIMIT 1`,
        [draftId],
      )
    ).rows;
    const pagePath = `/quan-ly/du-thao/${draftId}?dieu=${encodeURIComponent(key)}&tra-loi=chua&quan-diem=AMEND`;
    const cookie = `thamvan_at=${token}`;
    let htmlBytes = 0;
    const renderPage = async () => {
      const res = await fetch(`${url}${pagePath}`, { headers: { cookie, 'accept-encoding': 'identity' } });
      if (res.status !== 200) throw new Error(`triage page answered ${res.status}`);
      htmlBytes = (await res.arrayBuffer()).byteLength;
    };
    const filters = {
      draftId,
      provisionKey: key,
      answered: false,
      stance: ['AMEND'],
      sort: 'OLDEST',
    };
    const runQueries = () =>
      Promise.all([
        graphql(url, ConsoleViewerDocument.toString(), {}, token),
        graphql(url, TriageDraftDocument.toString(), { id: draftId }, token),
        graphql(url, TriageCommentsDocument.toString(), { input: { ...filters, first: 50 } }, token),
        graphql(url, TriageCountsDocument.toString(), { draftId }, token),
        graphql(url, ProvincesDocument.toString(), {}, token),
      ]);
    for (let i = 0; i < 3; i++) {
      await renderPage();
      await runQueries();
    }
    const pageTimes: number[] = [];
    const queryTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      queryTimes.push(await time(runQueries));
      pageTimes.push(await time(renderPage));
    }

    // Answering 500: the page's form post against the mutation alone, on separate comments.
    const unanswered = (
      await client.query<{ id: string }>(
        `SELECT id FROM comment WHERE draft_id = $1 ORDER BY created_at LIMIT 6000`,
        [draftId],
      )
    ).rows.map((r) => r.id);
    const batches = Array.from({ length: 6 }, (_, i) => unanswered.slice(i * 500, i * 500 + 500));
    const csrfPage = await fetch(`${url}${pagePath}`, { headers: { cookie } });
    const csrfCookie = /thamvan_csrf=([^;]+)/.exec(csrfPage.headers.get('set-cookie') ?? '')?.[1];
    const csrfToken = /name="_csrf" value="([^"]+)"/.exec(await csrfPage.text())?.[1];
    if (!csrfToken) throw new Error('no CSRF token on the triage page');
    const viaPage = async (ids: string[]) => {
      const body = new URLSearchParams({
        _csrf: csrfToken,
        intent: 'answer',
        disposition: 'EXPLAINED',
        explanation: 'Ban soạn thảo giải trình: nội dung đã được quy định tại văn bản hướng dẫn.',
      });
      for (const id of ids) body.append('ids', id);
      const res = await fetch(`${url}/quan-ly/du-thao/${draftId}`, {
        method: 'POST',
        headers: {
          cookie: csrfCookie ? `${cookie}; thamvan_csrf=${csrfCookie}` : cookie,
          'content-type': 'application/x-www-form-urlencoded',
          origin: url,
        },
        body,
        redirect: 'manual',
      });
      if (res.status !== 303)
        throw new Error(`answer form answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    };
    const viaApi = (ids: string[]) =>
      graphql(
        url,
        `
          mutation ($c: ID!, $i: ResponseInput!) {
            respondToComment(commentId: $c, input: $i) {
              id
            }
          }
        `,
        {
          c: ids[0],
          i: {
            disposition: 'EXPLAINED',
            explanation: 'Ban soạn thảo giải trình: nội dung đã được quy định tại văn bản hướng dẫn.',
            alsoFor: ids.slice(1),
          },
        },
        token,
      );
    const pageAnswer: number[] = [];
    const apiAnswer: number[] = [];
    for (let i = 0; i < 3; i++) {
      apiAnswer.push(await time(() => viaApi(batches[i * 2])));
      pageAnswer.push(await time(() => viaPage(batches[i * 2 + 1])));
    }

    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(
      `\n## Triage page, ${COMMENTS.toLocaleString('en')} comments on one draft (${ROUNDS} rounds, medians)\n`,
    );
    out('| what | median ms | bytes |');
    out('| --- | ---: | ---: |');
    out(
      `| its 5 GraphQL documents alone, all at once (the loader needs 3 round trips: viewer, draft, the rest) | ${median(queryTimes).toFixed(1)} | |`,
    );
    out(
      `| the page, rendered (filters: one article, unanswered, AMEND; 50 comments) | ${median(pageTimes).toFixed(1)} | ${htmlBytes.toLocaleString('en')} HTML |`,
    );
    out(`| **ratio page / queries** | **${(median(pageTimes) / median(queryTimes)).toFixed(2)}** | |`);
    out(`\n## Answering 500 selected comments with one response (3 rounds, medians)\n`);
    out('| what | median ms |');
    out('| --- | ---: |');
    out(`| respondToComment with 499 alsoFor, GraphQL alone | ${median(apiAnswer).toFixed(0)} |`);
    out(`| the triage form's post until its redirect | ${median(pageAnswer).toFixed(0)} |`);
    out(`| **ratio form / mutation** | **${(median(pageAnswer) / median(apiAnswer)).toFixed(2)}** |`);
  } finally {
    if (app) {
      app.child.kill('SIGTERM');
      await new Promise((r) => app!.child.once('exit', r));
    }
    await client.end().catch(() => undefined);
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
