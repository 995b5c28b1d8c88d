// kill -9 during a burst of multi-row writes: every acknowledged write must be there after a
// restart, and no write may be half there. PGlite: the writer holds the data directory, so the
// reopen must also recover its stale lock. PostgreSQL: the writer (client) is killed mid-burst.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@blockade/testkit';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { StoreLockedError, openStore, type Repository } from '../src/index';

const root = join(import.meta.dirname, '..', '..', '..');
// `node --import tsx` (not the tsx CLI) so that the pid we SIGKILL is the writer itself.
const node = process.execPath;
const tsxLoader = ['--import', 'tsx'];
const writer = join(import.meta.dirname, 'crash-writer.ts');
const ACKS_BEFORE_KILL = 60;

interface Run {
  readonly acked: readonly number[];
  readonly signal: NodeJS.Signals | null;
  readonly pid: number;
}

/** Runs the writer until it has acknowledged `acks` writes, then SIGKILLs it. */
function runAndKill(args: readonly string[], acks: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [...tsxLoader, writer, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match !== null) {
          acked.push(Number(match[1]));
          if (acked.length === acks) {
            child.kill('SIGKILL');
          }
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === null) {
        reject(new Error(`writer exited by itself (code ${code}): ${stderr}`));
      } else {
        resolve({ acked, signal, pid: child.pid ?? -1 });
      }
    });
  });
}

/** Every write found, per table; a complete write has 1 diary day, 3 doses and a 9-item PHQ-9. */
async function writesFound(store: Repository, clinicId: string, patientId: string) {
  const history = await store.getPatientHistory(clinicId, patientId);
  if (history === undefined) {
    throw new Error('patient missing after restart');
  }
  const dayNumber = (iso: string) =>
    Math.round((Date.parse(iso) - Date.UTC(2000, 0, 1)) / 86_400_000);
  const dosesPerWrite = new Map<number, number>();
  for (const dose of history.doses) {
    const n = Number(dose.lot?.slice(1));
    dosesPerWrite.set(n, (dosesPerWrite.get(n) ?? 0) + 1);
  }
  return {
    diary: history.diary.map((e) => dayNumber(`${e.date}T00:00:00Z`)).sort((a, b) => a - b),
    doses: [...dosesPerWrite.entries()]
      .filter(([, c]) => c === 3)
      .map(([n]) => n)
      .sort((a, b) => a - b),
    partialDoses: [...dosesPerWrite.values()].filter((c) => c !== 3).length,
    questionnaires: history.questionnaires
      .filter((q) => q.answers.length === 9)
      .map((q) => dayNumber(q.at))
      .sort((a, b) => a - b),
    partialQuestionnaires: history.questionnaires.filter((q) => q.answers.length !== 9).length,
  };
}

async function seed(store: Repository): Promise<{ clinicId: string; patientId: string }> {
  const clinic = await store.createClinic({ name: 'Crash Clinic', timeZone: 'UTC' });
  const patient = await store.createPatient({
    clinicId: clinic.id,
    givenName: 'K',
    familyName: 'Nine',
    timeZone: 'UTC',
  });
  return { clinicId: clinic.id, patientId: patient.id };
}

function expectIntact(
  found: Awaited<ReturnType<typeof writesFound>>,
  acked: readonly number[],
): void {
  expect(found.partialDoses, 'dose batches half-written').toBe(0);
  expect(found.partialQuestionnaires, 'questionnaires half-written').toBe(0);
  expect(found.doses, 'writes with doses = writes with a diary day').toEqual(found.diary);
  expect(found.questionnaires, 'writes with a PHQ-9 = writes with a diary day').toEqual(
    found.diary,
  );
  expect(
    found.diary.filter((n) => acked.includes(n)),
    'acknowledged writes found',
  ).toEqual([...acked]);
  // At most the write in flight at the kill may have committed without its ack being read.
  expect(found.diary.length - acked.length).toBeLessThanOrEqual(1);
}

describe('crash safety (SIGKILL mid-burst)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test(
    'PGlite: acknowledged writes survive, nothing half-written, stale lock recovered',
    { timeout: 300_000 },
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'blockade-crash-'));
      dirs.push(dataDir);
      const first = await openStore({ dataDir });
      const owner = await seed(first);
      await first.close();

      const run = await runAndKill([dataDir, owner.clinicId, owner.patientId], ACKS_BEFORE_KILL);
      expect(run.signal).toBe('SIGKILL');
      const lockFile = join(dataDir, 'blockade.lock');
      expect(existsSync(lockFile) && readFileSync(lockFile, 'utf8').trim()).toBe(String(run.pid));

      const store = await openStore({ dataDir });
      try {
        const found = await writesFound(store, owner.clinicId, owner.patientId);
        console.log(
          `[crash] PGlite: ${run.acked.length} writes acknowledged, ${found.diary.length} found after restart`,
        );
        expectIntact(found, run.acked);
      } finally {
        await store.close();
      }
    },
  );

  test(
    'PostgreSQL: acknowledged writes survive a killed writer, nothing half-written',
    { timeout: 300_000 },
    async () => {
      const database = await createTestDatabase(inject('postgresUrl'));
      try {
        const first = await openStore({ databaseUrl: database.url, poolSize: 1 });
        const owner = await seed(first);
        await first.close();
        const run = await runAndKill(
          [database.url, owner.clinicId, owner.patientId],
          ACKS_BEFORE_KILL,
        );
        const store = await openStore({ databaseUrl: database.url, poolSize: 1 });
        try {
          const found = await writesFound(store, owner.clinicId, owner.patientId);
          console.log(
            `[crash] PostgreSQL: ${run.acked.length} writes acknowledged, ${found.diary.length} found after restart`,
          );
          expectIntact(found, run.acked);
        } finally {
          await store.close();
        }
      } finally {
        await database.drop();
      }
    },
  );

  test(
    'a second process opening a held PGlite data directory is refused with the dir and pid',
    { timeout: 120_000 },
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'blockade-lock-'));
      dirs.push(dataDir);
      const store = await openStore({ dataDir });
      try {
        await expect(openStore({ dataDir })).rejects.toBeInstanceOf(StoreLockedError);
        const result = await new Promise<{ code: number | null; stderr: string }>(
          (resolve, reject) => {
            const child = spawn(node, [...tsxLoader, writer, dataDir], {
              cwd: root,
              stdio: ['ignore', 'ignore', 'pipe'],
            });
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
            child.on('error', reject);
            child.on('exit', (code) => resolve({ code, stderr }));
          },
        );
        expect(result.code).toBe(3);
        expect(result.stderr).toContain(dataDir);
        expect(result.stderr).toContain(`process ${process.pid}`);
      } finally {
        await store.close();
      }
      const reopened = await openStore({ dataDir });
      await reopened.close();
    },
  );
});
