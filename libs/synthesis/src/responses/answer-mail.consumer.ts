import { Injectable } from '@nestjs/common';
import { AppConfig, AsOutboxConsumer, MailMessage, OutboxConsumer, OutboxMessage } from '@thamvan/core';
import { DISPOSITION_LABELS } from '../exports/report-rows';
import { ResponsePublishedPayload, SynthesisTopic } from '../synthesis.options';
import { AnswerMailRepository, AnswerRecipient } from './answer-mail.repository';
import { MailOnce } from './mail-once';

/** Comments listed in one mail; the rest are on the author's "Góp ý của tôi" page. */
const LISTED = 10;

/**
 * Mails a comment's author when the drafting agency answers it (or edits its answer): the
 * answer's text and a link to the comment's page at PUBLIC_URL. One mail per author per
 * event (an answer given for many comments lists theirs together), only to verified
 * addresses of accounts that kept the switch on (`notify_answers`, the account page), and
 * only for comments still PUBLISHED or PENDING. Each mail is claimed in notification_delivery
 * within the transaction that sends it, so a redelivered event mails nobody twice and a
 * failed send is retried with the event. Mail is not urgent: it rides the bulk lane.
 */
@Injectable()
@AsOutboxConsumer()
export class AnswerMailConsumer implements OutboxConsumer<typeof SynthesisTopic.responsePublished> {
  readonly name = 'answer-mail';
  readonly topics = [SynthesisTopic.responsePublished] as const;
  readonly lane = 'bulk' as const;

  constructor(
    private readonly repository: AnswerMailRepository,
    private readonly mailOnce: MailOnce,
    private readonly config: AppConfig,
  ) {}

  async handle(events: OutboxMessage<typeof SynthesisTopic.responsePublished>[]): Promise<void> {
    for (const event of events) {
      const p = event.payload;
      // Events written before the payload carried the answer's text are not mailed.
      if (typeof p.explanation !== 'string' || !p.commentIds?.length) continue;
      for (const recipient of await this.repository.recipients(p.commentIds)) {
        await this.mailOnce.send(`answer:${event.seq}:${recipient.userId}`, () =>
          answerMail(recipient, p, this.config.publicUrl),
        );
      }
    }
  }
}

/** The mail, in Vietnamese; links built from PUBLIC_URL (the web client's pages). */
export function answerMail(r: AnswerRecipient, p: ResponsePublishedPayload, publicUrl: string): MailMessage {
  const base = publicUrl.replace(/\/+$/, '');
  const links = r.commentIds.slice(0, LISTED).map((id) => `${base}/c/${id}`);
  const more = r.commentIds.length - links.length;
  const one = r.commentIds.length === 1;
  const text = [
    `Chào ${r.displayName},`,
    '',
    `${r.agencyName} đã trả lời ${one ? 'góp ý' : `${r.commentIds.length} góp ý`} của bạn về “${r.title}”.`,
    '',
    `Hình thức: ${DISPOSITION_LABELS[p.disposition] ?? p.disposition}`,
    `Trả lời: ${p.explanation}`,
    '',
    one ? 'Xem góp ý và câu trả lời:' : 'Xem các góp ý và câu trả lời:',
    ...links,
    ...(more > 0 ? [`… và ${more} góp ý khác: ${base}/tai-khoan/gop-y`] : []),
    '',
    '—',
    `Bạn nhận thư này vì đã góp ý trên thamvan. Tắt thư báo khi có trả lời tại ${base}/tai-khoan`,
  ].join('\n');
  return { to: r.email, subject: `Cơ quan soạn thảo đã trả lời góp ý của bạn: ${r.title}`, text };
}
