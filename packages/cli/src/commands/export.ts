import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { recordToBundle } from '@blockade/fhir';
import { StoreLockedError } from '@blockade/store';
import { clinicHeader, findClinic, openConfiguredStore } from './clinic-archive';

/** Options of {@link exportClinic}. */
export interface ExportOptions {
  /** Clinic id or name slug. */
  readonly clinic: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Current time (Bundle timestamps). */
  readonly now: Date;
}

/**
 * Writes a whole clinic as ndjson: the clinic header, then one Bundle per patient.
 *
 * @param out - Where to write.
 * @param options - Clinic, environment, time.
 * @returns The number of patients written, or a message when the clinic is unknown.
 */
export async function exportClinic(
  out: Writable,
  options: ExportOptions,
): Promise<{ ok: true; patients: number } | { ok: false; message: string }> {
  const store = await openConfiguredStore(options.env);
  try {
    const clinic = await findClinic(store, options.clinic);
    if (clinic === undefined) {
      return { ok: false, message: `no clinic with id or slug "${options.clinic}"` };
    }
    const timestamp = options.now.toISOString();
    const write = async (value: unknown): Promise<void> => {
      if (!out.write(`${JSON.stringify(value)}\n`)) {
        await once(out, 'drain');
      }
    };
    await write(clinicHeader(clinic, timestamp));
    const patients = await store.listPatients(clinic.id);
    for (const p of patients) {
      const history = await store.getPatientHistory(clinic.id, p.id);
      if (history !== undefined) {
        await write(recordToBundle(history, { type: 'collection', timestamp }));
      }
    }
    return { ok: true, patients: patients.length };
  } finally {
    await store.close();
  }
}

/** Registers `blockade export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'Export a whole clinic as FHIR R4 Bundles, one per line (ndjson), from the configured database (DATABASE_URL or BLOCKADE_DATA_DIR).',
    )
    .requiredOption(
      '--clinic <id|slug>',
      'clinic id, or its name as a slug (e.g. riverside-recovery-clinic)',
    )
    .option('--out <file|->', 'output file, or - for standard output', '-')
    .action(async (opts: { clinic: string; out: string }) => {
      const toStdout = opts.out === '-';
      const out = toStdout ? process.stdout : createWriteStream(opts.out, { flags: 'wx' });
      try {
        const result = await exportClinic(out, {
          clinic: opts.clinic,
          env: process.env,
          now: new Date(),
        });
        if (!toStdout) {
          out.end();
          await once(out, 'finish');
        }
        if (!result.ok) {
          console.error(`blockade export: ${result.message}`);
          process.exitCode = 1;
          return;
        }
        console.error(`Exported ${result.patients} patients${toStdout ? '' : ` to ${opts.out}`}.`);
      } catch (error) {
        console.error(
          `blockade export: ${error instanceof StoreLockedError || error instanceof Error ? error.message : String(error)}`,
        );
        process.exitCode = 1;
      }
    });
}
