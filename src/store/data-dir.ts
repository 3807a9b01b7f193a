import fs from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { shorten } from '../domain/text.js';
import { StoreError } from './store-error.js';

/** The lock inside a data directory: a directory, since mkdir is atomic (proper-lockfile). */
export const LOCK_NAME = '.plenary-lock';
/**
 * Who holds the lock, beside it: not inside it, because proper-lockfile takes any change to the lock's
 * mtime (adding a file changes it) for another process having taken it. It names the lock it belongs
 * to (inode and birth time), so an owner file left by an earlier holder is never read as the current one.
 */
const OWNER_NAME = '.plenary-lock.owner';
/** Present while a new directory is being initialised; PGlite writes PG_VERSION only near the end. */
const INIT_MARK = '.plenary-initialising';
/** A lock whose holder we cannot check (another host) is stale once its mtime is this old. */
const STALE_MS = 30_000;
const UPDATE_MS = 5_000;
const NEVER_STALE_MS = 2 ** 31;

/** Who holds a data directory, as written into its lock. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  readonly since: string;
  /** The holder's start time in clock ticks since boot (Linux), so that a reused pid is not taken for the holder. */
  readonly started: string | null;
  /** The lock directory this owner took: inode and birth time. */
  readonly lock: string;
}

/** A data directory this process owns until `release`. */
export interface DataDirLease {
  readonly dir: string;
  /** The topmost directory this claim created (absent before), or null when the directory existed. */
  readonly created: string | null;
  /** Releases the lock; with `discard`, first removes the directory this claim created. */
  release(options?: { discard?: boolean }): Promise<void>;
  /** Says the database in the directory is initialised: a later claim no longer takes it for an interrupted first start. */
  initialised(): Promise<void>;
}

/**
 * Makes `dir` this process's PGlite data directory: creates it when missing, takes its lock and
 * checks that it is empty or holds a PostgreSQL data directory (PG_VERSION). PGlite cannot share a
 * directory between processes, even for reading, so a second process is refused whatever it means
 * to do, with the holder named.
 *
 * Staleness: a holder on this host that is no longer running (killed with `kill -9`: no exit handler
 * ran) is found at once from the pid and start time it wrote beside the lock, so the next command need
 * not wait; one that is running holds the lock however busy it is. The lock's mtime is refreshed every
 * 5 s, and a holder that cannot be checked (another host on a shared file system, or one killed before
 * it could say who it is) is taken for gone when the mtime is 30 s old.
 */
export async function claimDataDir(dir: string): Promise<DataDirLease> {
  const existing = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw unusable(dir, error);
  });
  if (existing && !existing.isDirectory())
    throw new StoreError(
      'Unusable',
      `${dir} is a file, not a directory: give --data a directory (new or a Plenary data directory); nothing was changed`,
    );
  const created = existing
    ? null
    : await makeDir(dir).catch((error: NodeJS.ErrnoException) => {
        throw unusable(dir, error);
      });
  const lockfilePath = join(dir, LOCK_NAME);
  // proper-lockfile's own staleness (mtime only) is turned off: isStale decides, knowing the holder.
  const options = { lockfilePath, realpath: false, stale: NEVER_STALE_MS, update: UPDATE_MS, onCompromised };
  try {
    await acquire(dir, options);
  } catch (error) {
    if (created) await rm(created, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
  const ownerPath = join(dir, OWNER_NAME);
  const release = async ({ discard = false } = {}) => {
    if (discard && created) await rm(created, { recursive: true, force: true }).catch(() => {});
    else await rm(ownerPath, { force: true }).catch(() => {});
    await lockfile.unlock(dir, options).catch(() => {});
  };
  try {
    await writeOwner(dir);
    const entries = (await readdir(dir)).filter((name) => !name.startsWith(LOCK_NAME));
    if (entries.includes(INIT_MARK)) {
      // A first initialisation that never finished (its process was killed): nothing was ever
      // stored here, so start it again rather than call the directory damaged.
      for (const name of entries) await rm(join(dir, name), { recursive: true, force: true });
      await writeFile(join(dir, INIT_MARK), '');
    } else if (entries.length === 0) {
      await writeFile(join(dir, INIT_MARK), '');
    } else if (!entries.includes('PG_VERSION')) {
      throw new StoreError(
        'NotADataDirectory',
        `${dir} is not a Plenary data directory or it is damaged: it holds ${describeEntries(entries)} but no PG_VERSION; nothing was changed. Give --data a new or empty directory, or restore this one from a backup`,
      );
    }
  } catch (error) {
    await release({ discard: true });
    throw error instanceof StoreError ? error : unusable(dir, error as NodeJS.ErrnoException);
  }
  return { dir, created, release, initialised: () => rm(join(dir, INIT_MARK), { force: true }) };
}

/**
 * Creates `dir` and any missing parents; returns the topmost directory it created, or null if `dir`
 * appeared meanwhile. (Not `mkdir -p`: Node's recursive mkdir spins forever under /proc.)
 */
async function makeDir(dir: string): Promise<string | null> {
  try {
    await mkdir(dir);
    return dir;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return null;
    const parent = dirname(dir);
    if (
      code !== 'ENOENT' ||
      parent === dir ||
      (await stat(parent).then(
        () => true,
        () => false,
      ))
    )
      throw error;
    const top = await makeDir(parent);
    await mkdir(dir);
    return top ?? dir;
  }
}

async function acquire(dir: string, options: lockfile.LockOptions & { lockfilePath: string }): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await lockfile.lock(dir, options);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') throw unusable(dir, error as NodeJS.ErrnoException);
      const identity = await lockIdentity(dir);
      const owner = await readOwner(dir);
      if (attempt === 0 && identity && (await isStale(options.lockfilePath, owner))) {
        // Check again just before removing it, so that a lock another process took meanwhile stays.
        if ((await lockIdentity(dir)) === identity) await rm(options.lockfilePath, { recursive: true, force: true });
        continue;
      }
      throw busy(dir, owner);
    }
  }
}

/**
 * A holder on this host is judged by its pid alone: alive means held, however long since it last
 * touched the lock (a long synchronous import may not). A holder we cannot check (on another host,
 * or one that never said who it is) holds the lock until its mtime is STALE_MS old.
 */
async function isStale(lockfilePath: string, owner: LockOwner | null): Promise<boolean> {
  if (owner && owner.host === hostname()) return isGone(owner);
  const st = await stat(lockfilePath).catch(() => null);
  return st !== null && st.mtimeMs < Date.now() - STALE_MS;
}

function busy(dir: string, owner: LockOwner | null): StoreError {
  const who = owner
    ? `process ${owner.pid}${owner.host !== hostname() ? ` on ${owner.host}` : ''} (${owner.command}, since ${owner.since})`
    : 'another process (it is starting, or it did not say who it is)';
  return new StoreError(
    'Busy',
    `the data directory ${dir} is in use by ${who}. PGlite cannot share a directory between processes, not even for reading, so nothing was done. Stop that process and try again, or use a PostgreSQL server (DATABASE_URL) for several processes at once`,
  );
}

function onCompromised(error: Error): void {
  // Another process may now think the directory is free: stop before writing anything more.
  console.error(
    `plenary: lost the lock on the data directory (${error.message}); stopping so that two processes never write to it`,
  );
  process.exit(1);
}

async function writeOwner(dir: string): Promise<void> {
  const lock = await lockIdentity(dir);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command: commandLine(),
    since: new Date().toISOString(),
    started: startTime(process.pid),
    lock: lock ?? '',
  };
  const path = join(dir, OWNER_NAME);
  await writeFile(`${path}.${process.pid}`, JSON.stringify(owner));
  await rename(`${path}.${process.pid}`, path);
}

/** The holder of `dir`'s current lock, if it has said who it is. */
async function readOwner(dir: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(join(dir, OWNER_NAME), 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || owner.lock !== (await lockIdentity(dir)))
      return null;
    return {
      pid: owner.pid,
      host: owner.host,
      command: String(owner.command ?? '?'),
      since: String(owner.since ?? '?'),
      started: typeof owner.started === 'string' ? owner.started : null,
      lock: owner.lock,
    };
  } catch {
    return null;
  }
}

/** Which lock directory is there now: its inode and birth time (a new lock is a new directory). */
async function lockIdentity(dir: string): Promise<string | null> {
  const st = await stat(join(dir, LOCK_NAME), { bigint: true }).catch(() => null);
  return st ? `${st.ino}:${st.birthtimeNs}` : null;
}

/** The holder ran on this host and is not running any more (or its pid now belongs to another process). */
function isGone(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  const started = startTime(owner.pid);
  return owner.started !== null && started !== null && started !== owner.started;
}

/** Field 22 of /proc/PID/stat (start time since boot), or null where there is no /proc. */
function startTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function commandLine(): string {
  const [, script = '', ...args] = process.argv;
  const name = /plenary(\.js)?$/.test(script) ? 'plenary' : basename(script);
  return shorten([name, ...args].join(' '), 80);
}

function describeEntries(entries: readonly string[]): string {
  const shown = entries
    .slice(0, 3)
    .map((e) => `"${shorten(e, 40)}"`)
    .join(', ');
  return entries.length > 3 ? `${shown} and ${entries.length - 3} more` : shown;
}

const FS_REASONS: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (read-only or immutable)',
  ENOENT: 'a directory on the path does not exist or cannot hold new directories',
  ENOTDIR: 'a part of the path is a file, not a directory',
  ENOSPC: 'no space left on the device',
  EEXIST: 'something else is in the way',
};

function unusable(dir: string, error: NodeJS.ErrnoException): StoreError {
  const reason = (error.code && FS_REASONS[error.code]) ?? error.message;
  return new StoreError(
    'Unusable',
    `cannot use ${dir} as a data directory: ${reason}${error.code ? ` (${error.code})` : ''}. PGlite must be able to write to its directory, even to read; give --data a writable directory, or use DATABASE_URL`,
    { cause: error },
  );
}
