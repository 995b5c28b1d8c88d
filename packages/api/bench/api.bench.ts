// `npm run bench`: load on loopback against the real server process (tsx packages/api/src/main.ts)
// on embedded PGlite and on a throwaway PostgreSQL. Prints throughput and p50/p99; never fails on
// speed. Target (issue 5): ≥ 500 req/s with p99 < 20 ms for the diary write on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startThrowawayPostgres, type ThrowawayPostgres } from '@blockade/testkit';
import { demoPassword } from '../src/demo/people';
import { httpLogin, startServer } from '../test/server-process';
import { formatLoad, runLoad } from './load';

const diaryRequests = Number(process.env.BENCH_DIARY_REQUESTS ?? 3000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);

async function benchBackend(name: string, env: Record<string, string>): Promise<void> {
  const server = await startServer({ ...env, PORT: String(await freePort()), BLOCKADE_DEMO: '1' });
  try {
    const token = await httpLogin(server.url, 'clinician@harbour.example', demoPassword);
    const auth = { authorization: `Bearer ${token}` };
    const patients = (await (
      await fetch(`${server.url}/api/patients`, { headers: auth })
    ).json()) as { id: string; givenName: string }[];
    const ada = patients.find((p) => p.givenName === 'Ada')!;
    const diary = (i: number): Promise<number> =>
      fetch(`${server.url}/api/patients/${ada.id}/diary`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          date: new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
          standardDrinks: i % 7,
        }),
      }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    const get = (path: string) => (): Promise<number> =>
      fetch(`${server.url}${path}`, { headers: auth }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    await runLoad(200, concurrency, (i) => diary(100_000 + i), 201); // warm-up
    console.log(
      formatLoad(
        `${name}: POST /api/patients/{id}/diary`,
        await runLoad(diaryRequests, concurrency, diary, 201),
      ),
    );
    const typical = get(`/api/patients/${ada.id}/blockade?band=0`);
    await runLoad(20, 2, typical, 200);
    console.log(
      formatLoad(
        `${name}: GET …/blockade?band=0 (typical subject)`,
        await runLoad(500, concurrency, typical, 200),
      ),
    );
    const banded = get(`/api/patients/${ada.id}/blockade`);
    const cold = await runLoad(1, 1, banded, 200);
    console.log(formatLoad(`${name}: GET …/blockade (5-95% band, first call)`, cold));
    console.log(
      formatLoad(
        `${name}: GET …/blockade (5-95% band, cached)`,
        await runLoad(500, concurrency, banded, 200),
      ),
    );
  } finally {
    await server.kill('SIGTERM');
  }
}

console.log(
  `API load on loopback; ${cpus().length} CPUs; ${concurrency} requests in flight; real server process with demo data.`,
);
const dataDir = mkdtempSync(join(tmpdir(), 'blockade-bench-'));
try {
  await benchBackend('PGlite', { BLOCKADE_DATA_DIR: dataDir });
} catch (error) {
  console.log(`PGlite: skipped (${(error as Error).message.split('\n')[0]})`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
let pg: ThrowawayPostgres | undefined;
try {
  pg = await startThrowawayPostgres();
  await benchBackend('PostgreSQL', {
    DATABASE_URL: pg.url,
    BLOCKADE_DATA_DIR: mkdtempSync(join(tmpdir(), 'blockade-bench-')),
  });
} catch (error) {
  console.log(`PostgreSQL: skipped (${(error as Error).message.split('\n')[0]})`);
} finally {
  pg?.stop();
}
console.log(
  'Target: ≥ 500 req/s and p99 < 20 ms for the diary write on PostgreSQL (a 2-core machine shared with other work will read lower).',
);
