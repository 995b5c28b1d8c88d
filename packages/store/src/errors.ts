/**
 * Why a write was refused: `conflict` (a unique value is taken, e.g. an e-mail), `invalid` (a value
 * breaks a CHECK, range or format rule), `not_found` (a referenced row, e.g. the patient, does not
 * exist in this clinic), `forbidden` (the write is never allowed, e.g. changing an audit event).
 */
export type StoreErrorCode = 'conflict' | 'invalid' | 'not_found' | 'forbidden';

/**
 * A refused write. Nothing was stored. `constraint` names the database constraint when there was
 * one (e.g. `diary_entries_standard_drinks_check`); messages never contain the submitted values.
 *
 * @example
 * try { await store.addCraving({ ...input, score: 11 }); }
 * catch (e) { if (e instanceof StoreError) e.code } //=> 'invalid'
 */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly constraint?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Thrown by `openStore` when another live process holds the PGlite data directory. */
export class StoreLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${pid}. PGlite allows one process per ` +
        `data directory: stop that process, use another directory (BLOCKADE_DATA_DIR), or use ` +
        `PostgreSQL (DATABASE_URL).`,
    );
    this.name = 'StoreLockedError';
  }
}
