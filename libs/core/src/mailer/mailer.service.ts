import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export const MAIL_FROM = 'thamvan <no-reply@thamvan.local>';

/**
 * Sends mail over SMTP when SMTP_URL is set; otherwise writes each message as an .eml file
 * under DATA_DIR/mail/, so a newcomer can open the verification mail without a mail server.
 * Both paths build the message with nodemailer, so what lands in the file is what SMTP sends.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter;
  readonly mailDir: string;

  constructor(private readonly config: AppConfig) {
    this.mailDir = join(config.dataDir, 'mail');
    this.transport = config.smtpUrl
      ? createTransport(config.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Returns the file written (file sink) or the SMTP message id. */
  async send(message: MailMessage): Promise<string> {
    const info = (await this.transport.sendMail({ from: MAIL_FROM, ...message })) as {
      messageId: string;
      message?: Buffer;
    };
    if (this.config.smtpUrl) {
      // Subject only: recipients are personal data and stay out of logs.
      this.logger.log({ subject: message.subject }, 'mail sent');
      return info.messageId;
    }
    // Mails hold addresses and sign-in links: for this user only, like the rest of DATA_DIR.
    await mkdir(this.mailDir, { recursive: true, mode: 0o700 });
    const file = join(this.mailDir, `${Date.now()}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, info.message ?? '', { mode: 0o600 });
    this.logger.log({ subject: message.subject, file }, 'mail written to file');
    return file;
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
