export { expectClose, expectCloseSeries, type Tolerance } from './expect-close';
export {
  findPostgresBinDir,
  freePort,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './throwaway-postgres';
export { createTestDatabase } from './test-database';
