import { TestUser } from '../utils/factories/identity';
import { GraphqlResponse, TestApp } from '../utils/test-app';

export const VIEW_FIELDS = `id body bodyHtml proposedText status moderationReason moderationReasonCode replyCount
  replies { totalCount edges { node { id body status } } }`;

export const MODERATION_FIELDS = `moderation { queuedAt publishedBody flagCount flagNotes
  flagReasons { reason count } screeningFindings { rule kind count detail }
  authorCommentCount authorHiddenCount decisions { action reason fromStatus toStatus automatic } }`;

export interface CommentSeen {
  id: string;
  body: string;
  bodyHtml: string;
  proposedText: string | null;
  status: string;
  moderationReason: string | null;
  moderationReasonCode: string | null;
  replyCount: number;
  replies: { totalCount: number; edges: { node: { id: string; body: string; status: string } }[] };
  moderation?: {
    queuedAt: string | null;
    publishedBody: string | null;
    flagCount: number;
    flagNotes: string[];
    flagReasons: { reason: string; count: number }[];
    screeningFindings: { rule: string; kind: string; count: number; detail: string | null }[];
    authorCommentCount: number;
    authorHiddenCount: number;
    decisions: { action: string; reason: string; fromStatus: string; toStatus: string; automatic: boolean }[];
  } | null;
}

/** The comment as `viewer` reads it (null: signed out); null when it does not exist for them. */
export async function read(t: TestApp, viewer: TestUser | null, id: string): Promise<CommentSeen | null> {
  const res = await t.graphql<{ comment: CommentSeen | null }>(
    `query ($id: ID!) { comment(id: $id) { ${VIEW_FIELDS} ${MODERATION_FIELDS} } }`,
    { id },
    { token: viewer?.accessToken },
  );
  if (res.errors) throw new Error(`comment: ${JSON.stringify(res.errors)}`);
  return res.data!.comment;
}

export function moderate(
  t: TestApp,
  moderator: TestUser | null,
  id: string,
  action: 'APPROVE' | 'HIDE' | 'RESTORE',
  reason: string,
): Promise<GraphqlResponse<{ moderateComment: CommentSeen }>> {
  return t.graphql(
    `mutation ($id: ID!, $a: ModerationActionKind!, $r: String!) {
       moderateComment(id: $id, action: $a, reason: $r) { ${VIEW_FIELDS} } }`,
    { id, a: action, r: reason },
    { token: moderator?.accessToken },
  );
}

export function flag(t: TestApp, user: TestUser, id: string, reason = 'ABUSE', note?: string) {
  return t.graphql<{ flagComment: boolean }>(
    `mutation ($id: ID!, $r: FlagReason!, $n: String) { flagComment(commentId: $id, reason: $r, note: $n) }`,
    { id, r: reason, n: note ?? null },
    { token: user.accessToken },
  );
}

export interface QueuePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: CommentSeen }[];
}

export async function queue(
  t: TestApp,
  moderator: TestUser | null,
  first: number,
  after: string | null = null,
  fields = `id status`,
): Promise<GraphqlResponse<{ moderationQueue: QueuePage }>> {
  return t.graphql(
    `query ($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {
       totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${fields} } } } }`,
    { first, after },
    { token: moderator?.accessToken },
  );
}
