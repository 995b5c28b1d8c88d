import { z } from '@hono/zod-openapi';
import { evaluateRules } from '@blockade/rules';
import { IdParams } from '../../data/schemas';
import { defineEndpoint, type Endpoint } from '../../http/endpoint';
import { HttpError, outcome } from '../../http/outcome';
import { defaultBlockadeOptions, estimateBlockade } from '../../clinical/blockade';
import { BlockadeCache } from '../../clinical/blockade-cache';
import { coverageRow, sortByRisk } from '../../clinical/coverage';
import { historyToFacts } from '../../clinical/facts';
import { computeOutcomes } from '../../clinical/outcomes';

const BlockadeQuery = z.strictObject({
  band: z.enum(['0', '1']).default('1'),
  projection: z.enum(['plan', 'none']).default('plan'),
});

const blockadeCache = new BlockadeCache();

/** Engine estimates, rule cards, outcomes and the clinic worklist. */
export const clinicalEndpoints: readonly Endpoint[] = [
  defineEndpoint({
    method: 'get',
    path: '/api/patients/{id}/blockade',
    summary:
      'Estimated plasma naltrexone/6β-naltrexol and μ occupancy from the real dose history: 30 days back, 30 projected, with the 5-95% population band (model estimates)',
    tags: ['clinical'],
    access: { kind: 'patient', clinician: true, self: true },
    audit: 'blockade.read',
    params: IdParams,
    query: BlockadeQuery,
    sample: { query: { band: '0' } },
    success: { status: 200, schema: z.unknown(), description: 'Estimate' },
    handler: async ({ deps, patient, query }) => {
      const [doses, plans] = await Promise.all([
        deps.store.listDoseEvents(patient!.clinicId, patient!.id),
        deps.store.listTreatmentPlans(patient!.clinicId, patient!.id),
      ]);
      const nowMs = deps.clock().getTime();
      const options = {
        ...defaultBlockadeOptions,
        populationSize: query.band === '1' ? defaultBlockadeOptions.populationSize : 0,
        projectPlan: query.projection === 'plan',
      };
      const compute = (): ReturnType<typeof estimateBlockade> =>
        estimateBlockade(patient!, doses, plans, nowMs, options);
      // The population band costs ~0.2 s of CPU: cache it; the typical-subject curve is ~1 ms.
      const result =
        options.populationSize > 0
          ? blockadeCache.getOrCompute(
              blockadeCache.key(patient!.id, doses, plans, JSON.stringify(options), nowMs),
              compute,
            )
          : compute();
      if (!result.ok) {
        throw new HttpError(
          422,
          outcome(
            'processing',
            `The engine could not use the dose history: ${result.issues.map((i) => i.message).join('; ')}`,
          ),
        );
      }
      return { status: 200, body: result.value };
    },
  }),
  defineEndpoint({
    method: 'get',
    path: '/api/patients/{id}/cards',
    summary:
      "The rules' cards for this patient now (CDS Hooks card shape; plain wording for patients)",
    tags: ['clinical'],
    access: { kind: 'patient', clinician: true, self: true },
    audit: 'cards.read',
    params: IdParams,
    success: { status: 200, schema: z.unknown(), description: 'Cards, critical first' },
    handler: async ({ deps, principal, patient }) => {
      const history = await deps.store.getPatientHistory(patient!.clinicId, patient!.id);
      const now = deps.clock();
      const cards =
        history === undefined
          ? []
          : evaluateRules(historyToFacts(history, now.getTime()), {
              now,
              hook: 'patient-view',
              audience: principal!.role === 'patient' ? 'patient' : 'clinician',
            });
      return { status: 200, body: { cards } };
    },
  }),
  defineEndpoint({
    method: 'get',
    path: '/api/patients/{id}/outcomes',
    summary:
      'Adherence (proportion of days covered), drinks per week, heavy-drinking days, craving and PHQ-9 trends (last 12 weeks)',
    tags: ['clinical'],
    access: { kind: 'patient', clinician: true, self: true },
    audit: 'outcomes.read',
    params: IdParams,
    success: { status: 200, schema: z.unknown(), description: 'Outcomes' },
    handler: async ({ deps, patient }) => {
      const history = await deps.store.getPatientHistory(patient!.clinicId, patient!.id);
      return {
        status: 200,
        body: history === undefined ? {} : computeOutcomes(history, deps.clock().getTime()),
      };
    },
  }),
  defineEndpoint({
    method: 'get',
    path: '/api/clinic/coverage',
    summary:
      'Worklist: patients by risk (PHQ-9 item 9, depot overdue, predicted μ < 75% within 7 days, missed doses, liver tests overdue)',
    tags: ['clinical'],
    access: { kind: 'clinic', roles: ['clinician'] },
    audit: 'coverage.read',
    success: { status: 200, schema: z.unknown(), description: 'Rows, highest risk first' },
    handler: async ({ deps, principal }) => {
      const clinicId = principal!.clinicId;
      const nowMs = deps.clock().getTime();
      const patients = (await deps.store.listPatients(clinicId)).filter((p) => p.active);
      const rows = [];
      for (const p of patients) {
        const history = await deps.store.getPatientHistory(clinicId, p.id);
        if (history !== undefined) {
          rows.push(coverageRow(history, nowMs));
        }
      }
      return {
        status: 200,
        body: {
          generatedAt: new Date(nowMs).toISOString(),
          estimate: true,
          rows: sortByRisk(rows),
        },
      };
    },
  }),
];
