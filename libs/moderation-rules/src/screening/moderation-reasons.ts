import type { ScreeningRule } from './screening.types';

/**
 * Why a comment is PENDING or HIDDEN, as its author and moderators read it: a stable code for
 * programs (`Comment.moderationReasonCode`, stored as `comment.moderation_reason_code`) beside
 * the Vietnamese text (`Comment.moderationReason`). One home for the wording. Codes are added
 * to, never renamed.
 */
export type ModerationReasonCode =
  /** Held by automatic screening (the rules are in the comment's screening findings). */
  | 'HELD_BY_SCREENING'
  /** Held because the draft is pre-moderated. */
  | 'HELD_PRE_MODERATION'
  /** Hidden automatically when enough readers reported it. */
  | 'HIDDEN_BY_READER_REPORTS'
  /** A moderator's decision: the text is the moderator's own reason. */
  | 'MODERATOR_DECISION';

const RULE_NAMES: Record<ScreeningRule, string> = {
  PERSONAL_DATA: 'thông tin cá nhân',
  ABUSIVE_LANGUAGE: 'ngôn từ có thể xúc phạm',
  LINKS: 'đường liên kết',
  FLOOD: 'nội dung lặp lại',
};

export const moderationReasons = {
  /** The text shown to the author of a comment held by these rules. */
  heldByScreening: (rules: readonly ScreeningRule[]): string =>
    `Đang chờ kiểm duyệt vì bộ lọc tự động phát hiện: ${rules.map((r) => RULE_NAMES[r]).join(', ')}`,
  preModeration:
    'Đang chờ kiểm duyệt: ý kiến về dự thảo này được đăng sau khi người kiểm duyệt phê duyệt' as const,
  hiddenByReports: (reporters: number): string =>
    `Tự động ẩn: bị ${reporters} người báo cáo vi phạm; đang chờ người kiểm duyệt xem xét`,
};
