import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { MailerService, MailMessage } from '@thamvan/core';
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
  ) {}

  async sendVerification(user: UserEntity): Promise<void> {
    if (!user.email) return;
    const token = await this.dataSource.transaction((m) => this.tokens.issue(m, user.id, 'VERIFY_EMAIL'));
    await this.mailer.send(verificationMail(user.email, user.displayName, token));
  }

  /**
   * Sends a reset mail after the request has been answered, so the response takes as long
   * whether or not the address has an account. Failures are logged without the recipient.
   */
  sendResetInBackground(user: UserEntity, token: string): void {
    if (!user.email) return;
    const message = resetMail(user.email, user.displayName, token);
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

function verificationMail(to: string, name: string, token: string): MailMessage {
  return {
    to,
    subject: 'Xác nhận địa chỉ e-mail của bạn trên thamvan',
    text: [
      `Chào ${name},`,
      '',
      'Để xác nhận địa chỉ e-mail của tài khoản, hãy nhập mã sau (verifyEmail) trong vòng 24 giờ:',
      '',
      token,
      '',
      'Nếu bạn không đăng ký tài khoản, hãy bỏ qua thư này.',
    ].join('\n'),
  };
}

function resetMail(to: string, name: string, token: string): MailMessage {
  return {
    to,
    subject: 'Đặt lại mật khẩu thamvan',
    text: [
      `Chào ${name},`,
      '',
      'Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Mã đặt lại (resetPassword), dùng được một lần trong 1 giờ:',
      '',
      token,
      '',
      'Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không đổi.',
    ].join('\n'),
  };
}
