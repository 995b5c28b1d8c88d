// Vitest global setup: one throwaway PostgreSQL server for the whole run.
// Test files read its URL with `inject('postgresUrl')` and create their own database in it
// (see createTestDatabase), so files running in parallel never share tables.
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwaway-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const pg = await startThrowawayPostgres();
  console.log(`[testkit] throwaway PostgreSQL ready in ${Date.now() - started} ms`);
  project.provide('postgresUrl', pg.url);
  return () => pg.stop();
}
