import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { acquireDataDirLock, isProcessAlive, lockFileName } from './data-dir-lock';
import { StoreLockedError } from './errors';

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'blockade-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The pid of a process that has already exited. */
const deadPid = (): number => {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(result.stdout);
};

describe('data directory lock', () => {
  test('writes this pid with O_EXCL and removes the file on release', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, lockFileName), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    lock.release();
    expect(existsSync(join(dir, lockFileName))).toBe(false);
  });

  test('refuses a second holder while the first is alive, naming the directory and the pid', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir);
    try {
      expect(() => acquireDataDirLock(dir)).toThrow(StoreLockedError);
      expect(() => acquireDataDirLock(dir)).toThrow(`${dir} is in use by process ${process.pid}`);
    } finally {
      lock.release();
    }
  });

  test('refuses a lock held by another live process (the parent of this worker)', () => {
    const dir = freshDir();
    writeFileSync(join(dir, lockFileName), `${process.ppid}\n`);
    expect(isProcessAlive(process.ppid)).toBe(true);
    expect(() => acquireDataDirLock(dir)).toThrow(`process ${process.ppid}`);
  });

  test.each([
    ['a dead pid', () => `${deadPid()}\n`],
    ['an empty file (crash while writing the pid)', () => ''],
    ['garbage', () => 'not a pid'],
  ])('takes over a stale lock: %s', (_, content) => {
    const dir = freshDir();
    writeFileSync(join(dir, lockFileName), content());
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, lockFileName), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  test('release leaves a lock that is no longer ours alone', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir);
    writeFileSync(join(dir, lockFileName), `${process.ppid}\n`);
    lock.release();
    expect(readFileSync(join(dir, lockFileName), 'utf8').trim()).toBe(String(process.ppid));
  });
});
