import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Parses one single-part message as nodemailer writes it (headers, blank line, body in
 * quoted-printable or base64). Enough for our own text mails; not a general MIME parser.
 */
export function parseMail(raw: string): ReceivedMail {
  const normalized = raw.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = normalized.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const body = normalized.slice(split + 2);
  const header = (name: string) =>
    decodeWords(new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  let text: string;
  if (encoding === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (encoding === 'quoted-printable') text = decodeQuotedPrintable(body);
  else text = body;
  return { to: header('To'), subject: header('Subject'), text };
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), as in Vietnamese subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Mails written by the file sink (no SMTP_URL) under `dataDir/mail`, oldest first. */
export function mailsInDir(dataDir: string): ReceivedMail[] {
  const dir = join(dataDir, 'mail');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => parseMail(readFileSync(join(dir, f), 'utf8')));
}

/** The 43-character token (32 random bytes, base64url) on its own line of an account mail. */
export function tokenIn(mail: ReceivedMail): string {
  const match = /^([A-Za-z0-9_-]{43})$/m.exec(mail.text);
  if (!match) throw new Error(`no token in mail "${mail.subject}"`);
  return match[1];
}

/**
 * Waits (bounded) for the n-th mail to `to` in the file sink: password-reset mail is sent
 * after the response, so it may land a moment later.
 */
export async function waitForMail(
  dataDir: string,
  to: string,
  subject: RegExp,
  count = 1,
): Promise<ReceivedMail> {
  for (let i = 0; i < 200; i++) {
    const mails = mailsInDir(dataDir).filter((m) => m.to.includes(to) && subject.test(m.subject));
    if (mails.length >= count) return mails[count - 1];
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no mail "${subject.source}" reached ${to}`);
}
