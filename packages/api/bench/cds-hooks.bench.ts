// `npm run bench`: POST /cds-services/blockade-order-sign against the real server process on
// loopback (embedded PGlite), each call with a fresh ES384-signed EHR JWT and a realistic prefetch
// (about 30 resources: conditions, medications, liver tests, PHQ-9). Prints throughput and
// p50/p99; never fails on speed. Target (issue 6): ≥ 500 req/s with p99 < 20 ms on 2 cores.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@blockade/testkit';
import { makeTestEhr, signEhrJwt } from '../src/cds-auth/test-keys';
import { demoPassword } from '../src/demo/people';
import { sampleCdsRequest } from '../src/routes/cds-hooks/sample-request';
import { httpLogin, startServer } from '../test/server-process';
import { formatLoad, runLoad } from './load';

const requests = Number(process.env.BENCH_CDS_REQUESTS ?? 3000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const warmup = 300;

const dataDir = mkdtempSync(join(tmpdir(), 'blockade-cds-bench-'));
const server = await startServer({
  PORT: String(await freePort()),
  BLOCKADE_DATA_DIR: dataDir,
  BLOCKADE_DEMO: '1',
});
try {
  const adminToken = await httpLogin(server.url, 'admin@harbour.example', demoPassword);
  const ehr = await makeTestEhr('https://bench-ehr.example.org');
  const registered = await fetch(`${server.url}/api/cds/issuers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ iss: ehr.iss, jwks: { keys: [ehr.publicJwk] } }),
  });
  if (registered.status !== 201) {
    throw new Error(`issuer registration failed: ${registered.status}`);
  }
  const url = `${server.url}/cds-services/blockade-order-sign`;
  const body = JSON.stringify(sampleCdsRequest(new Date()));
  const resources = (body.match(/"resourceType"/g) ?? []).length;
  // Tokens are signed before the run: the EHR's signing cost is not the server's.
  const tokens = await Promise.all(
    Array.from({ length: requests + warmup }, () => signEhrJwt(ehr, new Date(), { aud: url })),
  );
  const send = async (i: number): Promise<number> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[i]!}`, 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    return res.status;
  };
  await runLoad(warmup, concurrency, (i) => send(requests + i), 200);
  const result = await runLoad(requests, concurrency, send, 200);
  console.log(
    `CDS Hooks order-sign (${resources} resources in the request, ES384 JWT, PGlite), ${cpus().length} cores`,
  );
  console.log(formatLoad('POST /cds-services/blockade-order-sign', result));
  console.log(
    `target: ≥ 500 req/s and p99 < 20 ms → ${result.perSecond >= 500 && result.p99Ms < 20 ? 'met' : 'not met'}`,
  );
} finally {
  await server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
