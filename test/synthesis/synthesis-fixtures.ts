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
