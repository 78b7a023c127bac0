import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTestApp, TestApp } from '../utils/test-app';
import { createUser, uniqueEmail } from '../utils/factories/identity';
import { mailsInDir, parseMail, ReceivedMail, tokenIn } from '../utils/mail';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }`;
const VERIFY = `mutation ($t: String!) { verifyEmail(token: $t) { emailVerified } }`;
const REQUEST_RESET = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;

/** The account mails delivered through a real SMTP server on loopback (SMTP_URL set). */
describe('account mail over SMTP', () => {
  let t: TestApp;
  let server: SMTPServer;
  const received: (ReceivedMail & { rcpt: string[] })[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ ...parseMail(data), rcpt: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
    for (let i = 0; i < 200; i++) {
      const mail = received.find((m) => m.rcpt.includes(address) && subject.test(m.subject));
      if (mail) return mail;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no mail "${subject.source}" for ${address}`);
  }

  it('delivers the verification mail, whose token verifies the address', async () => {
    const email = uniqueEmail('smtp');
    await t.graphql(REGISTER, {
      input: { email, password: 'smtp long password', displayName: 'Lê Văn Cường' },
    });
    const mail = await mailTo(email, /Xác nhận địa chỉ e-mail/);
    expect(mail.text).toContain('Lê Văn Cường');
    expect((await t.graphql(VERIFY, { t: tokenIn(mail) })).data).toEqual({
      verifyEmail: { emailVerified: true },
    });
    // With SMTP configured nothing is written to the file sink.
    expect(mailsInDir(t.config.dataDir)).toEqual([]);
  });

  it('delivers the password-reset mail, whose token resets the password', async () => {
    const user = await createUser(t);
    expect((await t.graphql(REQUEST_RESET, { e: user.email })).data).toEqual({ requestPasswordReset: true });
    const mail = await mailTo(user.email, /Đặt lại mật khẩu/);
    expect((await t.graphql(RESET, { t: tokenIn(mail), p: 'reset over smtp ok' })).data).toEqual({
      resetPassword: true,
    });
  });
});
