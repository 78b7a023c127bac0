import { AgencyObject } from '@thamvan/identity';
import { TestApp } from '../utils/test-app';
import { addOfficer, createUser, TestUser } from '../utils/factories/identity';
import { OpenDraft, openDraft } from '../feedback/feedback-fixtures';

export const RESPOND = `mutation ($c: ID!, $input: ResponseInput!) {
  respondToComment(commentId: $c, input: $input) { id disposition explanation respondedAt updatedAt commentCount } }`;
export const EDIT_RESPONSE = `mutation ($id: ID!, $input: EditResponseInput!) {
  editResponse(id: $id, input: $input) { id disposition explanation commentCount revisions { number disposition explanation commentCount } } }`;
export const COMMENT_RESPONSE = `query ($id: ID!) { comment(id: $id) { id response { id disposition explanation } } }`;

export interface SynthesisWorld {
  law: OpenDraft;
  agency: AgencyObject;
  responder: TestUser;
  otherEditor: TestUser;
  citizen: TestUser;
}

/** An open draft with its agency's editor and responder, another agency's editor, a citizen. */
export async function synthesisWorld(t: TestApp): Promise<SynthesisWorld> {
  const law = await openDraft(t);
  const agency = { id: law.agencyId } as AgencyObject;
  const responder = await addOfficer(t, agency, await createUser(t), 'RESPONDER');
  const other = await openDraft(t);
  return { law, agency, responder, otherEditor: other.editor, citizen: await createUser(t) };
}

export interface Reply {
  id: string;
  disposition: string;
  explanation: string;
  commentCount: number;
}

/**
 * Inserts comments by SQL with their comment.created events, as postComment writes them (the
 * corpus is hundreds of comments); returns their ids. Used by topics.test.ts,
 * report-topics.test.ts and campaigns.test.ts.
 */
export async function insertComments(
  t: TestApp,
  law: OpenDraft,
  comments: { text: string; stance?: string | null; status?: string }[],
  /** null: comments on the draft as a whole. */
  provisionId: string | null = law.article.id,
): Promise<string[]> {
  const [{ versionId, lineageId }] = provisionId
    ? await t.dataSource.query(
        `SELECT version_id AS "versionId", lineage_id AS "lineageId" FROM provision WHERE id = $1`,
        [provisionId],
      )
    : await t.dataSource.query(
        `SELECT id AS "versionId", NULL AS "lineageId" FROM draft_version WHERE draft_id = $1 ORDER BY number DESC LIMIT 1`,
        [law.draftId],
      );
  const authors: { id: string }[] = await t.dataSource.query(
    `INSERT INTO app_user (display_name) SELECT 'Người góp ý ' || i FROM generate_series(1, $1) i RETURNING id`,
    [comments.length],
  );
  const rows: { id: string }[] = await t.dataSource.query(
    `WITH ins AS (
       INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, status,
                            idempotency_key, input_hash, created_at)
       SELECT $1, $2, $3, $4, x.author, x.body, x.stance, x.status, gen_random_uuid(), 'generated',
              now() + x.i * interval '1 millisecond'
         FROM unnest($5::uuid[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS x(author, body, stance, status, i)
       RETURNING id, draft_id, created_at)
     INSERT INTO outbox_event (topic, aggregate_id, payload)
     SELECT 'comment.created', id, jsonb_build_object('draftId', draft_id, 'commentId', id, 'provisionId', $3::uuid,
              'lineageId', $4::uuid, 'parentId', null)
       FROM ins ORDER BY created_at
     RETURNING aggregate_id AS id`,
    [
      law.draftId,
      versionId,
      provisionId,
      lineageId,
      authors.map((a) => a.id),
      comments.map((c) => c.text),
      comments.map((c) => c.stance ?? null),
      comments.map((c) => c.status ?? 'PUBLISHED'),
    ],
  );
  return rows.map((r) => r.id);
}
