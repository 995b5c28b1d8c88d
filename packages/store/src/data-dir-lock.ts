// One process per PGlite data directory: an exclusive lock file holding the owner's pid.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StoreLockedError } from './errors';

/** Name of the lock file inside the data directory. */
export const lockFileName = 'blockade.lock';

/** A held lock; `release()` removes the file if it is still ours. Idempotent. */
export interface DataDirLock {
  readonly path: string;
  readonly release: () => void;
}

/** True when a process with this pid exists (EPERM means it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the data directory's lock (creating the directory if needed): creates `blockade.lock` with
 * O_EXCL and writes this pid. A lock left by a dead process (or an empty/corrupt one) is removed and
 * taken over. A live holder, including this very process, is refused.
 *
 * @param dataDir - The data directory.
 * @returns The held lock.
 * @throws StoreLockedError naming the directory and the holder's pid.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, lockFileName);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        path,
        release: () => {
          if (released) {
            return;
          }
          released = true;
          if (readPid(path) === process.pid) {
            unlinkSync(path);
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const holder = readPid(path);
    if (holder !== undefined && isProcessAlive(holder)) {
      throw new StoreLockedError(dir, holder);
    }
    // Stale (dead pid) or half-written lock: remove it and try again. A racing opener may win.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw error;
      }
    }
  }
  throw new Error(`Could not take the lock ${path} after 5 attempts`);
}
