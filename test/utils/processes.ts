import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const API_MAIN = join(ROOT, 'dist/apps/api/src/main.js');
export const WORKER_MAIN = join(ROOT, 'dist/apps/worker/src/main.js');
export const CLI_MAIN = join(ROOT, 'dist/apps/cli/src/main.js');

/** Environment for a child process: the machine's, minus anything that would redirect it. */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: '0' };
  for (const name of [
    'DATABASE_URL',
    'PORT',
    'NODE_ENV',
    'JWT_SECRET',
    'REDIS_URL',
    'MEILI_URL',
    'SMTP_URL',
  ]) {
    delete env[name];
  }
  // Cheap password hashes, as in the in-process test app (test-app.ts); production refuses them.
  if (extra.NODE_ENV !== 'production') env.PASSWORD_HASH_COST = '10';
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

const started = new Set<ChildProcess>();

/**
 * Removes a test's DATA_DIR. A postmaster that died by SIGKILL (or with a server killed
 * under it) leaves its backends running for a moment, and they still write into `pg/base`
 * as they notice and exit: a single pass can meet a directory refilled behind it
 * (ENOTEMPTY, seen in CI). Node retries ENOTEMPTY/EBUSY with these options.
 */
export function removeDataDir(dir: string): void {
  // As root with a DATA_DIR the `postgres` user cannot reach, the cluster lives elsewhere.
  const location = join(dir, 'postgres-location');
  if (existsSync(location))
    rmSync(readFileSync(location, 'utf8').trim(), {
      recursive: true,
      force: true,
      maxRetries: 30,
      retryDelay: 100,
    });
  rmSync(dir, { recursive: true, force: true, maxRetries: 30, retryDelay: 100 });
}

/** For afterAll: a failed assertion must not leave a server (and its PostgreSQL) running. */
export async function killAll(): Promise<void> {
  const waits = [...started].map(async (child) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  });
  await Promise.all(waits);
  started.clear();
}

export function run(script: string, args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitForOutput(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = out.match(pattern) ?? err.match(pattern);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`process exited early:\n${out}\n${err}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
