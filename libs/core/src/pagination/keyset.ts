import { Connection } from './connection.types';
import { CursorKey, CursorValue, decodeCursor, encodeCursor } from './cursor';
import { pageSize } from './page-size';

/**
 * Keyset ("seek") pagination: stable while rows are inserted, and as fast on page 1,000 as
 * on page 1 because it never uses OFFSET. The caller's ORDER BY must be unique (end with
 * the primary key) and match `cursorOf`.
 */
export interface KeysetPage<Row> {
  /** Position after which to read, or undefined for the first page. */
  after?: CursorValue[];
  /** Rows to fetch: the page plus one, to learn whether another page exists. */
  limit: number;
  finish(rows: Row[], totalCount: number): Connection<Row>;
}

export function keysetPage<Row>(
  args: { first?: number | null; after?: string | null },
  cursorOf: (row: Row) => CursorValue[],
  /** The kinds of the key's positions (checked on a client's cursor), or their number. */
  key: number | readonly CursorKey[],
): KeysetPage<Row> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, key) : undefined;
  return {
    after,
    limit: size + 1,
    finish(rows, totalCount) {
      const page = rows.slice(0, size);
      const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: rows.length > size,
          endCursor: edges.length ? edges[edges.length - 1].cursor : null,
        },
      };
    },
  };
}
