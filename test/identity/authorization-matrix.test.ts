import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AgencyObject } from '@thamvan/identity';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphqlResponse, startTestApp, TestApp } from '../utils/test-app';
import {
  addOfficer,
  createAgency,
  createUser,
  login,
  TestUser,
  uniqueEmail,
} from '../utils/factories/identity';
import { tokenIn, waitForMail } from '../utils/mail';

/**
 * Every mutation × every kind of caller, with the exact outcome. One row per mutation:
 * features add theirs here (the last test fails while a mutation has no row).
 *
 * "Own agency" is the agency that owns what the mutation touches (for identity: the agency
 * passed as argument); the other editor is an EDITOR of a different agency.
 */
const ACTORS = [
  'anonymous',
  'citizen',
  'organization',
  'moderator',
  'admin',
  'editorOwn',
  'editorOther',
] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';
type Expectations = Record<ActorName, Outcome>;

interface World {
  t: TestApp;
  ownAgency: AgencyObject;
  otherAgency: AgencyObject;
  /** An EDITOR of ownAgency, who prepares the records other callers then act on. */
  ownEditor: TestUser;
}

interface Row {
  mutation: string;
  expect: Expectations;
  /** Give each caller a fresh account: the mutation changes or ends the caller's own account. */
  freshActors?: boolean;
  /** Performs the mutation with valid input as `actor` (null: no token). */
  run(world: World, actor: TestUser | null): Promise<GraphqlResponse>;
}

const everyone = (outcome: Outcome): Expectations =>
  Object.fromEntries(ACTORS.map((a) => [a, outcome])) as Expectations;
const signedIn: Expectations = { ...everyone('ok'), anonymous: 'UNAUTHENTICATED' };
const adminsOnly: Expectations = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', admin: 'ok' };

/** Editors of the owning agency only; an unpublished draft does not exist for other agencies. */
const editorsOnly = (otherEditor: Outcome): Expectations => ({
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHENTICATED',
  editorOwn: 'ok',
  editorOther: otherEditor,
});

const as = (actor: TestUser | null) => ({ token: actor?.accessToken });

const LAW_TEXT = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.txt'), 'utf8');
const LAW_PDF = readFileSync(join(__dirname, '../fixtures/laws/luat-an-ninh-mang-2018.pdf')).toString(
  'base64',
);

/** A draft of the own agency, made by its editor; `open: true` also opens its consultation. */
async function ownDraft(w: World, options: { open?: boolean } = {}): Promise<string> {
  const created = await w.t.graphql<{ createDraft: { id: string } }>(
    `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
    {
      input: {
        agencyId: w.ownAgency.id,
        title: 'Luật An ninh mạng',
        docType: 'LAW',
        source: { text: LAW_TEXT },
      },
    },
    as(w.ownEditor),
  );
  const id = created.data?.createDraft.id;
  if (!id) throw new Error(`createDraft failed: ${JSON.stringify(created.errors)}`);
  if (options.open) {
    const opened = await schedule(w, w.ownEditor, id);
    if (opened.errors) throw new Error(`scheduleConsultation failed: ${JSON.stringify(opened.errors)}`);
  }
  return id;
}

function schedule(w: World, actor: TestUser | null, draftId: string): Promise<GraphqlResponse> {
  const now = Date.now();
  return w.t.graphql(
    `mutation ($d: ID!, $o: DateTime!, $c: DateTime!) { scheduleConsultation(draftId: $d, opensAt: $o, closesAt: $c) { id } }`,
    { d: draftId, o: new Date(now - 60_000).toISOString(), c: new Date(now + 30 * 86_400_000).toISOString() },
    as(actor),
  );
}

/** A separate account to act on (sign in, reset, …), so callers' own sessions stay intact. */
async function throwaway(w: World): Promise<TestUser> {
  return createUser(w.t);
}

/** One open draft of the own agency for all feedback rows (importing a law per row is slow). */
const feedbackDrafts = new WeakMap<World, Promise<string>>();
function openFeedbackDraft(w: World): Promise<string> {
  let draft = feedbackDrafts.get(w);
  if (!draft) {
    draft = ownDraft(w, { open: true });
    feedbackDrafts.set(w, draft);
  }
  return draft;
}

function postAs(w: World, actor: TestUser | null, draftId: string): Promise<GraphqlResponse> {
  return w.t.graphql(
    `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`,
    { input: { draftId, body: 'Góp ý thử nghiệm', idempotencyKey: randomUUID() } },
    as(actor),
  );
}

/** A comment written by `author` (by a throwaway account when null, e.g. for the anonymous caller). */
async function ownComment(w: World, author: TestUser | null): Promise<string> {
  const res = await postAs(w, author ?? (await throwaway(w)), await openFeedbackDraft(w));
  const id = (res.data as { postComment?: { id: string } } | undefined)?.postComment?.id;
  if (!id) throw new Error(`postComment failed: ${JSON.stringify(res.errors)}`);
  return id;
}

const ROWS: Row[] = [
  {
    mutation: 'register',
    expect: everyone('ok'),
    run: (w, actor) =>
      w.t.graphql(
        `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`,
        { input: { email: uniqueEmail('matrix'), password: 'matrix password', displayName: 'Người mới' } },
        as(actor),
      ),
  },
  {
    mutation: 'login',
    expect: everyone('ok'),
    run: async (w, actor) => {
      const u = await throwaway(w);
      return w.t.graphql(
        `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: u.email, password: u.password } },
        as(actor),
      );
    },
  },
  {
    mutation: 'refreshSession',
    expect: everyone('ok'),
    run: async (w, actor) => {
      const u = await throwaway(w);
      return w.t.graphql(
        `mutation ($r: String!) { refreshSession(refreshToken: $r) { accessToken } }`,
        { r: u.refreshToken },
        as(actor),
      );
    },
  },
  {
    mutation: 'logout',
    expect: everyone('ok'),
    run: async (w, actor) => {
      const u = await throwaway(w);
      return w.t.graphql(
        `mutation ($r: String!) { logout(refreshToken: $r) }`,
        { r: u.refreshToken },
        as(actor),
      );
    },
  },
  {
    mutation: 'changePassword',
    expect: signedIn,
    freshActors: true,
    run: (w, actor) =>
      w.t.graphql(
        `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
        { c: actor?.password ?? 'whatever password', n: 'changed password 123' },
        as(actor),
      ),
  },
  {
    mutation: 'verifyEmail',
    expect: everyone('ok'),
    run: async (w, actor) => {
      const email = uniqueEmail('verify');
      await w.t.graphql(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
        input: { email, password: 'verify password', displayName: 'Người xác nhận' },
      });
      const token = tokenIn(await waitForMail(w.t.config.dataDir, email, /Xác nhận/));
      return w.t.graphql(`mutation ($t: String!) { verifyEmail(token: $t) { id } }`, { t: token }, as(actor));
    },
  },
  {
    mutation: 'requestEmailVerification',
    expect: signedIn,
    run: (w, actor) => w.t.graphql(`mutation { requestEmailVerification }`, {}, as(actor)),
  },
  {
    mutation: 'requestPasswordReset',
    expect: everyone('ok'),
    run: async (w, actor) => {
      const u = await throwaway(w);
      return w.t.graphql(
        `mutation ($e: String!) { requestPasswordReset(email: $e) }`,
        { e: u.email },
        as(actor),
      );
    },
  },
  {
    mutation: 'resetPassword',
    expect: everyone('ok'),
    run: async (w, actor) => {
      const u = await throwaway(w);
      await w.t.graphql(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, { e: u.email });
      const token = tokenIn(await waitForMail(w.t.config.dataDir, u.email, /Đặt lại mật khẩu/));
      return w.t.graphql(
        `mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`,
        { t: token, p: 'reset password 123' },
        as(actor),
      );
    },
  },
  {
    mutation: 'updateProfile',
    expect: signedIn,
    run: (w, actor) =>
      w.t.graphql(
        `mutation { updateProfile(input: { displayName: "Tên mới trong ma trận" }) { id } }`,
        {},
        as(actor),
      ),
  },
  {
    mutation: 'deleteMyAccount',
    expect: signedIn,
    freshActors: true,
    run: (w, actor) =>
      w.t.graphql(
        `mutation ($p: String!) { deleteMyAccount(password: $p) }`,
        { p: actor?.password ?? 'whatever password' },
        as(actor),
      ),
  },
  {
    mutation: 'createAgency',
    expect: adminsOnly,
    run: (w, actor) =>
      w.t.graphql(
        `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
        { input: { code: `M${randomBytes(3).toString('hex').toUpperCase()}`, name: 'Cơ quan thử nghiệm' } },
        as(actor),
      ),
  },
  {
    mutation: 'addAgencyMember',
    expect: adminsOnly,
    run: async (w, actor) => {
      const target = await throwaway(w);
      return w.t.graphql(
        `mutation ($a: ID!, $u: ID!) { addAgencyMember(agencyId: $a, userId: $u, role: RESPONDER) { id } }`,
        { a: w.ownAgency.id, u: target.id },
        as(actor),
      );
    },
  },
  {
    mutation: 'removeAgencyMember',
    expect: adminsOnly,
    run: async (w, actor) => {
      const target = await throwaway(w);
      await addOfficer(w.t, w.ownAgency, target, 'RESPONDER');
      return w.t.graphql(
        `mutation ($a: ID!, $u: ID!) { removeAgencyMember(agencyId: $a, userId: $u, role: RESPONDER) { id } }`,
        { a: w.ownAgency.id, u: target.id },
        as(actor),
      );
    },
  },
  {
    mutation: 'grantRole',
    expect: adminsOnly,
    run: async (w, actor) => {
      const target = await throwaway(w);
      return w.t.graphql(
        `mutation ($u: ID!) { grantRole(userId: $u, role: MODERATOR) { id roles } }`,
        { u: target.id },
        as(actor),
      );
    },
  },
  {
    mutation: 'revokeRole',
    expect: adminsOnly,
    run: async (w, actor) => {
      const target = await createUser(w.t, { role: 'MODERATOR' });
      return w.t.graphql(
        `mutation ($u: ID!) { revokeRole(userId: $u, role: MODERATOR) { id roles } }`,
        { u: target.id },
        as(actor),
      );
    },
  },
  // Drafts (libs/drafts): only EDITORs of the owning agency manage drafts.
  {
    mutation: 'createDraft',
    expect: editorsOnly('FORBIDDEN'),
    run: (w, actor) =>
      w.t.graphql(
        `mutation ($input: CreateDraftInput!) { createDraft(input: $input) { id } }`,
        { input: { agencyId: w.ownAgency.id, title: 'Dự thảo', docType: 'LAW', source: { text: LAW_TEXT } } },
        as(actor),
      ),
  },
  {
    mutation: 'addDraftVersion',
    expect: editorsOnly('NOT_FOUND'),
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($d: ID!, $input: DraftVersionInput!) { addDraftVersion(draftId: $d, input: $input) { id } }`,
        { d: await ownDraft(w), input: { source: { text: LAW_TEXT }, changeNote: 'Bản 2' } },
        as(actor),
      ),
  },
  {
    mutation: 'scheduleConsultation',
    expect: editorsOnly('NOT_FOUND'),
    run: async (w, actor) => schedule(w, actor, await ownDraft(w)),
  },
  {
    mutation: 'closeConsultation',
    // An open consultation is public, so the other agency's editor sees it but may not close it.
    expect: editorsOnly('FORBIDDEN'),
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($d: ID!) { closeConsultation(draftId: $d, reason: "Đủ ý kiến") { id } }`,
        { d: await ownDraft(w, { open: true }) },
        as(actor),
      ),
  },
  {
    mutation: 'extendConsultation',
    // As closing: the open consultation is public, the other agency's editor may not move it.
    expect: editorsOnly('FORBIDDEN'),
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($d: ID!, $c: DateTime!) { extendConsultation(draftId: $d, closesAt: $c, reason: "Gia hạn") { id } }`,
        { d: await ownDraft(w, { open: true }), c: new Date(Date.now() + 90 * 86_400_000).toISOString() },
        as(actor),
      ),
  },
  {
    mutation: 'addDraftAttachment',
    expect: editorsOnly('NOT_FOUND'),
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($d: ID!, $input: DraftAttachmentInput!) { addDraftAttachment(draftId: $d, input: $input) { id } }`,
        { d: await ownDraft(w), input: { title: 'Tờ trình', filename: 'to-trinh.pdf', base64: LAW_PDF } },
        as(actor),
      ),
  },
  // Feedback (libs/feedback): every signed-in person comments, reacts and flags; only an
  // author edits or withdraws their own comment (each actor acts on a comment of their own).
  // Following a public draft: anyone signed in, for themselves.
  {
    mutation: 'followDraft',
    expect: signedIn,
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($d: ID!) { followDraft(draftId: $d) { id } }`,
        { d: await openFeedbackDraft(w) },
        as(actor),
      ),
  },
  {
    mutation: 'unfollowDraft',
    expect: signedIn,
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($d: ID!) { unfollowDraft(draftId: $d) { id } }`,
        { d: await openFeedbackDraft(w) },
        as(actor),
      ),
  },
  {
    mutation: 'postComment',
    expect: signedIn,
    run: async (w, actor) => postAs(w, actor, await openFeedbackDraft(w)),
  },
  {
    mutation: 'editComment',
    expect: signedIn,
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($id: ID!) { editComment(id: $id, input: { body: "Sửa lại" }) { id } }`,
        { id: await ownComment(w, actor) },
        as(actor),
      ),
  },
  {
    mutation: 'withdrawComment',
    expect: signedIn,
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($id: ID!) { withdrawComment(id: $id) { id } }`,
        { id: await ownComment(w, actor) },
        as(actor),
      ),
  },
  {
    mutation: 'reactToComment',
    expect: signedIn,
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($id: ID!) { reactToComment(commentId: $id, reaction: AGREE) { id } }`,
        { id: await ownComment(w, null) },
        as(actor),
      ),
  },
  {
    mutation: 'flagComment',
    expect: signedIn,
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($id: ID!) { flagComment(commentId: $id, reason: SPAM) }`,
        { id: await ownComment(w, null) },
        as(actor),
      ),
  },
  // Moderation (libs/moderation): moderators decide; the drafting agency's editors choose the mode.
  {
    mutation: 'moderateComment',
    expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', moderator: 'ok' },
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($id: ID!) { moderateComment(id: $id, action: HIDE, reason: "Xúc phạm người khác") { id } }`,
        { id: await ownComment(w, null) },
        as(actor),
      ),
  },
  {
    mutation: 'setModerationMode',
    // An open consultation is public, so the other agency's editor sees it but may not change it.
    expect: editorsOnly('FORBIDDEN'),
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($d: ID!) { setModerationMode(draftId: $d, mode: PRE) { id moderationMode } }`,
        { d: await ownDraft(w, { open: true }) },
        as(actor),
      ),
  },
  // Synthesis (libs/synthesis): the owning agency's officers answer comments; its editors publish the report.
  {
    mutation: 'respondToComment',
    expect: editorsOnly('FORBIDDEN'),
    run: async (w, actor) =>
      w.t.graphql(
        `mutation ($c: ID!) { respondToComment(commentId: $c, input: { disposition: ACCEPTED, explanation: "Tiếp thu" }) { id } }`,
        { c: await ownComment(w, null) },
        as(actor),
      ),
  },
  {
    mutation: 'editResponse',
    expect: editorsOnly('FORBIDDEN'),
    run: async (w, actor) => {
      const answered = await w.t.graphql<{ respondToComment: { id: string } }>(
        `mutation ($c: ID!) { respondToComment(commentId: $c, input: { disposition: EXPLAINED, explanation: "Giải trình" }) { id } }`,
        { c: await ownComment(w, null) },
        as(w.ownEditor),
      );
      return w.t.graphql(
        `mutation ($id: ID!) { editResponse(id: $id, input: { explanation: "Giải trình lại" }) { id } }`,
        { id: answered.data!.respondToComment.id },
        as(actor),
      );
    },
  },
  {
    mutation: 'publishFeedbackReport',
    // A closed consultation is public, so the other agency's editor sees it but may not publish.
    expect: editorsOnly('FORBIDDEN'),
    run: async (w, actor) => {
      const d = await ownDraft(w, { open: true });
      await w.t.graphql(
        `mutation ($d: ID!) { closeConsultation(draftId: $d, reason: "Hết hạn") { id } }`,
        { d },
        as(w.ownEditor),
      );
      return w.t.graphql(
        `mutation ($d: ID!) { publishFeedbackReport(draftId: $d) { draftId } }`,
        { d },
        as(actor),
      );
    },
  },
];

async function makeActors(w: World): Promise<Record<ActorName, TestUser | null>> {
  const [citizen, organization, moderator, admin, own, other] = await Promise.all([
    createUser(w.t),
    createUser(w.t, { kind: 'ORGANIZATION' }),
    createUser(w.t, { role: 'MODERATOR' }),
    createUser(w.t, { role: 'ADMIN' }),
    createUser(w.t),
    createUser(w.t),
  ]);
  return {
    anonymous: null,
    citizen,
    organization,
    moderator,
    admin,
    editorOwn: await addOfficer(w.t, w.ownAgency, own, 'EDITOR'),
    editorOther: await addOfficer(w.t, w.otherAgency, other, 'EDITOR'),
  };
}

function outcome(res: GraphqlResponse): string {
  if (res.errors?.length) return res.errors[0].extensions?.code ?? 'NO_CODE';
  const values = Object.values(res.data ?? {});
  return values.length > 0 && values.every((v) => v !== null && v !== undefined) ? 'ok' : 'NO_DATA';
}

describe('authorization matrix: every mutation × every role', () => {
  const world = {} as World;
  let shared: Record<ActorName, TestUser | null>;

  beforeAll(async () => {
    // The matrix is about who may do what, not about abuse limits.
    world.t = await startTestApp({ env: { RATE_LIMIT_MULTIPLIER: '20' } });
    world.ownAgency = await createAgency(world.t);
    world.otherAgency = await createAgency(world.t);
    shared = await makeActors(world);
    world.ownEditor = shared.editorOwn!;
  });
  afterAll(() => world.t.close());

  describe.each(ROWS.map((row) => [row.mutation, row] as const))('%s', (_name, row) => {
    let actors: Record<ActorName, TestUser | null>;
    beforeAll(async () => {
      actors = row.freshActors ? await makeActors(world) : shared;
    });

    it.each(ACTORS.map((a) => [a, row.expect[a]] as const))('%s → %s', async (actor, expected) => {
      const res = await row.run(world, actors[actor]);
      expect(outcome(res)).toBe(expected);
    });
  });

  it('has a row for every mutation in the schema', () => {
    const mutations = Object.keys(
      world.t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {},
    );
    expect(mutations.filter((m) => !ROWS.some((r) => r.mutation === m))).toEqual([]);
  });
});

describe('authorisation comes before input validation', () => {
  let t: TestApp;
  let citizen: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    citizen = await createUser(t);
    admin = await createUser(t, { role: 'ADMIN' });
  });
  afterAll(() => t.close());

  const code = (res: GraphqlResponse) => res.errors?.[0]?.extensions?.code;
  const CREATE = `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
  const ADD = `mutation ($a: ID!, $u: ID!) { addAgencyMember(agencyId: $a, userId: $u, role: EDITOR) { id } }`;

  it('createAgency with invalid input: UNAUTHENTICATED, FORBIDDEN, and only admins learn BAD_USER_INPUT', async () => {
    const bad = { input: { code: '!', name: '' } };
    expect(code(await t.graphql(CREATE, bad))).toBe('UNAUTHENTICATED');
    expect(code(await t.graphql(CREATE, bad, { token: citizen.accessToken }))).toBe('FORBIDDEN');
    expect(code(await t.graphql(CREATE, bad, { token: admin.accessToken }))).toBe('BAD_USER_INPUT');
  });

  it('addAgencyMember with made-up ids: FORBIDDEN for non-admins, NOT_FOUND for admins', async () => {
    const ids = { a: 'not-an-id', u: '00000000-0000-0000-0000-000000000000' };
    expect(code(await t.graphql(ADD, ids, { token: citizen.accessToken }))).toBe('FORBIDDEN');
    expect(code(await t.graphql(ADD, ids, { token: admin.accessToken }))).toBe('NOT_FOUND');
  });

  it('sign-in-only operations answer UNAUTHENTICATED whatever the arguments', async () => {
    const change = `mutation { changePassword(currentPassword: "", newPassword: "x") }`;
    expect(code(await t.graphql(change))).toBe('UNAUTHENTICATED');
    expect(code(await t.graphql(`mutation { deleteMyAccount(password: "") }`))).toBe('UNAUTHENTICATED');
  });

  it('an admin still gets fresh tokens through login after being granted a membership', async () => {
    const agency = await createAgency(t);
    await t.graphql(ADD, { a: agency.id, u: citizen.id }, { token: admin.accessToken });
    const tokens = await login(t, citizen.email, citizen.password);
    const me = await t.graphql<{ me: { memberships: { role: string; agency: { code: string } }[] } }>(
      `{ me { memberships { role agency { code } } } }`,
      {},
      { token: tokens.accessToken },
    );
    expect(me.data?.me.memberships).toEqual([{ role: 'EDITOR', agency: { code: agency.code } }]);
  });
});
