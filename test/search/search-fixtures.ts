import { addOfficer, createAgencyWithOfficer, createUser, TestUser } from '../utils/factories/identity';
import { TestApp } from '../utils/test-app';
import { OpenDraft, openDraft, postOk } from '../feedback/feedback-fixtures';

/** A small draft whose keys include dieu-2 and dieu-28 side by side (prefix semantics). */
export const SEARCH_LAW = `LUẬT ĐẤT ĐAI (DỰ THẢO)

Chương I
QUY ĐỊNH CHUNG

Điều 2. Đối tượng áp dụng
1. Cơ quan nhà nước thực hiện quyền hạn và trách nhiệm đại diện chủ sở hữu toàn dân về đất đai.
2. Người sử dụng đất.

Điều 28. Quyền của người sử dụng đất
1. Được cấp giấy chứng nhận quyền sử dụng đất.
2. Hưởng thành quả lao động, kết quả đầu tư trên đất.
`;

export interface SearchWorld {
  law: OpenDraft;
  other: OpenDraft;
  moderator: TestUser;
  /** Officer of the agency of `law`, and of the other agency. */
  officer: TestUser;
  otherOfficer: TestUser;
  ids: Record<
    | 'land'
    | 'duty'
    | 'rights'
    | 'whole'
    | 'hidden'
    | 'pending'
    | 'elsewhere'
    | 'apart'
    | 'campaignHead'
    | 'campaignCopy'
    | 'markup',
    string
  >;
  /** The campaign of campaignHead and campaignCopy. */
  campaignId: string;
  /** Every comment id, for index.sync. */
  all: string[];
}

/**
 * The comments the contract suite searches: Vietnamese text with and without đ, a HIDDEN and
 * a PENDING one, another agency's draft, a campaign, answers and reactions. Statuses,
 * answers and campaigns are written as the moderation and synthesis features store them.
 */
export async function seedSearchWorld(t: TestApp): Promise<SearchWorld> {
  const a1 = await createAgencyWithOfficer(t, 'EDITOR');
  const law = await openDraft(t, {
    text: SEARCH_LAW,
    editor: { officer: a1.officer, agencyId: a1.agency.id },
  });
  const other = await openDraft(t);
  const moderator = await createUser(t, { role: 'MODERATOR' });
  const officer = await addOfficer(t, a1.agency, await createUser(t), 'RESPONDER');
  const otherOfficer = other.editor;
  const hanoi = await createUser(t, { province: 'Hà Nội', displayName: 'Nguyễn Văn An' });
  const hue = await createUser(t, {
    kind: 'ORGANIZATION',
    organizationName: 'Hiệp hội Doanh nghiệp',
    province: 'Huế',
    displayName: 'Trần Thị Bình',
  });
  const plain = await createUser(t, { displayName: 'Lê Văn Cường' });
  await t.dataSource.query(`UPDATE app_user SET verification_level = 'EMAIL' WHERE id = $1`, [hanoi.id]);
  const clause = law.byKey('chuong-i/dieu-2/khoan-1');
  const article2 = law.byKey('chuong-i/dieu-2');
  const article28 = law.byKey('chuong-i/dieu-28');

  const post = async (user: TestUser, draft: OpenDraft, options: Parameters<typeof postOk>[3]) =>
    (await postOk(t, user, draft.draftId, options)).id;
  const land = await post(hanoi, law, {
    provisionId: clause.id,
    stance: 'SUPPORT',
    body: 'Đề nghị bổ sung quy định về đất đai cho đồng bào dân tộc thiểu số.',
  });
  const duty = await post(hue, law, {
    provisionId: article2.id,
    stance: 'AMEND',
    body: 'Cần làm rõ trách nhiệm của cơ quan nhà nước.',
    proposedText: 'Cơ quan quản lý đất đai chịu trách nhiệm trước pháp luật.',
  });
  const rights = await post(hanoi, law, {
    provisionId: article28.id,
    stance: 'QUESTION',
    body: 'Quyền của người sử dụng đất có được bảo đảm khi thu hồi không?',
  });
  const whole = await post(plain, law, { stance: 'NEUTRAL', body: 'Dự thảo cần lấy ý kiến rộng rãi hơn.' });
  const hidden = await post(plain, law, {
    provisionId: article2.id,
    body: 'Nội dung kín xyzhidden về đất đai.',
  });
  const pending = await post(plain, law, {
    provisionId: article2.id,
    body: 'Bình luận chờ duyệt pendingword.',
  });
  const elsewhere = await post(plain, other, {
    stance: 'SUPPORT',
    body: 'Góp ý về an ninh mạng và đất đai.',
  });
  // Newer than `elsewhere` and a weaker match for "an ninh mạng" (the words apart): relevance
  // must put it second, where newest-first would put it first.
  const apart = await post(hue, other, { body: 'An ninh là trên hết, còn mạng lưới thì tính sau.' });
  const campaignHead = await post(plain, law, {
    provisionId: article28.id,
    body: 'Phản đối thu hồi đất nông nghiệp.',
  });
  const campaignCopy = await post(hanoi, law, {
    provisionId: article28.id,
    body: 'Phản đối thu hồi đất nông nghiệp!',
  });
  const markup = await post(plain, law, {
    body: 'Thẻ <script>alert(1)</script> không được chạy: ruộng đất.',
  });

  await t.dataSource.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = $1`, [hidden]);
  await t.dataSource.query(`UPDATE comment SET status = 'PENDING' WHERE id = $1`, [pending]);
  const answer = async (commentId: string, disposition: string) => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO agency_response (draft_id, agency_id, disposition, explanation, responded_by, responded_at, updated_at)
       VALUES ($1, $2, $3, 'Cơ quan soạn thảo xin tiếp thu.', $4, now(), now()) RETURNING id`,
      [law.draftId, law.agencyId, disposition, law.editor.id],
    );
    await t.dataSource.query(
      `INSERT INTO comment_response (comment_id, response_id, draft_id, assigned_at) VALUES ($1, $2, $3, now())`,
      [commentId, id, law.draftId],
    );
  };
  await answer(land, 'ACCEPTED');
  await answer(rights, 'NOT_ACCEPTED');
  const [{ id: campaignId }] = await t.dataSource.query(
    `INSERT INTO campaign (draft_id, representative_comment_id, size, first_at, last_at)
     VALUES ($1, $2, 2, now(), now()) RETURNING id`,
    [law.draftId, campaignHead],
  );
  await t.dataSource.query(
    `INSERT INTO campaign_member (comment_id, campaign_id, draft_id) VALUES ($1, $3, $4), ($2, $3, $4)`,
    [campaignHead, campaignCopy, campaignId, law.draftId],
  );
  // rights: 2 agrees, land: 1.
  const reactors = [hue, plain];
  for (const r of reactors) await react(t, r, rights);
  await react(t, hue, land);

  const ids = {
    land,
    duty,
    rights,
    whole,
    hidden,
    pending,
    elsewhere,
    apart,
    campaignHead,
    campaignCopy,
    markup,
  };
  return { law, other, moderator, officer, otherOfficer, ids, campaignId, all: Object.values(ids) };
}

async function react(t: TestApp, user: TestUser, commentId: string): Promise<void> {
  const res = await t.graphql(
    `mutation ($id: ID!) { reactToComment(commentId: $id, reaction: AGREE) { id } }`,
    { id: commentId },
    { token: user.accessToken },
  );
  if (res.errors) throw new Error(`reactToComment: ${JSON.stringify(res.errors)}`);
}
