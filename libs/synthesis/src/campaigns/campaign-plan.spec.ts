import { CampaignPlan, QueuedComment } from './campaign-plan';
import { bandBuckets, signText } from './text-signature';

const LETTER = Array.from({ length: 60 }, (_, i) => `chữ${i}`).join(' ');
let clock = 0;
const comment = (id: string, text: string): QueuedComment => ({
  id,
  createdAt: new Date(++clock),
  ...signText(text),
});

describe('CampaignPlan', () => {
  it('groups a batch in time order: the first copy represents, near copies join, others become heads', () => {
    const plan = new CampaignPlan('d', 0.8);
    plan.queue(comment('a', LETTER));
    plan.queue(comment('b', LETTER.replace('chữ30', 'khác')));
    plan.queue(comment('c', 'một ý kiến hoàn toàn khác về điều này'));
    plan.queue(comment('d', LETTER.toUpperCase()));
    plan.assign();
    const r = plan.result();
    expect(r.created).toHaveLength(1);
    const [{ id, representativeId }] = r.created;
    expect(representativeId).toBe('a');
    expect(r.members.map((m) => [m.commentId, m.campaignId])).toEqual([
      ['a', id],
      ['b', id],
      ['d', id],
    ]);
    expect(r.heads).toEqual(['a', 'c']);
    expect([...r.touched.get(id)!].sort()).toEqual(['a', 'b', 'd']);
  });

  it('joins an existing campaign through its representative, only above the threshold', () => {
    const rep = comment('rep', LETTER);
    const plan = new CampaignPlan('d', 0.8);
    const near = comment('near', LETTER.replace('chữ10', 'x'));
    const far = comment('far', LETTER.split(' ').slice(0, 30).join(' ') + ' hoàn toàn khác');
    // The database proposes the representative in every bucket the new comments hash to.
    for (const q of [near, far]) {
      plan.queue(q);
      plan.addHead(
        'rep',
        'campaign-1',
        rep.shingles,
        bandBuckets(q.minhash).map((bucket, band) => ({ band, bucket })),
      );
    }
    plan.assign();
    const r = plan.result();
    expect(r.members).toEqual([{ commentId: 'near', campaignId: 'campaign-1' }]);
    expect(r.created).toEqual([]);
    expect(r.heads).toEqual(['far']);
  });

  it('always groups exact duplicates, whatever the threshold', () => {
    const plan = new CampaignPlan('d', 1.01);
    plan.addExact(
      signText('Đề nghị bỏ điều 5').exactHash,
      'old',
      null,
      signText('Đề nghị bỏ điều 5').shingles,
    );
    plan.queue(comment('new', 'de nghi bo dieu 5!'));
    plan.assign();
    const r = plan.result();
    expect(r.created.map((c) => c.representativeId)).toEqual(['old']);
    expect(r.members.map((m) => m.commentId)).toEqual(['old', 'new']);
  });
});
