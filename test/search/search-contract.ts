import {
  audienceOf,
  PUBLIC_AUDIENCE,
  SearchAudience,
  SearchIndex,
  SearchPage,
  toSearchQuery,
} from '@thamvan/search';
import type { CommentSearchInput } from '@thamvan/search/graphql/dto/comment-search.input';
import { TestApp } from '../utils/test-app';
import { SearchWorld } from './search-fixtures';

export interface ContractContext {
  index: SearchIndex;
  world: SearchWorld;
  t: TestApp;
  /** Brings these comments' documents up to date and waits until searches see them. */
  sync: (commentIds: string[]) => Promise<void>;
}

/**
 * The one contract every SearchIndex adapter passes (PostgreSQL always; Meilisearch when
 * MEILI_URL is set). `ctx()` gives the index, already synced with the world's comments.
 */
export function searchContract(ctx: () => ContractContext): void {
  const search = (input: Partial<CommentSearchInput>, audience: SearchAudience = PUBLIC_AUDIENCE) =>
    ctx().index.search(
      toSearchQuery({ sort: 'RELEVANCE', first: 50, ...input } as CommentSearchInput, audience),
    );
  const ids = (page: SearchPage) => page.hits.map((h) => h.commentId).sort();
  const inLaw = (input: Partial<CommentSearchInput>, audience?: SearchAudience) =>
    search({ draftId: ctx().world.law.draftId, ...input }, audience);
  const w = () => ctx().world.ids;
  const sorted = (...values: string[]) => [...values].sort();

  describe('text', () => {
    it('finds Vietnamese words with or without diacritics, in NFD, in upper case, đ typed as d', async () => {
      const expected = sorted(w().land, w().duty);
      for (const q of ['đất đai', 'dat dai', 'đất đai'.normalize('NFD'), 'ĐẤT ĐAI', 'DAT DAI']) {
        expect({ q, ids: ids(await inLaw({ q })) }).toEqual({ q, ids: expected });
      }
      expect(ids(await inLaw({ q: 'dong bao' }))).toEqual([w().land]);
    });

    it('matches a quoted phrase in order only', async () => {
      expect(ids(await inLaw({ q: '"co quan nha nuoc"' }))).toEqual([w().duty]);
      expect(ids(await inLaw({ q: '"nuoc nha co quan"' }))).toEqual([]);
    });

    it('requires each of ten words (Meilisearch v1.12 reads ten terms, PostgreSQL 32)', async () => {
      // The first ten words of `land`, then nine of them and a word no comment has.
      expect(ids(await inLaw({ q: 'de nghi bo sung quy dinh ve dat dai cho' }))).toEqual([w().land]);
      expect(ids(await inLaw({ q: 'de nghi bo sung quy dinh ve dat dai xyzvocxyz' }))).toEqual([]);
      expect(ids(await inLaw({ q: '"dong bao" de nghi bo sung quy dinh ve dat dai' }))).toEqual([w().land]);
      expect(ids(await inLaw({ q: '"dong bao" de nghi bo sung quy dinh ve dat xyzvocxyz' }))).toEqual([]);
    });

    it('never reads the last word as a prefix (Meilisearch did by default)', async () => {
      // "thiểu" and "bào" are in `land`; "thie" and "ba" are in no comment.
      expect(ids(await inLaw({ q: 'thie' }))).toEqual([]);
      expect(ids(await inLaw({ q: 'dong ba' }))).toEqual([]);
      expect(ids(await inLaw({ q: 'dong bao' }))).toEqual([w().land]);
    });

    it('tolerates a typo in an unknown word of 5 letters or more, not in a short word alone', async () => {
      expect(ids(await inLaw({ q: 'nghiepp' }))).toEqual(sorted(w().campaignHead, w().campaignCopy));
      expect(ids(await inLaw({ q: 'trachh nhiem' }))).toEqual([w().duty]);
      expect(ids(await inLaw({ q: 'dst' }))).toEqual([]);
    });

    it('reads words typed in Telex and a slip in a short word, and says so', async () => {
      const expected = sorted(w().land, w().duty);
      const telex = await inLaw({ q: 'ddaats ddai' });
      expect(ids(telex)).toEqual(expected);
      expect(telex.corrections.map((c) => [c.typed, c.readAs[0], c.kind])).toEqual([
        ['ddaats', 'dat', 'INPUT_METHOD'],
        ['ddai', 'dai', 'INPUT_METHOD'],
      ]);
      const slip = await inLaw({ q: 'dta dai' });
      expect(ids(slip)).toEqual(expected);
      expect(slip.corrections.map((c) => [c.typed, c.kind])).toEqual([['dta', 'TYPO']]);
      expect(slip.corrections[0].readAs).toContain('dat');
    });

    it('finds what every reading of a misspelled word finds, counted and paged once', async () => {
      // "dao" is in no comment; one edit away are "dai", "bao", "dam", "dan"…, each in its own
      // comments beside "dat". PostgreSQL ORs the readings; Meilisearch searches each as a
      // query of one federated search (meiliReadings); it used to take the first only.
      const page = await inLaw({ q: 'dat dao', facets: ['STANCE'] as never });
      expect(page.corrections).toHaveLength(1);
      const [correction] = page.corrections;
      expect(correction).toMatchObject({ typed: 'dao', kind: 'TYPO' });
      expect(correction.readAs.length).toBeGreaterThan(1);
      const each = await Promise.all(correction.readAs.map((r) => inLaw({ q: `dat ${r}` })));
      const union = sorted(...new Set(each.flatMap(ids)));
      expect(union.length).toBeGreaterThan(ids(each[0]).length);
      expect(ids(page)).toEqual(union);
      expect(page.totalCount).toBe(union.length);
      const stances = page.facets[0].values.reduce((sum, v) => sum + v.count, 0);
      const stanced = (
        await inLaw({ q: 'dat dao', stance: ['SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL'] as never })
      ).totalCount;
      expect(stances).toBe(stanced);
      for (const sort of ['RELEVANCE', 'NEWEST', 'OLDEST', 'MOST_AGREED']) {
        const seen: string[] = [];
        let after: string | null | undefined;
        do {
          const next = await inLaw({
            q: 'dat dao',
            sort: sort as never,
            first: 1,
            after: after ?? undefined,
          });
          seen.push(...next.hits.map((h) => h.commentId));
          after = next.hasNextPage ? next.endCursor : null;
        } while (after);
        expect({ sort, seen: sorted(...seen) }).toEqual({ sort, seen: union });
      }
    });

    it('looks for the words in what comments say unless told where else', async () => {
      // The draft's title, the provisions and the authors match only when asked for.
      expect(ids(await inLaw({ q: 'an ninh mang' }))).toEqual([]);
      expect(ids(await inLaw({ q: 'doi tuong ap dung' }))).toEqual([]);
      expect(ids(await search({ q: 'nguyen van an' }))).toEqual([]);
      expect(ids(await inLaw({ q: 'doi tuong ap dung', in: ['PROVISION'] as never }))).toEqual([w().duty]);
      expect(ids(await inLaw({ q: 'Hiệp hội Doanh nghiệp', in: ['AUTHOR'] as never }))).toEqual([w().duty]);
      expect(ids(await search({ q: 'nguyen van an', in: ['AUTHOR'] as never }))).toEqual(
        sorted(w().land, w().rights, w().campaignCopy),
      );
      const byTitle = await inLaw({ q: 'an ninh mang', in: ['DRAFT'] as never });
      expect(byTitle.totalCount).toBe(ids(await inLaw({})).length);
      expect(byTitle.hits.every((h) => h.matchedIn.join() === 'DRAFT')).toBe(true);
      // Several fields: each hit says where it matched.
      const either = await search({ q: 'an ninh', in: ['COMMENT', 'DRAFT'] as never });
      const matched = Object.fromEntries(either.hits.map((h) => [h.commentId, h.matchedIn]));
      expect(matched[w().elsewhere]).toEqual(['COMMENT', 'DRAFT']);
      expect(matched[w().land]).toEqual(['DRAFT']);
      expect((await search({ q: 'dat dai' })).hits.every((h) => h.matchedIn.join() === 'COMMENT')).toBe(true);
    });

    it('marks the matched words in the original text, escaped', async () => {
      const page = await inLaw({ q: 'dat dai dong bao' });
      expect(page.hits).toHaveLength(1);
      expect(page.hits[0].highlights.join(' ')).toContain('<mark>đất</mark> <mark>đai</mark>');
      expect(page.hits[0].highlights.join(' ')).toContain('<mark>đồng</mark> <mark>bào</mark>');
      const markup = await inLaw({ q: 'ruong dat' });
      expect(markup.hits[0].highlights.join(' ')).toContain('&lt;script&gt;');
      expect(markup.hits[0].highlights.join(' ')).not.toContain('<script>');
      expect((await inLaw({ stance: ['SUPPORT'] as never })).hits[0].highlights).toEqual([]);
    });
  });

  describe('who finds what', () => {
    it('never shows HIDDEN or PENDING comments to the public', async () => {
      expect((await search({ q: 'xyzhidden' })).totalCount).toBe(0);
      expect((await search({ q: 'pendingword' })).totalCount).toBe(0);
      const all = ids(await inLaw({}));
      expect(all).not.toContain(w().hidden);
      expect(all).not.toContain(w().pending);
    });

    it('shows them to moderators and to the agency’s officers, flagged, not to other agencies', async () => {
      const moderator = { moderator: true, agencyIds: [] };
      const hit = (await search({ q: 'xyzhidden' }, moderator)).hits[0];
      expect(hit).toMatchObject({ commentId: w().hidden, status: 'HIDDEN' });
      const officer = { moderator: false, agencyIds: [ctx().world.law.agencyId] };
      expect((await search({ q: 'pendingword' }, officer)).hits[0]).toMatchObject({ status: 'PENDING' });
      const stranger = { moderator: false, agencyIds: [ctx().world.other.agencyId] };
      expect((await search({ q: 'xyzhidden' }, stranger)).totalCount).toBe(0);
      expect(audienceOf(null)).toEqual(PUBLIC_AUDIENCE);
    });
  });

  describe('filters', () => {
    const published = () => [
      w().land,
      w().duty,
      w().rights,
      w().whole,
      w().campaignHead,
      w().campaignCopy,
      w().markup,
    ];

    it('by draft and agency', async () => {
      expect(ids(await inLaw({}))).toEqual(sorted(...published()));
      expect(ids(await search({ agencyId: ctx().world.other.agencyId }))).toEqual(
        sorted(w().elsewhere, w().apart),
      );
      expect(ids(await search({ q: 'dat dai' }))).toEqual(sorted(w().land, w().duty, w().elsewhere));
    });

    it('by provision key: the provision and everything under it, never dieu-28 for dieu-2', async () => {
      expect(ids(await inLaw({ provisionKey: 'chuong-i/dieu-2' }))).toEqual(sorted(w().land, w().duty));
      expect(ids(await inLaw({ provisionKey: 'chuong-i/dieu-2/khoan-1' }))).toEqual([w().land]);
      expect(ids(await inLaw({ provisionKey: 'chuong-i/dieu-28' }))).toEqual(
        sorted(w().rights, w().campaignHead, w().campaignCopy),
      );
      expect(ids(await inLaw({ provisionKey: 'chuong-i' }))).toHaveLength(5);
    });

    it('by stance, author kind, province, verification and proposed text', async () => {
      expect(ids(await inLaw({ stance: ['AMEND', 'QUESTION'] as never }))).toEqual(
        sorted(w().duty, w().rights),
      );
      expect(ids(await inLaw({ authorKind: ['ORGANIZATION'] as never }))).toEqual([w().duty]);
      expect(ids(await inLaw({ province: ['Huế'] }))).toEqual([w().duty]);
      expect(ids(await inLaw({ verified: true }))).toEqual(sorted(w().land, w().rights, w().campaignCopy));
      expect(ids(await inLaw({ hasProposedText: true }))).toEqual([w().duty]);
      expect(ids(await inLaw({ hasProposedText: false }))).toHaveLength(6);
    });

    it('by answer and disposition', async () => {
      expect(ids(await inLaw({ answered: true }))).toEqual(sorted(w().land, w().rights));
      expect(ids(await inLaw({ answered: false }))).toHaveLength(5);
      expect(ids(await inLaw({ disposition: ['ACCEPTED'] as never }))).toEqual([w().land]);
    });

    it('by date range, and one per campaign', async () => {
      expect(ids(await inLaw({ uniqueOnly: true }))).not.toContain(w().campaignCopy);
      expect(ids(await inLaw({ uniqueOnly: true }))).toContain(w().campaignHead);
      expect(ids(await inLaw({ to: new Date(Date.now() - 3_600_000) }))).toEqual([]);
      expect(ids(await inLaw({ from: new Date(Date.now() - 3_600_000) }))).toHaveLength(7);
    });

    it('by values with backslashes and quotes, as written', async () => {
      // Meilisearch's filter parser reads `\\` and `\"` as escapes (crates/filter-parser/src/value.rs).
      const province = 'Hu\\ế "C:\\new\\" \\';
      const [{ author }]: { author: string }[] = await ctx().t.dataSource.query(
        `SELECT author_id AS author FROM comment WHERE id = $1`,
        [w().duty],
      );
      await ctx().t.dataSource.query(`UPDATE app_user SET province = $2 WHERE id = $1`, [author, province]);
      try {
        await ctx().sync([w().duty]);
        expect(ids(await inLaw({ province: [province] }))).toEqual([w().duty]);
        expect(ids(await inLaw({ province: ['Hu\\ế'] }))).toEqual([]);
        expect(ids(await inLaw({ provisionKey: 'chuong-i\\' }))).toEqual([]);
      } finally {
        await ctx().t.dataSource.query(`UPDATE app_user SET province = 'Huế' WHERE id = $1`, [author]);
        await ctx().sync([w().duty]);
      }
      expect(ids(await inLaw({ province: ['Huế'] }))).toEqual([w().duty]);
    });

    it('by campaign: the members of one campaign, a triage row expanded', async () => {
      expect(ids(await inLaw({ campaignId: ctx().world.campaignId }))).toEqual(
        sorted(w().campaignHead, w().campaignCopy),
      );
      expect(ids(await search({ campaignId: '00000000-0000-4000-8000-000000000000' }))).toEqual([]);
    });

    it('by status: narrows what the caller may find, never widens it', async () => {
      const officer = { moderator: false, agencyIds: [ctx().world.law.agencyId] };
      const moderator = { moderator: true, agencyIds: [] };
      expect(ids(await inLaw({ status: ['PENDING'] as never }, officer))).toEqual([w().pending]);
      expect(ids(await inLaw({ status: ['PENDING', 'HIDDEN'] as never }, moderator))).toEqual(
        sorted(w().pending, w().hidden),
      );
      expect(ids(await inLaw({ status: ['PUBLISHED'] as never }, officer))).toEqual(sorted(...published()));
      expect(ids(await inLaw({ status: ['PENDING', 'HIDDEN'] as never }))).toEqual([]);
      const stranger = { moderator: false, agencyIds: [ctx().world.other.agencyId] };
      expect(ids(await inLaw({ status: ['PENDING'] as never }, stranger))).toEqual([]);
    });
  });

  describe('facets', () => {
    it('counts every match by each requested field', async () => {
      const page = await inLaw({
        facets: [
          'STANCE',
          'AUTHOR_KIND',
          'PROVINCE',
          'PROVISION',
          'DRAFT',
          'AGENCY',
          'DISPOSITION',
          'VERIFIED',
        ] as never,
      });
      const facet = (field: string) =>
        Object.fromEntries(page.facets.find((f) => f.field === field)!.values.map((v) => [v.value, v.count]));
      expect(facet('STANCE')).toEqual({ SUPPORT: 1, AMEND: 1, QUESTION: 1, NEUTRAL: 1 });
      expect(facet('AUTHOR_KIND')).toEqual({ INDIVIDUAL: 6, ORGANIZATION: 1 });
      expect(facet('PROVINCE')).toEqual({ 'Hà Nội': 3, Huế: 1 });
      expect(facet('PROVISION')).toEqual({
        'chuong-i/dieu-2/khoan-1': 1,
        'chuong-i/dieu-2': 1,
        'chuong-i/dieu-28': 3,
      });
      expect(facet('DRAFT')).toEqual({ [ctx().world.law.draftId]: 7 });
      expect(facet('AGENCY')).toEqual({ [ctx().world.law.agencyId]: 7 });
      expect(facet('DISPOSITION')).toEqual({ ACCEPTED: 1, NOT_ACCEPTED: 1 });
      expect(facet('VERIFIED')).toEqual({ true: 3, false: 4 });
      expect(page.facets[0].values[0]).toBeDefined();
    });

    it('lists the most frequent values first', async () => {
      const page = await inLaw({ facets: ['PROVISION', 'AUTHOR_KIND'] as never });
      for (const facet of page.facets) {
        const counts = facet.values.map((v) => v.count);
        expect({ field: facet.field, counts }).toEqual({
          field: facet.field,
          counts: [...counts].sort((a, b) => b - a),
        });
      }
      expect(page.facets.find((f) => f.field === 'PROVISION')!.values[0]).toEqual({
        value: 'chuong-i/dieu-28',
        count: 3,
      });
    });

    it('counts within the text query and filters', async () => {
      const page = await search({ q: 'dat dai', facets: ['DRAFT', 'STANCE'] as never });
      expect(page.facets.find((f) => f.field === 'DRAFT')!.values).toHaveLength(2);
      expect(page.facets.find((f) => f.field === 'STANCE')!.values).toEqual([
        { value: 'SUPPORT', count: 2 },
        { value: 'AMEND', count: 1 },
      ]);
    });
  });

  describe('sorting and pages', () => {
    it('sorts newest, oldest and most agreed', async () => {
      const newest = (await inLaw({ sort: 'NEWEST' as never })).hits.map((h) => h.commentId);
      const oldest = (await inLaw({ sort: 'OLDEST' as never })).hits.map((h) => h.commentId);
      expect(newest).toEqual([...oldest].reverse());
      expect(oldest[0]).toBe(w().land);
      const agreed = (await inLaw({ sort: 'MOST_AGREED' as never })).hits.map((h) => h.commentId);
      expect(agreed.slice(0, 2)).toEqual([w().rights, w().land]);
    });

    it('keeps the chosen order with a text query: newest, oldest, most agreed decide, not relevance', async () => {
      // Meilisearch applies `sort` where its ranking rules put it: after the text rules, it only
      // broke ties (issue 21). The order of the matches must be the order without the text.
      for (const sort of ['NEWEST', 'OLDEST', 'MOST_AGREED']) {
        const withText = (await inLaw({ q: 'dat', sort: sort as never })).hits.map((h) => h.commentId);
        const all = (await inLaw({ sort: sort as never })).hits.map((h) => h.commentId);
        expect(withText.length).toBeGreaterThan(2);
        expect({ sort, order: withText }).toEqual({ sort, order: all.filter((id) => withText.includes(id)) });
      }
    });

    it('ranks the best match first for relevance', async () => {
      // "thu hồi đất" as written, in the two campaign comments, before a comment that has the
      // three words apart ("… đất có được bảo đảm khi thu hồi …"). Hit order, not sorted ids.
      const order = (await inLaw({ q: 'thu hoi dat' })).hits.map((h) => h.commentId);
      expect(order).toHaveLength(3);
      expect(sorted(...order.slice(0, 2))).toEqual(sorted(w().campaignHead, w().campaignCopy));
      expect(order[2]).toBe(w().rights);
    });

    it('ranks a phrase as written above the same words apart, whatever their age', async () => {
      const order = (await search({ draftId: ctx().world.other.draftId, q: 'an ninh mang' })).hits.map(
        (h) => h.commentId,
      );
      expect(order).toEqual([w().elsewhere, w().apart]);
      const newest = (
        await search({ draftId: ctx().world.other.draftId, q: 'an ninh mang', sort: 'NEWEST' as never })
      ).hits.map((h) => h.commentId);
      expect(newest).toEqual([w().apart, w().elsewhere]);
    });

    it('pages with cursors through every hit once, with an exact total', async () => {
      for (const sort of ['NEWEST', 'OLDEST', 'MOST_AGREED', 'RELEVANCE']) {
        const seen: string[] = [];
        let after: string | undefined;
        let pages = 0;
        for (;;) {
          const page = await inLaw({
            sort: sort as never,
            first: 2,
            after,
            q: sort === 'RELEVANCE' ? 'dat' : undefined,
          });
          expect(page.totalIsExact).toBe(true);
          seen.push(...page.hits.map((h) => h.commentId));
          pages++;
          if (!page.hasNextPage) break;
          after = page.endCursor!;
        }
        const expected = sort === 'RELEVANCE' ? 6 : 7;
        expect({ sort, n: seen.length, unique: new Set(seen).size }).toEqual({
          sort,
          n: expected,
          unique: expected,
        });
        expect(pages).toBe(Math.ceil(expected / 2));
      }
    });

    it('pages without repeating or skipping hits when comments are hidden or withdrawn between pages', async () => {
      // RELEVANCE with text in Meilisearch was offsets: two comments gone from page 1 made page
      // 2 start two hits late. Now it starts after the last hit's ranking score and id
      // (meiliRelevanceStep), as the other orders start after their sort key.
      const restore = async (changed: string[]) => {
        await ctx().t.dataSource.query(
          `UPDATE comment SET status = 'PUBLISHED', withdrawn_at = NULL WHERE id = ANY($1::uuid[])`,
          [changed],
        );
        await ctx().sync(changed);
      };
      for (const sort of ['RELEVANCE', 'NEWEST', 'OLDEST', 'MOST_AGREED']) {
        const q = sort === 'RELEVANCE' ? 'dat' : undefined;
        const before = (await inLaw({ sort: sort as never, first: 50, q })).hits.map((h) => h.commentId);
        expect(before.length).toBeGreaterThan(4);
        const first = await inLaw({ sort: sort as never, first: 2, q });
        expect(first.hits.map((h) => h.commentId)).toEqual(before.slice(0, 2));
        // Both hits of page 1 go (one hidden, one withdrawn), and one that page 2 would show.
        const [hidden, withdrawn] = before;
        const later = before[3];
        await ctx().t.dataSource.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = ANY($1::uuid[])`, [
          [hidden, later],
        ]);
        await ctx().t.dataSource.query(
          `UPDATE comment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`,
          [withdrawn],
        );
        try {
          await ctx().sync([hidden, withdrawn, later]);
          const seen = first.hits.map((h) => h.commentId);
          let after = first.endCursor;
          while (after) {
            const page = await inLaw({ sort: sort as never, first: 2, after, q });
            seen.push(...page.hits.map((h) => h.commentId));
            after = page.hasNextPage ? page.endCursor : null;
          }
          expect({ sort, seen }).toEqual({ sort, seen: before.filter((id) => id !== later) });
        } finally {
          await restore([hidden, withdrawn, later]);
        }
      }
    });

    it('pages without repeating or skipping hits when comments arrive between pages', async () => {
      // The sort key of the last hit starts the next page (keyset); RELEVANCE with text in
      // Meilisearch: offsets within the comments posted before the first page.
      for (const sort of ['NEWEST', 'OLDEST', 'MOST_AGREED', 'RELEVANCE']) {
        const q = sort === 'RELEVANCE' ? 'dat' : undefined;
        const before = (await inLaw({ sort: sort as never, first: 50, q })).hits.map((h) => h.commentId);
        const first = await inLaw({ sort: sort as never, first: 2, q });
        // A newer comment with the words and no agrees: first for NEWEST, among the first for
        // MOST_AGREED's 0-agree comments, anywhere for RELEVANCE.
        const [{ id: arrived }]: { id: string }[] = await ctx().t.dataSource.query(
          `INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, idempotency_key, input_hash, created_at)
           SELECT draft_id, version_id, provision_id, lineage_id, author_id, 'Quyền sử dụng đất.', stance,
                  gen_random_uuid(), 'x', now() + interval '1 second'
             FROM comment WHERE id = $1
           RETURNING id`,
          [w().whole],
        );
        try {
          await ctx().sync([arrived]);
          const seen = first.hits.map((h) => h.commentId);
          let after = first.endCursor;
          while (after) {
            const page = await inLaw({ sort: sort as never, first: 2, after, q });
            seen.push(...page.hits.map((h) => h.commentId));
            after = page.hasNextPage ? page.endCursor : null;
          }
          const earlier = seen.filter((id) => id !== arrived);
          expect({ sort, seen: earlier }).toEqual({ sort, seen: before });
        } finally {
          await ctx().t.dataSource.query(
            `UPDATE comment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`,
            [arrived],
          );
          await ctx().sync([arrived]);
        }
      }
    });
  });
}
