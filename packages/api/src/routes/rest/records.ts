import { z } from '@hono/zod-openapi';
import type { Patient, Repository } from '@blockade/store';
import {
  AppointmentBody,
  CravingBody,
  DiaryBody,
  DoseBody,
  DrugScreenBody,
  IdParams,
  LabBody,
  NaloxoneKitBody,
  NoteBody,
  OpioidUseBody,
  PlanBody,
  QuestionnaireBody,
} from '../../data/schemas';
import { stripUndefined } from '../../data/strip-undefined';
import { defineEndpoint, type Endpoint } from '../../http/endpoint';
import { heavyDrinkingThreshold, scoreStored, validateQuestionnaire } from './scoring';

/** What a record handler gets: the store, the (authorized) patient, the author and the clock. */
interface RecordContext {
  readonly store: Repository;
  readonly patient: Patient;
  readonly userId: string;
  readonly now: string;
}

interface RecordRoute {
  /** Path segment under /api/patients/{id}/. */
  readonly kind: string;
  readonly label: string;
  readonly body: z.ZodType;
  /** May the patient write this kind for themself? (Clinicians of the clinic always may.) */
  readonly selfWrite: boolean;
  /** May the patient read this kind of their own? */
  readonly selfRead: boolean;
  /** A valid body (authorization matrix, fuzz tests, docs). */
  readonly sample: unknown;
  readonly list: (ctx: RecordContext) => Promise<readonly unknown[]>;
  readonly add: (ctx: RecordContext, body: never) => Promise<unknown>;
}

const ids = (ctx: RecordContext): { clinicId: string; patientId: string } => ({
  clinicId: ctx.patient.clinicId,
  patientId: ctx.patient.id,
});

/** Per-patient record lists: one GET and one POST each. */
const recordRoutes: readonly RecordRoute[] = [
  {
    kind: 'doses',
    label: 'dose events (taken, missed, late; depot injections)',
    body: DoseBody,
    selfWrite: true,
    selfRead: true,
    sample: { status: 'taken', at: '2026-02-28T08:00:00Z', amountMg: 50, form: 'oral-tablet' },
    list: (ctx) => ctx.store.listDoseEvents(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof DoseBody>) =>
      ctx.store.addDoseEvent({ ...stripUndefined(body), ...ids(ctx), recordedBy: ctx.userId }),
  },
  {
    kind: 'diary',
    label: 'drinking diary days (one per date; a second entry replaces the first)',
    body: DiaryBody,
    selfWrite: true,
    selfRead: true,
    sample: { date: '2026-02-28', standardDrinks: 2 },
    list: (ctx) => ctx.store.listDiaryEntries(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof DiaryBody>) =>
      ctx.store.saveDiaryEntry({
        ...stripUndefined(body),
        ...ids(ctx),
        heavyDrinkingDay:
          body.heavyDrinkingDay ?? body.standardDrinks >= heavyDrinkingThreshold(ctx.patient.sex),
      }),
  },
  {
    kind: 'cravings',
    label: 'craving ratings (0-10)',
    body: CravingBody,
    selfWrite: true,
    selfRead: true,
    sample: { at: '2026-02-28T20:00:00Z', score: 4 },
    list: (ctx) => ctx.store.listCravings(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof CravingBody>) => ctx.store.addCraving({ ...body, ...ids(ctx) }),
  },
  {
    kind: 'questionnaires',
    label: 'questionnaires (PHQ-9, AUDIT-C, COWS, PACS) with their scores',
    body: QuestionnaireBody,
    selfWrite: true,
    selfRead: true,
    sample: { instrument: 'pacs', at: '2026-02-28T09:00:00Z', answers: [1, 2, 0, 1, 2] },
    list: async (ctx) =>
      (await ctx.store.listQuestionnaires(ctx.patient.clinicId, ctx.patient.id)).map((q) =>
        scoreStored(q, ctx.patient),
      ),
    add: async (ctx, body: z.infer<typeof QuestionnaireBody>) => {
      validateQuestionnaire(body, ctx.patient);
      return scoreStored(await ctx.store.addQuestionnaire({ ...body, ...ids(ctx) }), ctx.patient);
    },
  },
  {
    kind: 'opioid-use',
    label: 'opioid use reports (last use)',
    body: OpioidUseBody,
    selfWrite: true,
    selfRead: true,
    sample: { opioid: 'short-acting', lastUseAt: '2026-02-20T09:00:00Z' },
    list: (ctx) => ctx.store.listOpioidUseReports(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof OpioidUseBody>) =>
      ctx.store.addOpioidUseReport({
        ...body,
        reportedAt: body.reportedAt ?? ctx.now,
        ...ids(ctx),
      }),
  },
  {
    kind: 'drug-screens',
    label: 'urine drug screens',
    body: DrugScreenBody,
    selfWrite: false,
    selfRead: true,
    sample: {
      collectedAt: '2026-02-27T09:00:00Z',
      results: { opiates: 'negative', fentanyl: 'negative' },
    },
    list: (ctx) => ctx.store.listUrineDrugScreens(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof DrugScreenBody>) =>
      ctx.store.addUrineDrugScreen({
        collectedAt: body.collectedAt,
        results: stripUndefined(body.results),
        ...ids(ctx),
      }),
  },
  {
    kind: 'labs',
    label: 'liver tests (ALT, AST, GGT, bilirubin) with upper limit of normal',
    body: LabBody,
    selfWrite: false,
    selfRead: true,
    sample: {
      test: 'alt',
      value: 30,
      unit: 'U/L',
      upperLimitNormal: 40,
      collectedAt: '2026-02-01T09:00:00Z',
    },
    list: (ctx) => ctx.store.listLabResults(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof LabBody>) => ctx.store.addLabResult({ ...body, ...ids(ctx) }),
  },
  {
    kind: 'appointments',
    label: 'appointments and due dates (next injection)',
    body: AppointmentBody,
    selfWrite: false,
    selfRead: true,
    sample: { kind: 'injection', dueAt: '2026-03-10T09:00:00Z' },
    list: (ctx) => ctx.store.listAppointments(ctx.patient.clinicId, { patientId: ctx.patient.id }),
    add: (ctx, body: z.infer<typeof AppointmentBody>) =>
      ctx.store.createAppointment({ ...body, ...ids(ctx) }),
  },
  {
    kind: 'naloxone-kits',
    label: 'naloxone rescue kit status (newest is current)',
    body: NaloxoneKitBody,
    selfWrite: true,
    selfRead: true,
    sample: { status: 'has-kit', expiresOn: '2027-06-30' },
    list: (ctx) => ctx.store.listNaloxoneKits(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof NaloxoneKitBody>) =>
      ctx.store.recordNaloxoneKit({
        ...stripUndefined(body),
        recordedAt: body.recordedAt ?? ctx.now,
        ...ids(ctx),
      }),
  },
  {
    kind: 'plans',
    label: 'treatment plans',
    body: PlanBody,
    selfWrite: false,
    selfRead: true,
    sample: {
      indication: 'alcohol-use-disorder',
      form: 'oral-tablet',
      regimen: 'daily',
      doseMg: 50,
      intervalHours: 24,
      goal: 'moderation',
      startDate: '2026-02-01',
    },
    list: (ctx) => ctx.store.listTreatmentPlans(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof PlanBody>) =>
      ctx.store.createTreatmentPlan({ ...stripUndefined(body), ...ids(ctx) }),
  },
  {
    kind: 'notes',
    label: 'clinician notes',
    body: NoteBody,
    selfWrite: false,
    selfRead: false,
    sample: { text: 'Tolerating well.' },
    list: (ctx) => ctx.store.listNotes(ctx.patient.clinicId, ctx.patient.id),
    add: (ctx, body: z.infer<typeof NoteBody>) =>
      ctx.store.addNote({
        text: body.text,
        at: body.at ?? ctx.now,
        authorUserId: ctx.userId,
        ...ids(ctx),
      }),
  },
];

/** GET and POST /api/patients/{id}/<kind> for every record kind. */
export const recordEndpoints: readonly Endpoint[] = recordRoutes.flatMap((r) => [
  defineEndpoint({
    method: 'get',
    path: `/api/patients/{id}/${r.kind}`,
    summary: `List ${r.label}, oldest first`,
    tags: ['records'],
    access: { kind: 'patient', clinician: true, self: r.selfRead },
    audit: `${r.kind}.list`,
    params: IdParams,
    success: { status: 200, schema: z.array(z.unknown()), description: 'Records' },
    handler: async ({ deps, principal, patient }) => ({
      status: 200,
      body: await r.list({
        store: deps.store,
        patient: patient!,
        userId: principal!.userId,
        now: deps.clock().toISOString(),
      }),
    }),
  }),
  defineEndpoint({
    method: 'post',
    path: `/api/patients/{id}/${r.kind}`,
    summary: `Add ${r.label}`,
    tags: ['records'],
    access: { kind: 'patient', clinician: true, self: r.selfWrite },
    audit: `${r.kind}.create`,
    params: IdParams,
    body: r.body,
    sample: { body: r.sample },
    success: { status: 201, schema: z.unknown(), description: 'Stored; durable once answered' },
    handler: async ({ deps, principal, patient, body }) => ({
      status: 201,
      body: await r.add(
        {
          store: deps.store,
          patient: patient!,
          userId: principal!.userId,
          now: deps.clock().toISOString(),
        },
        body as never,
      ),
    }),
  }),
]);
