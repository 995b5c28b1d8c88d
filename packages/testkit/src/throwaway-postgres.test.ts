import pg from 'pg';
import { describe, expect, inject, test } from 'vitest';
import { createTestDatabase } from './test-database';
import { expectClose } from './expect-close';

describe('throwaway PostgreSQL from the global setup', () => {
  test('answers queries on 127.0.0.1 and gives each caller its own database', async () => {
    const a = await createTestDatabase(inject('postgresUrl'));
    const b = await createTestDatabase(inject('postgresUrl'));
    expect(new URL(a.url).hostname).toBe('127.0.0.1');
    const clientA = new pg.Client({ connectionString: a.url });
    const clientB = new pg.Client({ connectionString: b.url });
    await clientA.connect();
    await clientB.connect();
    try {
      await clientA.query('CREATE TABLE only_in_a (x int)');
      const inB = await clientB.query<{ t: string | null }>("SELECT to_regclass('only_in_a') AS t");
      expect(inB.rows[0]?.t).toBeNull();
      const version = await clientA.query<{ server_version_num: string }>(
        'SHOW server_version_num',
      );
      expect(Number(version.rows[0]?.server_version_num)).toBeGreaterThanOrEqual(150000);
    } finally {
      await clientA.end();
      await clientB.end();
      await a.drop();
      await b.drop();
    }
  });
});

describe('expectClose', () => {
  test('passes within tolerance and fails outside it with Δ and tol in the message', () => {
    expectClose(1.04, 1, { rtol: 0, atol: 0.05 });
    expect(() => expectClose(1.06, 1, { rtol: 0, atol: 0.05 }, 't=1 h')).toThrow(
      /t=1 h: actual 1.06, expected 1, Δ/,
    );
    expect(() => expectClose(Number.NaN, 1, { rtol: 1, atol: 1 })).toThrow();
  });
});
