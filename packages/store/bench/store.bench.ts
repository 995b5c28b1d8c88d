// `npm run bench -- store`: diary inserts per second and a one-year patient history read, on
// PGlite (in memory and on disk) and on a throwaway PostgreSQL server. Prints figures; never fails on speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startThrowawayPostgres } from '@blockade/testkit';
import { openStore, type Repository } from '../src/index';

const DIARY_WRITES = 500;
const CONCURRENCY = 8;
const HISTORY_READS = 50;

const day = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();

async function seedPatient(store: Repository): Promise<{ clinicId: string; patientId: string }> {
  const clinic = await store.createClinic({ name: 'Bench', timeZone: 'UTC' });
  const patient = await store.createPatient({
    clinicId: clinic.id,
    givenName: 'B',
    familyName: 'P',
    timeZone: 'Europe/Paris',
  });
  return { clinicId: clinic.id, patientId: patient.id };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

/** Runs `count` calls of `op` with `concurrency` in flight; returns ops/s and latency percentiles in ms. */
async function measure(count: number, concurrency: number, op: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await op(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: count / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

async function benchBackend(label: string, store: Repository): Promise<void> {
  const owner = await seedPatient(store);
  const diary = await measure(DIARY_WRITES, CONCURRENCY, (i) =>
    store.saveDiaryEntry({
      ...owner,
      date: day(i).slice(0, 10),
      standardDrinks: i % 6,
      heavyDrinkingDay: i % 6 >= 5,
    }),
  );
  // A year of daily oral doses plus monthly questionnaires and labs for the history read.
  await store.addDoseEvents(
    Array.from({ length: 365 }, (_, i) => ({
      ...owner,
      status: 'taken' as const,
      at: day(i),
      amountMg: 50,
      form: 'oral-tablet' as const,
    })),
  );
  for (let m = 0; m < 12; m++) {
    await store.addQuestionnaire({
      ...owner,
      instrument: 'phq-9',
      at: day(m * 30),
      answers: [1, 1, 0, 0, 1, 0, 0, 0, 0],
    });
    await store.addLabResult({
      ...owner,
      test: 'alt',
      value: 30 + m,
      unit: 'U/L',
      upperLimitNormal: 40,
      collectedAt: day(m * 30),
    });
  }
  const history = await measure(HISTORY_READS, 1, () =>
    store.getPatientHistory(owner.clinicId, owner.patientId),
  );
  const rows = await store.getPatientHistory(owner.clinicId, owner.patientId);
  const size =
    (rows?.diary.length ?? 0) +
    (rows?.doses.length ?? 0) +
    (rows?.questionnaires.length ?? 0) +
    (rows?.labs.length ?? 0);
  console.log(
    `${label.padEnd(22)} diary upsert: ${diary.perSecond.toFixed(0).padStart(5)} /s ` +
      `(p50 ${diary.p50.toFixed(1)} ms, p99 ${diary.p99.toFixed(1)} ms, ${CONCURRENCY} in flight)   ` +
      `history read (${size} records): p50 ${history.p50.toFixed(1)} ms, p99 ${history.p99.toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  console.log(
    `store bench: ${DIARY_WRITES} diary upserts, ${HISTORY_READS} history reads per backend ` +
      `(${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at start)`,
  );
  const memory = await openStore({ dataDir: 'memory://' });
  await benchBackend('PGlite memory://', memory).finally(() => memory.close());

  const dir = mkdtempSync(join(tmpdir(), 'blockade-bench-'));
  try {
    const disk = await openStore({ dataDir: dir });
    await benchBackend('PGlite on disk', disk).finally(() => disk.close());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const server = await startThrowawayPostgres();
  try {
    const postgres = await openStore({ databaseUrl: server.url });
    await benchBackend('PostgreSQL (fsync=off)', postgres).finally(() => postgres.close());
  } finally {
    server.stop();
  }
}

await main();
