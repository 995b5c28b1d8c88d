import type { Endpoint } from '../../http/endpoint';
import { adminEndpoints } from './admin';
import { authEndpoints } from './auth';
import { clinicalEndpoints } from './clinical';
import { patientEndpoints } from './patients';
import { recordEndpoints } from './records';

/**
 * The REST route table: every /api endpoint with its access rule. The router, the OpenAPI document
 * and the authorization matrix test are all built from it.
 */
export const restEndpoints: readonly Endpoint[] = [
  ...authEndpoints,
  ...patientEndpoints,
  ...recordEndpoints,
  ...clinicalEndpoints,
  ...adminEndpoints,
];
