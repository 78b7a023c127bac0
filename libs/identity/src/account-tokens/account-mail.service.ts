import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, MailerService, MailMessage } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { UserEntity } from '../users/entities/user.entity';
import { AccountTokensService } from './account-tokens.service';

/**
 * The account mails (verification, password reset), in Vietnamese, through the core mailer.
 * The token travels only in the mail body: never in logs, responses or errors.
 */
@Injectable()
export class AccountMailService implements OnModuleDestroy {
  private readonly logger = new Logger(AccountMailService.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly mailer: MailerService,
    private readonly tokens: AccountTokensService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async sendVerification(user: UserEntity): Promise<void> {
    if (!user.email) return;
    const token = await this.dataSource.transaction((m) => this.tokens.issue(m, user.id, 'VERIFY_EMAIL'));
    await this.mailer.send(verificationMail(user.email, user.displayName, token, this.config.publicUrl));
  }

  /**
   * Sends a reset mail after the request has been answered, so the response takes as long
   * whether or not the address has an account. Failures are logged without the recipient.
   */
  sendResetInBackground(user: UserEntity, token: string): void {
    if (!user.email) return;
    const message = resetMail(user.email, user.displayName, token, this.config.publicUrl);
    const sending = this.mailer
      .send(message)
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          'reset mail failed',
        );
      })
      .finally(() => this.pending.delete(sending));
    this.pending.add(sending);
  }

  /** Lets mails in flight finish before the process stops. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}

/**
 * The web pages that take these tokens (apps/web: /xac-minh-email, /dat-lai-mat-khau), at
 * PUBLIC_URL. The token is also shown alone, for API clients and for links a mail program broke.
 */
export function accountLink(
  publicUrl: string,
  page: 'xac-minh-email' | 'dat-lai-mat-khau',
  token: string,
): string {
  return `${publicUrl}/${page}?token=${encodeURIComponent(token)}`;
}

function verificationMail(to: string, name: string, token: string, publicUrl: string): MailMessage {
  return {
    to,
    subject: 'Xác nhận địa chỉ e-mail của bạn trên thamvan',
    text: [
      `Chào ${name},`,
      '',
      'Để xác nhận địa chỉ e-mail của tài khoản, hãy mở liên kết sau trong vòng 24 giờ và bấm "Xác minh e-mail":',
      '',
      accountLink(publicUrl, 'xac-minh-email', token),
      '',
      'Mã xác nhận (verifyEmail), nếu bạn cần nhập tay:',
      '',
      token,
      '',
      'Nếu bạn không đăng ký tài khoản, hãy bỏ qua thư này.',
    ].join('\n'),
  };
}

function resetMail(to: string, name: string, token: string, publicUrl: string): MailMessage {
  return {
    to,
    subject: 'Đặt lại mật khẩu thamvan',
    text: [
      `Chào ${name},`,
      '',
      'Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Mở liên kết sau (dùng được một lần, trong 1 giờ) để đặt mật khẩu mới:',
      '',
      accountLink(publicUrl, 'dat-lai-mat-khau', token),
      '',
      'Mã đặt lại (resetPassword), nếu bạn cần nhập tay:',
      '',
      token,
      '',
      'Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không đổi.',
    ].join('\n'),
  };
}
