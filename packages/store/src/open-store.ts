// Opens the store: embedded PGlite in a data directory (default ./data) unless a PostgreSQL URL is
// given. Migrations run on open.
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, type Dialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import type { Database } from './db-types';
import { KyselyRepository } from './kysely-repository';
import { migrationProvider } from './migrations/index';
import type { Repository } from './repository';

/** Where the data lives. */
export interface StoreOptions {
  /** `postgres://…`; when set, PostgreSQL is used and `dataDir` is ignored. */
  readonly databaseUrl?: string;
  /** PGlite data directory (default `./data`); `memory://` keeps everything in memory (tests). */
  readonly dataDir?: string;
  /** PostgreSQL pool size (default 10). */
  readonly poolSize?: number;
}

const DATE_OID = 1082;
const INT8_OID = 20;

/** Sub-directory of the data directory that holds the PGlite cluster. */
export const pgliteSubdir = 'pglite';

async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({
    db,
    provider: migrationProvider,
  }).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
}

function postgresDialect(url: string, poolSize: number): Dialect {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) => {
        if (oid === DATE_OID) {
          return (value: string) => value;
        }
        if (oid === INT8_OID) {
          return (value: string) => Number(value);
        }
        const parser: unknown =
          format === undefined ? pg.types.getTypeParser(oid) : pg.types.getTypeParser(oid, format);
        return parser as (value: string) => unknown;
      }) as typeof pg.types.getTypeParser,
    },
  });
  return new PostgresDialect({ pool });
}

async function pgliteDialect(dataDir: string): Promise<Dialect> {
  const pglite = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir, {
    parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
  });
  await pglite.exec(`SET TIME ZONE 'UTC'`);
  // Kysely's PGlite adapter declares a single connection, so Kysely hands it to one caller (one
  // query or one whole transaction) at a time.
  return new PGliteDialect({ pglite });
}

/**
 * Opens the treatment-records store and brings its schema up to date.
 *
 * Without `databaseUrl`, PGlite runs in-process on `<dataDir>/pglite`, guarded by the lock file
 * `<dataDir>/blockade.lock`: a second opener of the same directory gets a `StoreLockedError`
 * naming the directory and the holder's pid. `close()` always releases the lock.
 *
 * @param options - `databaseUrl` for PostgreSQL, else `dataDir` (default `./data`, or `memory://`).
 * @returns The repository; call `close()` when done.
 * @example
 * const store = await openStore({ dataDir: 'memory://' });
 * store.backend //=> 'pglite'
 */
export async function openStore(options: StoreOptions = {}): Promise<Repository> {
  if (options.databaseUrl !== undefined) {
    const db = new Kysely<Database>({
      dialect: postgresDialect(options.databaseUrl, options.poolSize ?? 10),
    });
    try {
      await migrate(db);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new KyselyRepository(db, 'postgres', () => db.destroy());
  }
  const dataDir = options.dataDir ?? './data';
  let lock: DataDirLock | undefined;
  let db: Kysely<Database> | undefined;
  try {
    const location = dataDir === 'memory://' ? dataDir : join(resolve(dataDir), pgliteSubdir);
    if (dataDir !== 'memory://') {
      lock = acquireDataDirLock(dataDir);
    }
    db = new Kysely<Database>({ dialect: await pgliteDialect(location) });
    await migrate(db);
  } catch (error) {
    await db?.destroy();
    lock?.release();
    throw error;
  }
  const opened = db;
  const held = lock;
  return new KyselyRepository(opened, 'pglite', async () => {
    try {
      await opened.destroy();
    } finally {
      held?.release();
    }
  });
}
