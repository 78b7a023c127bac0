import { CountingLogger } from '@thamvan/core';
import { PostgresSearchIndex } from '@thamvan/search';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, CLI_MAIN, removeDataDir, run } from '../utils/processes';
import { createUser } from '../utils/factories/identity';
import { startTestApp, TestApp } from '../utils/test-app';
import { postOk } from '../feedback/feedback-fixtures';
import { seedSearchWorld, SearchWorld } from './search-fixtures';
import { parseCsv } from '../utils/csv';

const COLUMNS =
  'id,draft_id,provision_key,provision_label,version_number,parent_id,stance,body,proposed_text,author_display_name,author_kind,organization_name,province,verified,created_at,agree_count,disagree_count,campaign_id,disposition,response';
const SEARCH = `query ($input: CommentSearchInput!) { searchComments(input: $input) {
  totalCount totalIsExact hits { highlights restricted comment { id body status author { displayName } } }
  facets { field values { value count } } pageInfo { hasNextPage endCursor } } }`;

interface SearchResult {
  searchComments: {
    totalCount: number;
    totalIsExact: boolean;
    hits: {
      highlights: string[];
      restricted: boolean | null;
      comment: { id: string; body: string; status: string };
    }[];
    facets: { field: string; values: { value: string; count: number }[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('searchComments over GraphQL, exports, permalinks, reindex', () => {
  let t: TestApp;
  let world: SearchWorld;
  let formula: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
    world = await seedSearchWorld(t);
    const author = await createUser(t, { email: 'secret-author@example.vn' });
    formula = (
      await postOk(t, author, world.law.draftId, { body: '=HYPERLINK("http://x.example","bấm vào")' })
    ).id;
    await t.app.get(PostgresSearchIndex).sync([...world.all, formula]);
  });
  afterAll(() => t?.close());

  const search = (input: Record<string, unknown>, token?: string) =>
    t.graphql<SearchResult>(SEARCH, { input }, { token });

  describe('searchComments', () => {
    it('returns hits with their comments, highlights, facets and pages', async () => {
      const res = await search({ q: 'dat dai', draftId: world.law.draftId, facets: ['STANCE'], first: 1 });
      expect(res.errors).toBeUndefined();
      const result = res.data!.searchComments;
      expect(result).toMatchObject({ totalCount: 2, totalIsExact: true, pageInfo: { hasNextPage: true } });
      expect([world.ids.land, world.ids.duty]).toContain(result.hits[0].comment.id);
      expect(result.hits[0].highlights.join()).toContain('<mark>đất</mark> <mark>đai</mark>');
      expect(result.hits[0].restricted).toBe(false);
      expect(result.facets[0].field).toBe('STANCE');
      const next = await search({
        q: 'dat dai',
        draftId: world.law.draftId,
        first: 1,
        after: result.pageInfo.endCursor,
      });
      expect(next.data!.searchComments.hits[0].comment.id).not.toBe(result.hits[0].comment.id);
      expect(next.data!.searchComments.pageInfo.hasNextPage).toBe(false);
    });

    it('resolves a page of hits with their comments and authors in a fixed number of queries', async () => {
      const logger = t.dataSource.logger as CountingLogger;
      const count = async (first: number) => {
        const before = logger.queryCount;
        const res = await search({
          draftId: world.law.draftId,
          // Every comment of the draft: its title is "Luật An ninh mạng (dự thảo)".
          q: 'an ninh mang',
          in: ['DRAFT'],
          first,
          facets: ['STANCE'],
        });
        expect(res.data!.searchComments.hits).toHaveLength(first);
        return logger.queryCount - before;
      };
      // Text lookups, count, facets, page, then one batch for the comments and one for authors.
      expect(await count(1)).toBe(await count(8));
    });

    it('caps first at 100 and refuses bad input with BAD_USER_INPUT', async () => {
      const big = await search({ first: 500 });
      expect(big.errors).toBeUndefined();
      expect(big.data!.searchComments.hits.length).toBeLessThanOrEqual(100);
      for (const input of [
        { after: 'nope' },
        { draftId: 'x' },
        { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
        { first: -1 },
      ]) {
        expect((await search(input)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('shows the agency’s officers and moderators PENDING and HIDDEN hits, flagged; highlights of hidden text only to moderators', async () => {
      const officer = await search({ q: 'pendingword xyzhidden' }, world.officer.accessToken);
      expect(officer.data!.searchComments.totalCount).toBe(0);
      const pending = await search({ q: 'pendingword' }, world.officer.accessToken);
      expect(pending.data!.searchComments.hits[0]).toMatchObject({
        restricted: true,
        comment: { status: 'PENDING' },
      });
      const hiddenForOfficer = await search({ q: 'xyzhidden' }, world.officer.accessToken);
      expect(hiddenForOfficer.data!.searchComments.hits[0]).toMatchObject({
        restricted: true,
        highlights: [],
        comment: { body: '' },
      });
      const hiddenForModerator = await search({ q: 'xyzhidden' }, world.moderator.accessToken);
      expect(hiddenForModerator.data!.searchComments.hits[0].highlights.join()).toContain(
        '<mark>xyzhidden</mark>',
      );
      expect(
        (await search({ q: 'xyzhidden' }, world.otherOfficer.accessToken)).data!.searchComments.totalCount,
      ).toBe(0);
      expect((await search({ q: 'xyzhidden' })).data!.searchComments.totalCount).toBe(0);
    });

    it('expands a campaign to its members with campaignId; each hit names its campaign, one batch for the page', async () => {
      const CAMPAIGN = `query ($input: CommentSearchInput!) { searchComments(input: $input) {
        totalCount hits { comment { id campaign { id size } } } } }`;
      type Hits = {
        searchComments: { totalCount: number; hits: { comment: { id: string; campaign: unknown } }[] };
      };
      const members = await t.graphql<Hits>(CAMPAIGN, {
        input: { draftId: world.law.draftId, campaignId: world.campaignId },
      });
      expect(members.errors).toBeUndefined();
      expect(
        members.data!.searchComments.hits.map((h) => h.comment).sort((a, b) => (a.id < b.id ? -1 : 1)),
      ).toEqual(
        [world.ids.campaignHead, world.ids.campaignCopy].sort().map((id) => ({
          id,
          campaign: { id: world.campaignId, size: 2 },
        })),
      );
      // A comment in no campaign says so; the whole page's campaigns come in one query.
      const logger = t.dataSource.logger as CountingLogger;
      const count = async (first: number) => {
        const before = logger.queryCount;
        const res = await t.graphql<Hits>(CAMPAIGN, {
          input: { draftId: world.law.draftId, first, sort: 'OLDEST' },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data!.searchComments.hits).toHaveLength(first);
        return { queries: logger.queryCount - before, hits: res.data!.searchComments.hits };
      };
      const all = await count(7);
      expect(all.hits.find((h) => h.comment.id === world.ids.land)!.comment.campaign).toBeNull();
      expect((await count(1)).queries).toBe(all.queries);
      const bad = await t.graphql(CAMPAIGN, { input: { campaignId: 'nope' } });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('lets officers list what is held (status: [PENDING]) and the public nothing restricted', async () => {
      const held = await search(
        { draftId: world.law.draftId, status: ['PENDING'] },
        world.officer.accessToken,
      );
      expect(held.data!.searchComments.hits.map((h) => h.comment.id)).toEqual([world.ids.pending]);
      expect(
        (await search({ draftId: world.law.draftId, status: ['PENDING'] })).data!.searchComments.totalCount,
      ).toBe(0);
      expect(
        (
          await search(
            { draftId: world.law.draftId, status: ['PENDING', 'HIDDEN'] },
            world.otherOfficer.accessToken,
          )
        ).data!.searchComments.totalCount,
      ).toBe(0);
    });
  });

  describe('exports', () => {
    it('streams public comments as CSV with a BOM, the contract columns and defused formulas', async () => {
      const res = await fetch(`${t.url}/api/exports/comments.csv?draftId=${world.law.draftId}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const rows = parseCsv(text);
      expect(rows[0].join(',')).toBe(COLUMNS);
      const ids = rows.slice(1).map((r) => r[0]);
      expect(ids).toHaveLength(8);
      expect(ids).not.toContain(world.ids.hidden);
      expect(ids).not.toContain(world.ids.pending);
      expect(ids).not.toContain(world.ids.elsewhere);
      const body = (id: string) => rows.find((r) => r[0] === id)![7];
      expect(body(formula)).toBe(`'=HYPERLINK("http://x.example","bấm vào")`);
      expect(body(world.ids.land)).toBe('Đề nghị bổ sung quy định về đất đai cho đồng bào dân tộc thiểu số.');
      const land = rows.find((r) => r[0] === world.ids.land)!;
      expect(land[18]).toBe('ACCEPTED');
      expect(land[19]).toBe('Cơ quan soạn thảo xin tiếp thu.');
      expect(text).not.toMatch(/@example\.vn/);
    });

    it('applies the search filters and the query text', async () => {
      const ids = async (query: string) => {
        const res = await fetch(`${t.url}/api/exports/comments.ndjson?${query}`);
        expect(res.status).toBe(200);
        const lines = (await res.text()).trim().split('\n').filter(Boolean);
        return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      };
      const amend = await ids(`draftId=${world.law.draftId}&stance=AMEND`);
      expect(amend.map((r) => r.id)).toEqual([world.ids.duty]);
      expect(Object.keys(amend[0]).join(',')).toBe(COLUMNS);
      expect(amend[0]).toMatchObject({
        author_kind: 'ORGANIZATION',
        organization_name: 'Hiệp hội Doanh nghiệp',
        verified: false,
      });
      expect((await ids(`q=${encodeURIComponent('dat dai')}`)).map((r) => r.id).sort()).toEqual(
        [world.ids.land, world.ids.duty, world.ids.elsewhere].sort(),
      );
      expect(
        await ids(`draftId=${world.law.draftId}&provisionKey=chuong-i/dieu-2&answered=true`),
      ).toHaveLength(1);
      expect(await ids(`draftId=${world.law.draftId}&uniqueOnly=true`)).toHaveLength(7);
      expect((await ids(`campaignId=${world.campaignId}`)).map((r) => r.id).sort()).toEqual(
        [world.ids.campaignHead, world.ids.campaignCopy].sort(),
      );
    });

    it('refuses bad filters before streaming', async () => {
      const res = await fetch(`${t.url}/api/exports/comments.csv?stance=MAYBE`);
      expect(res.status).toBe(400);
      expect(
        ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('permalinks', () => {
    it('redirects /c/:id to the public comment, and 404s for what is not public', async () => {
      const res = await fetch(`${t.url}/c/${world.ids.land}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`/api/comments/${world.ids.land}`);
      const followed = await fetch(`${t.url}/c/${world.ids.land}`);
      expect(followed.status).toBe(200);
      expect(await followed.json()).toMatchObject({
        id: world.ids.land,
        disposition: 'ACCEPTED',
        stance: 'SUPPORT',
      });
      expect((await fetch(`${t.url}/c/${world.ids.hidden}`)).status).toBe(404);
      expect((await fetch(`${t.url}/c/not-an-id`)).status).toBe(404);
    });
  });

  describe('reindex', () => {
    it('rebuilds the index from the database, printing one JSON object on stdout', async () => {
      // A document gone stale (as if indexing had been lost): the rebuild restores it.
      await t.dataSource.query(`DELETE FROM comment_search WHERE comment_id = $1`, [world.ids.land]);
      const dataDir = mkdtempSync(join(tmpdir(), 'thamvan-reindex-'));
      try {
        const child = run(CLI_MAIN, ['reindex'], childEnv({ DATABASE_URL: t.db.url, DATA_DIR: dataDir }));
        const { code } = await child.exited;
        expect({ code, stderr: code === 0 ? '' : child.stderr() }).toEqual({ code: 0, stderr: '' });
        const lines = child.stdout().trim().split('\n');
        expect(lines).toHaveLength(1);
        const result = JSON.parse(lines[0]);
        expect(result).toMatchObject({
          adapter: 'postgres',
          postgres: { adapter: 'postgres', documents: world.all.length + 1 },
        });
      } finally {
        removeDataDir(dataDir);
      }
      const found = await search({ q: 'dong bao' });
      expect(found.data!.searchComments.hits.map((h) => h.comment.id)).toEqual([world.ids.land]);
      // Same indexes and constraint names as the migration made (later migrations diff against them).
      const indexes = await t.dataSource.query(
        `SELECT indexname FROM pg_indexes WHERE tablename = 'comment_search' ORDER BY indexname`,
      );
      expect(indexes.map((r: { indexname: string }) => r.indexname)).toEqual(
        expect.arrayContaining([
          'comment_search_tsv_idx',
          'comment_search_provision_key_idx',
          'comment_search_published_created_idx',
        ]),
      );
      expect(indexes.some((r: { indexname: string }) => r.indexname.endsWith('_next'))).toBe(false);
    });
  });
});
