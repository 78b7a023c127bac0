import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-code';
import { decodeCursor, encodeCursor } from './cursor';
import { keysetPage } from './keyset';
import { MAX_PAGE_SIZE, pageSize } from './page-size';

describe('pagination', () => {
  it('round-trips keyset cursors and keeps them opaque', () => {
    const cursor = encodeCursor(['2026-11-22T10:00:00.000Z', 'a1b2']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-11-22T10:00:00.000Z', 'a1b2']);
  });

  it.each(['garbage', encodeCursor(['only-one']), Buffer.from('v1:{"a":1}').toString('base64url'), ''])(
    'refuses a malformed cursor %p with BAD_USER_INPUT',
    (bad) => {
      expect.assertions(2);
      try {
        decodeCursor(bad, 2);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
      }
    },
  );

  it.each([
    ['a date no calendar has', ['2026-02-30T00:00:00.000Z', '00000000-0000-4000-8000-000000000001']],
    ['a five-digit year', ['+099999-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000001']],
    ['a number for a date', [0, '00000000-0000-4000-8000-000000000001']],
    ['an id that is not a UUID', ['2026-01-01T00:00:00.000Z', "x' OR 1=1"]],
  ])('refuses a forged cursor holding %s, by the kinds of its key', (_why, values) => {
    const forged = encodeCursor(values);
    expect(() => decodeCursor(forged, ['timestamp', 'uuid'])).toThrow(DomainError);
    expect(decodeCursor(forged, 2)).toEqual(values);
  });

  it('caps page size at 100 and refuses negative sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(5)).toBe(5);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(1000)).toBe(MAX_PAGE_SIZE);
    expect(() => pageSize(-1)).toThrow(DomainError);
    expect(() => pageSize(1.5)).toThrow(DomainError);
  });

  it('builds a connection from one extra row', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = keysetPage<{ id: string }>({ first: 2 }, (r) => [r.id], 1);
    expect(page.limit).toBe(3);
    const connection = page.finish(rows, 10);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(connection.totalCount).toBe(10);
    const next = keysetPage<{ id: string }>(
      { first: 2, after: connection.pageInfo.endCursor },
      (r) => [r.id],
      1,
    );
    expect(next.after).toEqual(['b']);
    expect(next.finish([{ id: 'c' }], 10).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: encodeCursor(['c']),
    });
  });
});
