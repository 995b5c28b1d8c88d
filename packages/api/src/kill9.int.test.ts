// Crash safety of the real server process on embedded PGlite: a burst of diary writes, SIGKILL in
// the middle of it, restart on the same data directory, and every acknowledged (201) write is there,
// complete. Also: a second server on the same data directory is refused with a clear message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@blockade/testkit';
import { afterAll, describe, expect, test } from 'vitest';
import { demoPassword } from './demo/people';
import {
  httpLogin,
  runServerToExit,
  startServer,
  type ServerProcess,
} from '../test/server-process';

const dataDir = mkdtempSync(join(tmpdir(), 'blockade-kill9-'));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const dateOf = (i: number): string =>
  new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

describe('kill -9 during a burst of writes (PGlite)', () => {
  test('every acknowledged write survives; a second server on the directory is refused', async () => {
    const port = await freePort();
    const env = { PORT: String(port), BLOCKADE_DATA_DIR: dataDir, BLOCKADE_DEMO: '1' };
    server = await startServer(env);

    const locked = await runServerToExit({ ...env, PORT: String(await freePort()) });
    expect(locked.code).toBe(1);
    expect(locked.output).toMatch(/in use by process \d+/);

    const token = await httpLogin(server.url, 'ada@harbour.example', demoPassword);
    const me = (await (
      await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { patientId: string };
    const acknowledged = new Map<string, number>();
    const sent = new Map<string, number>();
    let next = 0;
    let stop = false;
    const worker = async (): Promise<void> => {
      while (!stop) {
        const i = next++;
        const body = { date: dateOf(i), standardDrinks: i % 13 };
        sent.set(body.date, body.standardDrinks);
        try {
          const res = await fetch(`${server!.url}/api/patients/${me.patientId}/diary`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (res.status === 201) {
            acknowledged.set(body.date, body.standardDrinks);
          }
        } catch {
          return; // connection reset by the kill
        }
      }
    };
    const workers = Array.from({ length: 8 }, () => worker());
    while (acknowledged.size < 200) {
      await new Promise((r) => setTimeout(r, 5));
    }
    await server.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(server.child.signalCode).toBe('SIGKILL');

    server = await startServer(env);
    const token2 = await httpLogin(server.url, 'ada@harbour.example', demoPassword);
    const rows = (await (
      await fetch(`${server.url}/api/patients/${me.patientId}/diary`, {
        headers: { authorization: `Bearer ${token2}` },
      })
    ).json()) as { date: string; standardDrinks: number }[];
    const stored = new Map(
      rows.filter((r) => r.date < '2001-01-01').map((r) => [r.date, r.standardDrinks]),
    );
    const lost = [...acknowledged.keys()].filter((d) => stored.get(d) !== acknowledged.get(d));
    expect(lost).toEqual([]);
    // Nothing half-written or invented: every stored burst row is one that was sent, with its value.
    for (const [date, drinks] of stored) {
      expect(sent.get(date)).toBe(drinks);
    }
    console.log(
      `[kill -9] acknowledged ${acknowledged.size}, sent ${sent.size}, stored after restart ${stored.size}, lost 0`,
    );
    await server.kill('SIGTERM');
    server = undefined;
  }, 600_000);
});
