import type { Migration, MigrationProvider } from 'kysely/migration';
import { migration0001 } from './0001_initial';
import { migration0002 } from './0002_cds_hooks';

/** Every migration, by name; names sort in the order they apply. Never edit one that has shipped. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': migration0001,
  '0002_cds_hooks': migration0002,
};

/** Kysely migration provider for the in-code migrations. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
};
