import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runRepositoryContract } from './contract';
import { StoreLockedError } from './errors';
import { openStore } from './open-store';

runRepositoryContract({
  name: 'PGlite (memory://)',
  create: () => openStore({ dataDir: 'memory://' }),
});

describe('PGlite on disk', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test(
    'a second opener of the same data directory is refused; close() releases; data persists',
    { timeout: 120_000 },
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'blockade-pglite-'));
      dirs.push(dataDir);
      const store = await openStore({ dataDir });
      const clinic = await store.createClinic({ name: 'Disk', timeZone: 'Pacific/Auckland' });
      const second = await openStore({ dataDir }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(second).toBeInstanceOf(StoreLockedError);
      expect((second as StoreLockedError).message).toContain(dataDir);
      await store.close();
      expect(existsSync(join(dataDir, 'blockade.lock'))).toBe(false);
      const reopened = await openStore({ dataDir });
      try {
        expect(await reopened.getClinic(clinic.id)).toEqual(clinic);
      } finally {
        await reopened.close();
      }
    },
  );
});
