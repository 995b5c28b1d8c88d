// The routes the authorization matrix checks: every endpoint with a role-based access rule, from
// the REST table and the FHIR and CDS Hooks admin tables. Routes without role-based access are
// listed separately, each with where its access is tested; the matrix fails on any route that is
// registered on the app but in neither list.
import type { Endpoint } from './http/endpoint';
import { cdsAdminEndpoints } from './routes/cds-hooks/admin';
import { fhirEndpoints } from './routes/fhir/endpoints';
import { restEndpoints } from './routes/rest';

/** Every endpoint with an access rule: REST (/api), FHIR (/fhir/R4), CDS admin (/api/cds). */
export const matrixEndpoints: readonly Endpoint[] = [
  ...restEndpoints,
  ...fhirEndpoints,
  ...cdsAdminEndpoints,
];

/**
 * Registered routes (`METHOD /path` with Hono's `:param`) outside role-based access, with the
 * reason and the test that covers them.
 */
export const routesOutsideMatrix: Readonly<Record<string, string>> = {
  'GET /healthz': 'public liveness probe (app.test.ts)',
  'GET /openapi.json': 'public API description (api.test.ts)',
  'GET /docs': 'public API browser (api.test.ts)',
  'GET /*': 'the public web app shell and its static files (static-files, app.test.ts)',
  'GET /cds-services': 'public CDS Hooks discovery (cds-hooks.test.ts: discovery)',
  'POST /cds-services/:id':
    'EHR-signed JWT, not a user session (cds-hooks.test.ts, verify-ehr-jwt.test.ts)',
  'POST /cds-services/:id/feedback':
    'EHR-signed JWT, not a user session (cds-hooks.test.ts, cds-persistence.test.ts)',
};

/**
 * A route key as Hono lists it.
 *
 * @param e - The endpoint.
 * @returns E.g. `GET /api/patients/:id`.
 */
export const routeKey = (e: Endpoint): string =>
  `${e.method.toUpperCase()} ${e.path.replace(/\{(\w+)\}/g, ':$1')}`;
