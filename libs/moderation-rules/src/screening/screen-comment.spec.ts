import { DEFAULT_MODERATION_OPTIONS } from '../moderation.options';
import { floodHash } from './flood';
import { screenComment } from './screen-comment';

describe(screenComment.name, () => {
  it('publishes a clean comment unchanged', () => {
    const body = 'Đề nghị sửa khoản 2 Điều 12 Luật 24/2018/QH14.';
    expect(screenComment({ body, proposedText: null }, DEFAULT_MODERATION_OPTIONS)).toEqual({
      maskedBody: null,
      maskedProposedText: null,
      findings: [],
      hold: false,
      reason: null,
      reasonWithFlood: 'Đang chờ kiểm duyệt vì bộ lọc tự động phát hiện: nội dung lặp lại',
      floodHash: floodHash(body),
    });
  });

  it('masks personal data in body and proposed text without holding', () => {
    const result = screenComment(
      { body: 'Gọi tôi: 0912 345 678', proposedText: 'Liên hệ an@example.vn' },
      DEFAULT_MODERATION_OPTIONS,
    );
    expect(result).toMatchObject({
      maskedBody: 'Gọi tôi: [số điện thoại đã ẩn]',
      maskedProposedText: 'Liên hệ [email đã ẩn]',
      hold: false,
      reason: null,
    });
    expect(result.findings.map((f) => f.kind).sort()).toEqual(['EMAIL', 'PHONE']);
  });

  it('holds for abusive language in the proposed text and says why', () => {
    const result = screenComment(
      { body: 'Sửa lại như sau', proposedText: 'Bọn mày là đồ chó' },
      DEFAULT_MODERATION_OPTIONS,
    );
    expect(result.hold).toBe(true);
    expect(result.reason).toBe('Đang chờ kiểm duyệt vì bộ lọc tự động phát hiện: ngôn từ có thể xúc phạm');
  });

  it('names every rule that held, and the flood rule when it holds too', () => {
    const result = screenComment(
      { body: 'fuck https://bit.ly/x', proposedText: null },
      DEFAULT_MODERATION_OPTIONS,
    );
    expect(result.findings.map((f) => f.rule)).toEqual(['ABUSIVE_LANGUAGE', 'LINKS']);
    expect(result.reason).toBe(
      'Đang chờ kiểm duyệt vì bộ lọc tự động phát hiện: ngôn từ có thể xúc phạm, đường liên kết',
    );
    expect(result.reasonWithFlood).toBe(
      'Đang chờ kiểm duyệt vì bộ lọc tự động phát hiện: ngôn từ có thể xúc phạm, đường liên kết, nội dung lặp lại',
    );
  });
});
