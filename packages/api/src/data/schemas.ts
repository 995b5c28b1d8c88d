// Request shapes of the REST API (zod 4 with OpenAPI metadata), matching @blockade/store's records.
// Every input object is strict: unknown fields are refused, so a typo never silently drops data.
import { z } from '@hono/zod-openapi';
import { auditActionPattern } from '@blockade/store';

const isoInstant = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T08:00:00Z' })
  .transform((s) => new Date(s).toISOString())
  .openapi({ example: '2026-03-01T08:00:00Z' });
const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' }).openapi({ example: '2026-03-01' });
const text = (max: number): z.ZodString =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const timeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone, e.g. Europe/Berlin');

/** Opaque record id (UUID). */
export const Id = z.uuid('must be a UUID');
const email = z.string().trim().toLowerCase().pipe(z.email('must be an email address'));
const password = z.string().min(12, 'must be at least 12 characters').max(1024, 'must be at most 1024 characters');

export const LoginBody = z.strictObject({
  email: z.string().trim().toLowerCase().max(320, 'must be at most 320 characters').pipe(z.email('must be an email address')).openapi({ example: 'clinician@example.org' }),
  password: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
});

export const Indication = z.enum(['alcohol-use-disorder', 'opioid-use-disorder', 'low-dose-naltrexone', 'obesity']);
export const DoseForm = z.enum(['oral-tablet', 'er-tablet', 'xr-injection', 'implant']);

export const PlanBody = z.strictObject({
  indication: Indication,
  form: DoseForm,
  regimen: z.enum(['daily', 'three-times-weekly', 'every-4-weeks', 'targeted', 'custom']),
  doseMg: z.number().positive('must be > 0').max(5000, 'must be at most 5000 mg'),
  intervalHours: z.number().positive('must be > 0').max(24 * 366, 'must be at most a year').optional(),
  goal: z.enum(['abstinence', 'moderation']),
  startDate: isoDate,
  stopDate: isoDate.optional(),
});

export const PatientBody = z.strictObject({
  mrn: text(64).optional(),
  givenName: text(120).openapi({ example: 'Alex' }),
  familyName: text(120).openapi({ example: 'Example' }),
  birthDate: isoDate.optional(),
  sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
  timeZone: timeZone.default('UTC'),
  weightKg: z.number().min(20, 'must be 20-400 kg').max(400, 'must be 20-400 kg').optional(),
  plan: PlanBody.optional(),
});

export const DoseBody = z
  .strictObject({
    status: z.enum(['taken', 'missed', 'late']),
    at: isoInstant,
    amountMg: z.number().min(0, 'must be ≥ 0').max(5000, 'must be at most 5000 mg'),
    form: DoseForm,
    planId: Id.optional(),
    injectionSite: z.enum(['left-gluteal', 'right-gluteal']).optional(),
    lot: text(64).optional(),
    siteReaction: z.enum(['none', 'mild', 'moderate', 'severe']).optional(),
  })
  .refine((d) => d.form === 'xr-injection' || (d.injectionSite === undefined && d.lot === undefined && d.siteReaction === undefined), {
    path: ['injectionSite'],
    message: 'injection fields only for form xr-injection',
  });

export const DiaryBody = z.strictObject({
  date: isoDate,
  standardDrinks: z.number().min(0, 'must be 0-100').max(100, 'must be 0-100'),
  heavyDrinkingDay: z.boolean().optional(),
  sinclairDoseAt: isoInstant.optional(),
  firstDrinkAt: isoInstant.optional(),
  note: text(2000).optional(),
});

export const CravingBody = z.strictObject({
  at: isoInstant,
  score: z.number().int('must be a whole number').min(0, 'must be 0-10').max(10, 'must be 0-10'),
});

export const QuestionnaireBody = z.strictObject({
  instrument: z.enum(['phq-9', 'audit-c', 'cows', 'pacs']),
  at: isoInstant,
  answers: z.array(z.number().int('must be a whole number')).min(1, 'must not be empty').max(20, 'must have at most 20 answers'),
});

export const LabBody = z.strictObject({
  test: z.enum(['alt', 'ast', 'ggt', 'bilirubin']),
  value: z.number().min(0, 'must be ≥ 0').max(100_000, 'must be at most 100000'),
  unit: z.enum(['U/L', 'mg/dL', 'umol/L']),
  upperLimitNormal: z.number().positive('must be > 0').max(100_000, 'must be at most 100000'),
  collectedAt: isoInstant,
});

export const OpioidUseBody = z.strictObject({
  opioid: z.enum(['short-acting', 'long-acting', 'fentanyl', 'buprenorphine', 'methadone', 'unknown']),
  lastUseAt: isoInstant,
  reportedAt: isoInstant.optional(),
});

const udsResult = z.enum(['positive', 'negative']).optional();
export const DrugScreenBody = z.strictObject({
  collectedAt: isoInstant,
  results: z
    .strictObject({ opiates: udsResult, fentanyl: udsResult, buprenorphine: udsResult, methadone: udsResult, oxycodone: udsResult, 'other-opioid': udsResult })
    .refine((r) => Object.values(r).some((v) => v !== undefined), 'must name at least one analyte'),
});

export const AppointmentBody = z.strictObject({
  kind: z.enum(['injection', 'visit', 'lab', 'telehealth']),
  dueAt: isoInstant,
  status: z.enum(['scheduled', 'done', 'missed', 'cancelled']).default('scheduled'),
});

export const NaloxoneKitBody = z.strictObject({
  status: z.enum(['has-kit', 'no-kit', 'expired', 'used']),
  expiresOn: isoDate.optional(),
  recordedAt: isoInstant.optional(),
});

export const NoteBody = z.strictObject({ at: isoInstant.optional(), text: text(20_000) });

export const UserBody = z.strictObject({
  email,
  displayName: text(120),
  role: z.enum(['admin', 'clinician', 'patient']),
  password,
  patientId: Id.optional(),
});

export const UserPatch = z.strictObject({
  displayName: text(120).optional(),
  active: z.boolean().optional(),
  password: password.optional(),
});

export const IdParams = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });
export const UserIdParams = z.object({ userId: Id.openapi({ param: { name: 'userId', in: 'path' } }) });
export const AuditQuery = z.strictObject({
  format: z.enum(['json', 'fhir']).default('json'),
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
  patientId: Id.optional(),
  from: z.iso
    .datetime({ offset: true, error: 'must be an ISO-8601 date-time with Z or an offset' })
    .optional(),
  to: z.iso
    .datetime({ offset: true, error: 'must be an ISO-8601 date-time with Z or an offset' })
    .optional(),
  action: z
    .string()
    .regex(auditActionPattern, 'must be an action such as diary.create, or a group such as diary')
    .max(80)
    .optional(),
});
