// Shared by `blockade export` and `blockade import`: opening the configured store (same settings
// as the server), finding a clinic by id or name slug, and the archive format: ndjson, one FHIR
// R4 Bundle per line, the first a `collection` holding the clinic as an Organization, then one
// `collection` Bundle per patient (see @blockade/fhir `recordToBundle`).
import { loadConfig } from '@blockade/api';
import { extensions } from '@blockade/fhir';
import { openStore, type Clinic, type Repository } from '@blockade/store';

/** Identifier system of the exported clinic. */
export const clinicIdentifierSystem = 'https://blockade.example.org/fhir/NamingSystem/clinic-id';

/**
 * Opens the store the server would open (DATABASE_URL, else BLOCKADE_DATA_DIR, default ./data).
 *
 * @param env - Environment variables.
 * @returns The repository; close it when done.
 */
export async function openConfiguredStore(
  env: Readonly<Record<string, string | undefined>>,
): Promise<Repository> {
  const config = loadConfig(env);
  return openStore(
    config.databaseUrl === undefined
      ? { dataDir: config.dataDir }
      : { databaseUrl: config.databaseUrl },
  );
}

/**
 * A clinic name as a slug: lower case, runs of other characters as `-`.
 *
 * @param name - Clinic name.
 * @returns The slug.
 * @example
 * clinicSlug('Riverside Recovery Clinic') //=> 'riverside-recovery-clinic'
 */
export const clinicSlug = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Finds a clinic by id or by the slug of its name.
 *
 * @param store - The repository.
 * @param idOrSlug - Clinic id or slug.
 * @returns The clinic, or undefined.
 */
export async function findClinic(store: Repository, idOrSlug: string): Promise<Clinic | undefined> {
  const clinics = await store.listClinics();
  return (
    clinics.find((c) => c.id === idOrSlug) ??
    clinics.find((c) => clinicSlug(c.name) === idOrSlug.toLowerCase())
  );
}

/**
 * The archive's first line: the clinic as an Organization in a collection Bundle.
 *
 * @param clinic - The clinic.
 * @param timestamp - Export time (ISO).
 * @returns The Bundle.
 */
export function clinicHeader(clinic: Clinic, timestamp: string): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp,
    entry: [
      {
        fullUrl: `Organization/${clinic.id}`,
        resource: {
          resourceType: 'Organization',
          id: clinic.id,
          identifier: [{ system: clinicIdentifierSystem, value: clinic.id }],
          name: clinic.name,
          extension: [{ url: extensions.timeZone, valueCode: clinic.timeZone }],
        },
      },
    ],
  };
}

/** The clinic named by a header line, if the bundle is one. */
export function readClinicHeader(bundle: unknown): { name: string; timeZone: string } | undefined {
  const entry = (
    bundle as {
      entry?: {
        resource?: {
          resourceType?: string;
          name?: unknown;
          extension?: { url?: string; valueCode?: unknown }[];
        };
      }[];
    }
  ).entry;
  const org = entry?.length === 1 ? entry[0]?.resource : undefined;
  if (org?.resourceType !== 'Organization' || typeof org.name !== 'string') {
    return undefined;
  }
  const tz = org.extension?.find((e) => e.url === extensions.timeZone)?.valueCode;
  return { name: org.name, timeZone: typeof tz === 'string' ? tz : 'UTC' };
}
