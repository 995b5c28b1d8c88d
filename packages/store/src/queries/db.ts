import type { Kysely } from 'kysely';
import { checkTimestamp } from '../checks';
import type { Database } from '../db-types';
import type { TimeRange } from '../repository';

/** A database handle: the pool/instance or an open transaction. */
export type Db = Kysely<Database>;

/** A checked UTC window; open sides are undefined. */
export interface Window {
  readonly from: Date | undefined;
  readonly to: Date | undefined;
}

/** Checks both ends of a time range and normalizes them to UTC ISO strings. */
export function window(range: TimeRange | undefined): Window {
  return {
    from: range?.from === undefined ? undefined : new Date(checkTimestamp('from', range.from)),
    to: range?.to === undefined ? undefined : new Date(checkTimestamp('to', range.to)),
  };
}
