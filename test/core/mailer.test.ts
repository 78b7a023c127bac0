import { AppConfig, MailerService } from '@thamvan/core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

const message = {
  to: 'citizen@example.vn',
  subject: 'Xác nhận địa chỉ e-mail',
  text: 'Mở liên kết để xác nhận: https://thamvan.local/verify?token=abc',
};

describe(MailerService.name, () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'thamvan-mail-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes each message as an .eml file under DATA_DIR/mail when SMTP_URL is unset', async () => {
    const mailer = new MailerService(AppConfig.load({ DATA_DIR: dataDir, NODE_ENV: 'test' }));
    const file = await mailer.send(message);
    expect(readdirSync(join(dataDir, 'mail'))).toHaveLength(1);
    const eml = readFileSync(file, 'utf8');
    expect(eml).toContain('To: citizen@example.vn');
    expect(eml).toMatch(/Subject: =\?UTF-8\?/); // Vietnamese subject, MIME-encoded
    expect(eml).toMatch(/token=(3D)?abc/); // quoted-printable encodes '='
    mailer.onModuleDestroy();
  });

  it('delivers over SMTP to a real server on loopback when SMTP_URL is set', async () => {
    const received: { from?: string; to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    try {
      const mailer = new MailerService(
        AppConfig.load({ DATA_DIR: dataDir, NODE_ENV: 'test', SMTP_URL: `smtp://127.0.0.1:${port}` }),
      );
      await mailer.send(message);
      mailer.onModuleDestroy();
      expect(received).toHaveLength(1);
      expect(received[0].to).toEqual(['citizen@example.vn']);
      expect(received[0].from).toBe('no-reply@thamvan.local');
      expect(received[0].data).toMatch(/token=(3D)?abc/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
