import { Injectable } from '@nestjs/common';
import { AppConfig, AsOutboxConsumer, MailMessage, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { MailOnce } from '../responses/mail-once';
import { FollowsRepository, MailableFollower } from './follows.repository';
import { MILESTONE_TOPIC, MilestonePayload } from './milestones';
import { MilestoneDraft, MilestonesRepository } from './milestones.repository';

export type { MilestoneDraft };

/**
 * Mails the followers of a draft at each of its milestones (milestones.ts): one mail per
 * follower per milestone, only to verified addresses of accounts not deleted. Each mail is
 * sent once (MailOnce, as the answer mails), so a redelivered event mails nobody twice. Bulk lane: mail is not urgent.
 * (Thousands of followers are thousands of small transactions: fine for mail's pace.)
 */
@Injectable()
@AsOutboxConsumer()
export class FollowMailConsumer implements OutboxConsumer<typeof MILESTONE_TOPIC> {
  readonly name = 'follow-mail';
  readonly topics = [MILESTONE_TOPIC] as const;
  readonly lane = 'bulk' as const;

  constructor(
    private readonly milestones: MilestonesRepository,
    private readonly follows: FollowsRepository,
    private readonly mailOnce: MailOnce,
    private readonly config: AppConfig,
  ) {}

  async handle(events: OutboxMessage<typeof MILESTONE_TOPIC>[]): Promise<void> {
    for (const event of events) {
      const m = event.payload;
      const draft = await this.milestones.draftAt(m.draftId, m.at);
      if (!draft) continue;
      const followers = await this.follows.mailableFollowers(m.draftId);
      for (const follower of followers) {
        await this.mailOnce.send(
          `milestone:${m.draftId}:${m.kind}:${m.number}:${m.at}:${follower.userId}`,
          () => milestoneMail(follower, m, draft, this.config.publicUrl),
        );
      }
    }
  }
}

const day = (date: Date | string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(date));

/** The mail, in Vietnamese; links built from PUBLIC_URL (the web client's pages). */
export function milestoneMail(
  to: MailableFollower,
  m: MilestonePayload,
  draft: MilestoneDraft,
  publicUrl: string,
): MailMessage {
  const base = publicUrl.replace(/\/+$/, '');
  const page = `${base}/du-thao/${m.draftId}`;
  const until = draft.closesAt ? ` đến hết ngày ${day(draft.closesAt)}` : '';
  const [subject, news, link] = {
    OPENED: [
      `Dự thảo bắt đầu lấy ý kiến: ${draft.title}`,
      `${draft.agencyName} bắt đầu lấy ý kiến về “${draft.title}”${until}. Mời bạn đọc và góp ý theo từng điều, khoản.`,
      page,
    ],
    REOPENED: [
      `Dự thảo được mở lại để lấy ý kiến: ${draft.title}`,
      `${draft.agencyName} mở lại đợt lấy ý kiến về “${draft.title}”${until}.` +
        (draft.reason ? ` Lý do: ${draft.reason}` : ''),
      page,
    ],
    CLOSED: [
      `Dự thảo đã kết thúc lấy ý kiến: ${draft.title}`,
      `Đợt lấy ý kiến về “${draft.title}” đã kết thúc ngày ${day(m.at)}. Bạn vẫn đọc được mọi góp ý; ${draft.agencyName} sẽ trả lời và công bố báo cáo tiếp thu, giải trình.`,
      page,
    ],
    NEW_VERSION: [
      `Dự thảo có phiên bản mới: ${draft.title}`,
      `${draft.agencyName} đã công bố phiên bản ${m.number} của “${draft.title}”. Xem những gì đã thay đổi so với phiên bản trước:`,
      `${page}/so-sanh`,
    ],
    REPORT_PUBLISHED: [
      `Báo cáo tiếp thu, giải trình đã được công bố: ${draft.title}`,
      `${draft.agencyName} đã công bố báo cáo tiếp thu, giải trình ý kiến về “${draft.title}”` +
        (m.number > 1 ? ` (bản công bố lần ${m.number}).` : '.'),
      `${page}/bao-cao`,
    ],
  }[m.kind];
  const text = [
    `Chào ${to.displayName},`,
    '',
    news,
    link,
    '',
    '—',
    `Bạn nhận thư này vì đang theo dõi dự thảo này trên thamvan. Bỏ theo dõi tại ${base}/tai-khoan`,
  ].join('\n');
  return { to: to.email, subject, text };
}
