import { CAMPAIGN_ID, buildCorpus, withoutMarks } from './fixtures/corpus';
import { adjustedRandIndex, measure } from './fixtures/quality';
import { displayForm, textFeatures } from './text-features';
import type { TopicComment } from './topics';
import { OTHER_LABEL, buildTopics } from './topics';

const corpus = buildCorpus();
const result = buildTopics(corpus);
const quality = measure(corpus, result);

describe('the test corpus', () => {
  it('has hundreds of labelled comments from eight points, off-topic ones and a campaign', () => {
    expect(corpus.length).toBeGreaterThan(400);
    const points = new Set(corpus.map((c) => c.point));
    expect(points.size).toBe(9);
    expect(corpus.filter((c) => c.point === 'off-topic').length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((c) => c.campaignId === CAMPAIGN_ID).length).toBe(40);
    // Some typed without marks, and different wording, not one sentence copied.
    expect(
      corpus.filter((c) => /[a-z]{3}/i.test(c.text) && withoutMarks(c.text) === c.text).length,
    ).toBeGreaterThan(40);
    expect(new Set(corpus.filter((c) => !c.campaignId).map((c) => c.text)).size).toBeGreaterThan(380);
  });

  it('is the same on every run', () => {
    expect(buildCorpus()).toEqual(corpus);
  });
});

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names, about 0 for an unrelated one', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toBe(1);
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y'])).toBeLessThan(0);
    // The textbook example (Hubert & Arabie's formula): 0.2424…
    expect(adjustedRandIndex(['a', 'a', 'a', 'b', 'b', 'b'], ['x', 'x', 'y', 'y', 'z', 'z'])).toBeCloseTo(
      0.2424,
      3,
    );
  });
});

describe('buildTopics on the corpus', () => {
  it('recovers the known points: adjusted Rand index ≥ 0.7', () => {
    // Over units (the campaign once), "Ý kiến khác" one cluster and off-topic one class.
    expect(quality.ari).toBeGreaterThanOrEqual(0.7);
    expect(quality.ariOnTopic).toBeGreaterThanOrEqual(0.7);
  });

  it('mixes no two points in more than a fifth of a topic', () => {
    expect(Math.max(...quality.topics.map((t) => t.impurity))).toBeLessThanOrEqual(0.2);
  });

  it('picks its own number of topics, about one per point', () => {
    expect(result.topics.length).toBeGreaterThanOrEqual(6);
    expect(result.topics.length).toBeLessThanOrEqual(12);
    const majorities = new Set(quality.topics.map((t) => t.majority));
    expect(majorities.size).toBeGreaterThanOrEqual(7);
  });

  it('leaves off-topic comments in "Ý kiến khác"', () => {
    expect(result.other).toMatchObject({ id: 'other', label: OTHER_LABEL });
    expect(quality.offTopicToOther).toBeGreaterThanOrEqual(0.8);
    expect(quality.onTopicToOther).toBeLessThanOrEqual(0.1);
  });

  it('labels topics with 2–4 phrases as most people wrote them (with diacritics)', () => {
    for (const t of result.topics) {
      const parts = t.label.split(', ');
      expect(parts.length).toBeGreaterThanOrEqual(2);
      expect(parts.length).toBeLessThanOrEqual(4);
      expect(t.phrases.slice(0, parts.length)).toEqual(parts);
      expect(t.label).not.toBe(withoutMarks(t.label));
    }
    const labels = result.topics.map((t) => t.label).join(' | ');
    expect(labels).toMatch(/khuôn mặt|sinh trắc học/);
    expect(labels).toMatch(/xóa/);
  });

  it('describes each topic: representative, size, stances, members', () => {
    const ids = new Set(corpus.map((c) => c.id));
    for (const t of result.topics) {
      expect(t.id).toMatch(/^topic-[0-9a-f]{12}$/);
      expect(t.commentIds[0]).toBe(t.representativeId);
      expect(t.commentIds.every((id) => ids.has(id))).toBe(true);
      expect(Object.values(t.stanceCounts).reduce((s, n) => s + n, 0)).toBe(t.size);
    }
    // Every comment is in exactly one topic or in "other".
    const all = [...result.topics.flatMap((t) => t.commentIds), ...(result.other?.commentIds ?? [])];
    expect(all.length).toBe(corpus.length);
    expect(new Set(all).size).toBe(corpus.length);
    expect(result.topics.map((t) => t.size)).toEqual(
      [...result.topics.map((t) => t.size)].sort((a, b) => b - a),
    );
  });

  it('counts a campaign once, with its comments listed', () => {
    const topic = result.topics.find((t) => t.campaigns.some((c) => c.campaignId === CAMPAIGN_ID))!;
    expect(topic).toBeDefined();
    expect(topic.campaigns).toEqual([{ campaignId: CAMPAIGN_ID, commentCount: 40 }]);
    expect(topic.size).toBe(topic.commentCount - 39);
    // A hundred more copies change no topic's size.
    const more = Array.from({ length: 100 }, (_, i) => ({
      id: `copy-${i}`,
      text: corpus.find((c) => c.campaignId)!.text,
      campaignId: CAMPAIGN_ID,
      stance: 'OPPOSE' as const,
    }));
    const bigger = buildTopics([...corpus, ...more]);
    expect(bigger.topics.map((t) => t.size)).toEqual(result.topics.map((t) => t.size));
    expect(bigger.topics.find((t) => t.campaigns.length)!.campaigns[0].commentCount).toBe(140);
  });

  it('is deterministic and does not depend on the order comments arrive in', () => {
    const reversed = buildTopics([...corpus].reverse());
    expect(reversed).toEqual(result);
    expect(buildTopics(corpus)).toEqual(result);
  });
});

describe('buildTopics beyond the sample size', () => {
  it('clusters a sample of 2,000 units and assigns the rest as well', () => {
    // 2,250 comments, about 2,050 units: more than sampleSize, so the sampled path runs.
    const big = buildCorpus({ scale: 5, campaignCopies: 200 });
    const bigResult = buildTopics(big);
    const q = measure(big, bigResult);
    expect(q.units).toBeGreaterThan(2000);
    expect(q.ari).toBeGreaterThanOrEqual(0.7);
    expect(q.worstImpurity).toBeLessThanOrEqual(0.2);
    expect(buildTopics([...big].reverse())).toEqual(bigResult);
  });
});

describe('buildTopics on small inputs', () => {
  const c = (id: string, text: string, extra: Partial<TopicComment> = {}): TopicComment => ({
    id,
    text,
    ...extra,
  });

  it('has no topics and no "other" for no comments', () => {
    expect(buildTopics([])).toEqual({ topics: [], other: null });
  });

  it('puts a lone comment, and comments without content words, in "other"', () => {
    expect(buildTopics([c('a', 'Cần quy định thời hạn lưu trữ dữ liệu.')])).toMatchObject({
      topics: [],
      other: { size: 1, commentIds: ['a'] },
    });
    const empty = buildTopics([c('a', 'Đồng ý!'), c('b', 'ok'), c('c', '...'), c('d', 'Tôi ủng hộ.')]);
    expect(empty.topics.filter((t) => t.commentIds.includes('c'))).toEqual([]);
    expect(empty.other?.commentIds).toContain('c');
  });

  it('finds a topic of three comments making one point, and does not force the others into it', () => {
    const r = buildTopics([
      c('1', 'Cần quy định thời hạn lưu trữ dữ liệu cá nhân, hết hạn phải xóa.', { stance: 'AMEND' }),
      c('2', 'Phải xóa dữ liệu cá nhân khi hết thời hạn lưu trữ.', { stance: 'AMEND' }),
      c('3', 'can quy dinh thoi han luu tru du lieu, het han thi xoa', { stance: 'SUPPORT' }),
      c('4', 'Giá vé máy bay dịp Tết quá đắt.'),
      c('5', 'Đường làng bị xe tải làm hỏng.'),
    ]);
    expect(r.topics).toHaveLength(1);
    expect([...r.topics[0].commentIds].sort()).toEqual(['1', '2', '3']);
    expect(r.topics[0].stanceCounts).toMatchObject({ AMEND: 2, SUPPORT: 1 });
    expect(r.topics[0].label).toMatch(/lưu trữ|thời hạn|xóa/);
    expect(r.other?.commentIds).toEqual(['4', '5']);
  });

  it('makes no topic of unrelated comments', () => {
    const r = buildTopics([
      c('1', 'Giá vé máy bay dịp Tết quá đắt.'),
      c('2', 'Đường làng bị xe tải làm hỏng.'),
      c('3', 'Bệnh viện huyện thiếu bác sĩ.'),
      c('4', 'Học phí đại học tăng liên tục.'),
      c('5', 'Chợ cóc lấn chiếm vỉa hè.'),
    ]);
    expect(r.topics).toEqual([]);
    expect(r.other?.size).toBe(5);
  });
});

describe('text features', () => {
  it('drops function words and consultation boilerplate, keeps syllables and two-syllable words folded', () => {
    const features = textFeatures(
      'Kính gửi Ban soạn thảo, đề nghị quy định rõ việc xóa dữ liệu của người dùng.',
    );
    expect(features).toEqual(expect.arrayContaining(['xoa', 'du lieu', 'xoa du', 'nguoi dung']));
    for (const stop of ['kinh gui', 'ban', 'soan thao', 'de nghi', 'quy dinh', 'cua', 'ro', 'viec']) {
      expect(features).not.toContain(stop);
    }
  });

  it('matches stop words as written, so "bạn" goes and "bán" stays', () => {
    expect(textFeatures('Họ bán dữ liệu của bạn.')).toEqual(['ban', 'du', 'ban du', 'lieu', 'du lieu']);
    // Typed without marks, "ban" could be either: the folded stop list applies.
    expect(textFeatures('ho ban du lieu cua ban')).not.toContain('ho');
  });

  it('drops references to the draft ("Điều 12", "khoản 3") but keeps "tài khoản" and "điều kiện"', () => {
    const features = textFeatures('Điều 12 khoản 3: xóa tài khoản theo điều kiện');
    expect(features).not.toContain('12');
    expect(features).toEqual(expect.arrayContaining(['tai khoan', 'dieu kien']));
  });

  it('shows a phrase with the marks people wrote it with', () => {
    const seen = new Map([
      ['du lieu', 5],
      ['dữ liệu', 3],
      ['dư liệu', 1],
    ]);
    expect(displayForm('du lieu', seen)).toBe('dữ liệu');
    expect(displayForm('du lieu', new Map([['du lieu', 2]]))).toBe('du lieu');
  });
});
