import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { importPatientRecord } from '@blockade/api';
import { bundleToRecord, type PatientRecord } from '@blockade/fhir';
import { findClinic, openConfiguredStore, readClinicHeader } from './clinic-archive';

/** Options of {@link importClinic}. */
export interface ImportOptions {
  /** The ndjson text. */
  readonly text: string;
  /** Target clinic id or slug; when absent, a new clinic is created from the header line. */
  readonly clinic?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Result of {@link importClinic}. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly clinicId: string;
      readonly patients: number;
      readonly created: number;
      readonly unchanged: number;
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads every line and checks every bundle first; only when all are valid, writes everything in
 * one database transaction (a failure part-way leaves the database unchanged). Records already
 * present (same source id) are not duplicated.
 *
 * @param options - Input text, target clinic, environment.
 * @returns Counts, or every problem found (line number, path, message).
 */
export async function importClinic(options: ImportOptions): Promise<ImportResult> {
  const problems: string[] = [];
  const records: PatientRecord[] = [];
  let header: { name: string; timeZone: string } | undefined;
  options.text.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not valid JSON`);
      return;
    }
    const clinic = readClinicHeader(value);
    if (clinic !== undefined) {
      header ??= clinic;
      return;
    }
    const read = bundleToRecord(value);
    if (read.ok) {
      records.push(read.value);
    } else {
      problems.push(
        ...read.issues.map((issue) => `line ${i + 1}: ${issue.path}: ${issue.message}`),
      );
    }
  });
  if (options.clinic === undefined && header === undefined) {
    problems.push('no clinic header line in the input: name a target clinic with --clinic');
  }
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const store = await openConfiguredStore(options.env);
  try {
    let target: string | undefined;
    if (options.clinic !== undefined) {
      target = (await findClinic(store, options.clinic))?.id;
      if (target === undefined) {
        return { ok: false, problems: [`no clinic with id or slug "${options.clinic}"`] };
      }
    }
    return await store.transaction(async (tx) => {
      const clinicId =
        target ?? (await tx.createClinic({ name: header!.name, timeZone: header!.timeZone })).id;
      let created = 0;
      let unchanged = 0;
      for (const record of records) {
        const summary = await importPatientRecord(tx, clinicId, record);
        created +=
          Object.values(summary.created).reduce((a, b) => a + b, 0) +
          (summary.patientCreated ? 1 : 0);
        unchanged +=
          Object.values(summary.unchanged).reduce((a, b) => a + b, 0) +
          (summary.patientCreated ? 0 : 1);
      }
      return { ok: true as const, clinicId, patients: records.length, created, unchanged };
    });
  } finally {
    await store.close();
  }
}

async function readInput(input: string): Promise<string> {
  if (input !== '-') {
    return readFile(input, 'utf8');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Registers `blockade import`. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import a clinic archive (ndjson of FHIR R4 Bundles, as written by `blockade export`) into the configured database. Everything is validated before anything is written; all in one transaction; re-importing adds nothing.',
    )
    .requiredOption('--input <file|->', 'input file, or - for standard input')
    .option(
      '--clinic <id|slug>',
      'import into this existing clinic (default: create the clinic named in the archive)',
    )
    .action(async (opts: { input: string; clinic?: string }) => {
      try {
        const text = await readInput(opts.input);
        const result = await importClinic({
          text,
          env: process.env,
          ...(opts.clinic === undefined ? {} : { clinic: opts.clinic }),
        });
        if (!result.ok) {
          console.error(
            `blockade import: nothing was written. ${result.problems.length} problem(s):`,
          );
          for (const p of result.problems.slice(0, 100)) {
            console.error(`  ${p}`);
          }
          process.exitCode = 1;
          return;
        }
        console.error(
          `Imported ${result.patients} patients into clinic ${result.clinicId}: ${result.created} records written, ${result.unchanged} already present.`,
        );
      } catch (error) {
        console.error(
          `blockade import: nothing was written: ${error instanceof Error ? error.message : String(error)}`,
        );
        process.exitCode = 1;
      }
    });
}
