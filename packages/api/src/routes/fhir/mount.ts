import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { mountEndpoints } from '../../http/endpoint';
import type { ApiDeps } from '../../http/deps';
import { fhirBase, fhirEndpoints } from './endpoints';

/** Largest accepted FHIR request body (a whole patient record), in bytes. */
export const fhirBodyLimitBytes = 20 * 1024 * 1024;

/**
 * Mounts the FHIR R4 endpoints under `/fhir/R4` (pass to `createApp({ mounts })`).
 *
 * @param app - The app.
 * @param deps - Shared dependencies.
 */
export function fhirMount(app: OpenAPIHono, deps: ApiDeps): void {
  app.use(`${fhirBase}/*`, bodyLimit({ maxSize: fhirBodyLimitBytes }));
  app.use(fhirBase, bodyLimit({ maxSize: fhirBodyLimitBytes }));
  mountEndpoints(app, fhirEndpoints, deps);
}
