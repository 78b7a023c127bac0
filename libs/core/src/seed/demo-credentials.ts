import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DemoAccount } from './demo-seed.registry';

export const DEMO_ACCOUNTS_FILE = 'demo-accounts.txt';

/**
 * The plain-text banner shown once when the demo is seeded. Credentials never go through
 * the structured logger (whose lines are shipped and kept); the caller writes this to
 * stdout, and `writeDemoCredentials` keeps a copy readable only by the owner.
 */
export function demoCredentialsBanner(accounts: DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.label.length), 5);
  const emailWidth = Math.max(...accounts.map((a) => a.email.length), 6);
  const lines = accounts.map(
    (a) => `  ${a.label.padEnd(width)}  ${a.email.padEnd(emailWidth)}  ${a.password}`,
  );
  return [
    '',
    'Demo accounts (shown once; also in DATA_DIR/demo-accounts.txt):',
    `  ${'role'.padEnd(width)}  ${'e-mail'.padEnd(emailWidth)}  password`,
    ...lines,
    '',
  ].join('\n');
}

/** Writes the banner to DATA_DIR/demo-accounts.txt with mode 0600; returns the path. */
export function writeDemoCredentials(dataDir: string, accounts: DemoAccount[]): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DEMO_ACCOUNTS_FILE);
  writeFileSync(file, demoCredentialsBanner(accounts).trimStart() + '\n', { mode: 0o600 });
  // writeFileSync keeps an existing file's mode; make sure an older copy is private too.
  chmodSync(file, 0o600);
  return file;
}
