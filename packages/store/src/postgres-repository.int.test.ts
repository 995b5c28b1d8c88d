import { createTestDatabase } from '@blockade/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { runRepositoryContract } from './contract';
import { openStore } from './open-store';

let database: { url: string; drop: () => Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'));
});
afterAll(async () => {
  await database.drop();
});

runRepositoryContract({
  name: 'PostgreSQL',
  create: () => openStore({ databaseUrl: database.url, poolSize: 4 }),
});

describe('PostgreSQL schema guards', () => {
  test('the database itself refuses UPDATE, DELETE and TRUNCATE of audit events', async () => {
    const store = await openStore({ databaseUrl: database.url, poolSize: 1 });
    const clinic = await store.createClinic({ name: 'Audit', timeZone: 'UTC' });
    const event = await store.appendAuditEvent({
      clinicId: clinic.id,
      at: '2026-01-01T00:00:00Z',
      actorRole: 'system',
      action: 'seed',
      outcome: 'success',
    });
    await store.close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const statement of [
        `UPDATE audit_events SET outcome = 'denied' WHERE id = '${event.id}'`,
        `DELETE FROM audit_events WHERE id = '${event.id}'`,
        'TRUNCATE audit_events',
      ]) {
        await expect(client.query(statement)).rejects.toMatchObject({ code: '42501' });
      }
      const { rows } = await client.query('SELECT outcome FROM audit_events WHERE id = $1', [
        event.id,
      ]);
      expect(rows).toEqual([{ outcome: 'success' }]);
    } finally {
      await client.end();
    }
  });

  test('migrations are idempotent: opening an up-to-date database again changes nothing', async () => {
    const store = await openStore({ databaseUrl: database.url, poolSize: 1 });
    expect(store.backend).toBe('postgres');
    await store.close();
  });
});
