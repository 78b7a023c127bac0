import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A draft file between the import preview and the "create" that follows: kept on this
 * server's disk for an hour under a random token, tied to the officer who uploaded it, so the
 * second form need not carry 10 MB back (it works without JavaScript). One web process per
 * deployment today; several behind one address would need a shared store.
 */
const DIR = join(tmpdir(), 'thamvan-web-uploads');
const TTL_MS = 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

export async function saveUpload(ownerId: string, filename: string, bytes: Uint8Array): Promise<string> {
  await mkdir(DIR, { recursive: true, mode: 0o700 });
  await sweep();
  const token = randomBytes(24).toString('base64url');
  await writeFile(join(DIR, `${token}.bin`), bytes, { mode: 0o600 });
  await writeFile(join(DIR, `${token}.json`), JSON.stringify({ ownerId, filename }), { mode: 0o600 });
  return token;
}

/** The upload, if the token is one of this officer's and it has not expired. */
export async function readUpload(
  ownerId: string,
  token: string,
): Promise<{ filename: string; bytes: Buffer } | null> {
  if (!TOKEN.test(token)) return null;
  try {
    const meta = JSON.parse(await readFile(join(DIR, `${token}.json`), 'utf8')) as {
      ownerId: string;
      filename: string;
    };
    const info = await stat(join(DIR, `${token}.bin`));
    if (meta.ownerId !== ownerId || Date.now() - info.mtimeMs > TTL_MS) return null;
    return { filename: meta.filename, bytes: await readFile(join(DIR, `${token}.bin`)) };
  } catch {
    return null;
  }
}

export async function dropUpload(token: string): Promise<void> {
  if (!TOKEN.test(token)) return;
  await Promise.all([
    rm(join(DIR, `${token}.bin`), { force: true }),
    rm(join(DIR, `${token}.json`), { force: true }),
  ]);
}

/** Removes uploads older than an hour (on each new upload: no timer to stop). */
async function sweep(): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(DIR).catch(() => [] as string[])) {
    const file = join(DIR, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > TTL_MS) await rm(file, { force: true });
  }
}
