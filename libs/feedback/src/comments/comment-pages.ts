import { CursorKey, CursorValue, Viewer } from '@thamvan/core';
import { CommentOrder } from './dto/comment.enums';

/** The lists a comment can be read in; each is keyed by the id of its anchor. */
export type CommentScope =
  /** Top-level comments on a provision's lineage, in its version and earlier ones (key: provision id). */
  | 'provisionLineage'
  /** Top-level comments on exactly this provision (key: provision id). */
  | 'provision'
  /** Replies (key: parent comment id). */
  | 'replies'
  /** Top-level comments on the draft as a whole (key: draft id). */
  | 'draft'
  /** Everything one person wrote (key: author id). */
  | 'author';

export interface PageRequest {
  scope: CommentScope;
  id: string;
  first?: number | null;
  after?: string | null;
  orderBy: CommentOrder;
  viewer: Viewer | null;
}

/** FROM clause over the anchors `s(id)` and the WHERE that selects a comment `c` of anchor `s`. */
export function scopeSql(scope: CommentScope): { from: string; where: string } {
  switch (scope) {
    case 'provisionLineage':
      return {
        from: `unnest($1::uuid[]) s(id)
          JOIN provision sp ON sp.id = s.id
          JOIN draft_version spv ON spv.id = sp.version_id
          CROSS JOIN LATERAL (SELECT array_agg(v.id) AS ids FROM draft_version v
                               WHERE v.draft_id = spv.draft_id AND v.number <= spv.number) sv`,
        where: `c.lineage_id = sp.lineage_id AND c.version_id = ANY(sv.ids) AND c.parent_id IS NULL`,
      };
    case 'provision':
      return { from: `unnest($1::uuid[]) s(id)`, where: `c.provision_id = s.id AND c.parent_id IS NULL` };
    case 'replies':
      return { from: `unnest($1::uuid[]) s(id)`, where: `c.parent_id = s.id` };
    case 'draft':
      return {
        from: `unnest($1::uuid[]) s(id)`,
        where: `c.draft_id = s.id AND c.provision_id IS NULL AND c.parent_id IS NULL`,
      };
    case 'author':
      return { from: `unnest($1::uuid[]) s(id)`, where: `c.author_id = s.id` };
  }
}

export interface OrderSql {
  orderBy: string;
  /** Keyset condition for rows after the cursor. */
  seek: (after: CursorValue[], param: (value: unknown) => string) => string;
  cursorOf: (row: { createdAt: Date; id: string; agreeCount: number }) => CursorValue[];
  /** The cursor's positions, checked when a client sends one back. */
  key: readonly CursorKey[];
}

const iso = (d: Date) => new Date(d).toISOString();

/** Every order ends with the primary key, so keyset pages never skip or repeat a row. */
export function orderSql(order: CommentOrder): OrderSql {
  switch (order) {
    case CommentOrder.NEWEST:
      return {
        orderBy: 'c.created_at DESC, c.id DESC',
        seek: (a, p) => `(c.created_at, c.id) < (${p(a[0])}::timestamptz, ${p(a[1])}::uuid)`,
        cursorOf: (r) => [iso(r.createdAt), r.id],
        key: ['timestamp', 'uuid'],
      };
    case CommentOrder.OLDEST:
      return {
        orderBy: 'c.created_at ASC, c.id ASC',
        seek: (a, p) => `(c.created_at, c.id) > (${p(a[0])}::timestamptz, ${p(a[1])}::uuid)`,
        cursorOf: (r) => [iso(r.createdAt), r.id],
        key: ['timestamp', 'uuid'],
      };
    case CommentOrder.MOST_AGREED:
      return {
        orderBy: 'coalesce(k.agree, 0) DESC, c.created_at DESC, c.id DESC',
        seek: (a, p) =>
          `(coalesce(k.agree, 0), c.created_at, c.id) < (${p(a[0])}::int, ${p(a[1])}::timestamptz, ${p(a[2])}::uuid)`,
        cursorOf: (r) => [r.agreeCount, iso(r.createdAt), r.id],
        key: ['int', 'timestamp', 'uuid'],
      };
  }
}
