import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

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
 * under it) leaves its backends running, and they still write into `pg/base` as they notice
 * and exit; under CI load that took longer than any retry budget (ENOTEMPTY on `pg/base`,
 * seen in CI). So first wait for every process whose working directory is in the cluster
 * (PostgreSQL's processes run in their data directory) to go, killing them after a grace
 * period, and only then delete.
 */
export function removeDataDir(dir: string): void {
  // As root with a DATA_DIR the `postgres` user cannot reach, the cluster lives elsewhere.
  const location = join(dir, 'postgres-location');
  const cluster = existsSync(location) ? readFileSync(location, 'utf8').trim() : undefined;
  waitForProcessesIn(cluster ? [dir, cluster] : [dir]);
  if (cluster) rmSync(cluster, { recursive: true, force: true, maxRetries: 30, retryDelay: 100 });
  rmSync(dir, { recursive: true, force: true, maxRetries: 30, retryDelay: 100 });
}

/** Processes (Linux /proc) whose working directory is inside one of `dirs`. */
function processesIn(dirs: string[]): number[] {
  if (!existsSync('/proc')) return [];
  const roots = dirs.map((d) => resolve(d));
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    let cwd: string;
    try {
      cwd = readlinkSync(`/proc/${name}/cwd`);
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    if (roots.some((r) => cwd === r || cwd.startsWith(r + sep))) pids.push(Number(name));
  }
  return pids;
}

function waitForProcessesIn(dirs: string[], graceMs = 20_000): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + graceMs;
  for (let pids = processesIn(dirs); pids.length; pids = processesIn(dirs)) {
    if (Date.now() > deadline) {
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    if (Date.now() > deadline + 10_000) return; // rmSync reports whatever is still there
    Atomics.wait(pause, 0, 0, 100); // a synchronous sleep: afterAll callers do not await this
  }
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
