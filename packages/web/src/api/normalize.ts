// Tolerant mappers from the server's JSON to the web app's types. The server is the source of
// truth; these only rename fields and drop what the screens do not use.
import type { BlockadeDto, BlockadePointDto, CardDto, CoverageRow, PatientDto } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);

function point(raw: unknown): BlockadePointDto | undefined {
  if (!isObj(raw)) {
    return undefined;
  }
  const occ = isObj(raw.occupancy) ? raw.occupancy : {};
  const p5 = isObj(raw.p5) ? raw.p5 : {};
  const p95 = isObj(raw.p95) ? raw.p95 : {};
  const p5Occ = isObj(p5.occupancy) ? p5.occupancy : {};
  const p95Occ = isObj(p95.occupancy) ? p95.occupancy : {};
  const at = str(raw.at) ?? str(raw.time);
  const mu = num(raw.muOccupancy) ?? num(occ.mu);
  if (at === undefined || mu === undefined) {
    return undefined;
  }
  const out: BlockadePointDto = {
    at,
    naltrexoneNgPerMl: num(raw.naltrexoneNgPerMl) ?? 0,
    naltrexolNgPerMl: num(raw.naltrexolNgPerMl) ?? 0,
    muOccupancy: mu,
  };
  const lo = num(raw.muOccupancyP5) ?? num(p5Occ.mu);
  const hi = num(raw.muOccupancyP95) ?? num(p95Occ.mu);
  return {
    ...out,
    ...(lo !== undefined ? { muOccupancyP5: lo } : {}),
    ...(hi !== undefined ? { muOccupancyP95: hi } : {}),
  };
}

/**
 * Normalises the estimated blockade curve.
 *
 * @param raw - JSON from GET /api/patients/{id}/blockade.
 * @returns The "now" time and the points sorted by time.
 */
export function normalizeBlockade(raw: unknown): BlockadeDto {
  const o = isObj(raw) ? raw : {};
  const points = arr(o.points ?? o.series ?? o.curve)
    .map(point)
    .filter((p): p is BlockadePointDto => p !== undefined)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const now = str(o.now) ?? new Date().toISOString();
  const note = str(o.note) ?? str(o.label);
  return note ? { now, points, note } : { now, points };
}

/**
 * Normalises decision-support cards (CDS Hooks `cards` array or a bare array).
 *
 * @param raw - JSON from GET /api/patients/{id}/cards.
 * @returns Cards with indicator, summary and sources.
 */
export function normalizeCards(raw: unknown): CardDto[] {
  const list = Array.isArray(raw) ? raw : isObj(raw) ? arr(raw.cards) : [];
  return list.filter(isObj).map((c) => {
    const sources = [...(isObj(c.source) ? [c.source] : []), ...arr(c.sources).filter(isObj)].map(
      (s) => ({ label: str(s.label) ?? str(s.title) ?? 'source', url: str(s.url) }),
    );
    const indicator =
      c.indicator === 'critical' || c.indicator === 'warning' ? c.indicator : 'info';
    return {
      summary: str(c.summary) ?? '',
      ...(str(c.detail) !== undefined ? { detail: str(c.detail) } : {}),
      indicator,
      sources: sources.map((s) => (s.url ? { label: s.label, url: s.url } : { label: s.label })),
    } as CardDto;
  });
}

/** Plain labels of the server's worklist flag codes. */
const flagLabels: Record<string, string> = {
  'phq9-item9-positive': 'PHQ-9 item 9 positive',
  'depot-overdue': 'Depot injection overdue',
  'mu-below-75-within-7-days': 'Blockade falling below 75% within 7 days (estimate)',
  'missed-doses': 'Missed doses',
  'lft-overdue': 'Liver test overdue',
};

/**
 * Normalises the clinic coverage list and keeps the server's risk order.
 *
 * @param raw - JSON from GET /api/clinic/coverage.
 * @returns Rows with patient id, name, reasons and risk score.
 */
export function normalizeCoverage(raw: unknown): CoverageRow[] {
  const list = Array.isArray(raw)
    ? raw
    : isObj(raw)
      ? arr(raw.rows ?? raw.patients ?? raw.items)
      : [];
  return list.filter(isObj).map((r) => {
    const patient = isObj(r.patient) ? r.patient : {};
    const reasons = arr(r.reasons ?? r.flags).map((x) => {
      if (!isObj(x)) {
        return String(x);
      }
      const code = str(x.code) ?? '';
      const label = flagLabels[code] ?? str(x.message) ?? str(x.summary) ?? code;
      const detail = str(x.detail);
      return detail ? `${label}: ${detail}` : label;
    });
    const mu = num(r.muOccupancyNow) ?? num(r.muNow);
    const due = str(r.nextInjectionDue) ?? str(r.nextDue);
    return {
      patientId: str(r.patientId) ?? str(patient.id) ?? str(r.id) ?? '',
      name:
        str(r.name) ??
        str(r.displayName) ??
        ([str(r.givenName), str(r.familyName)].filter(Boolean).join(' ') || 'Unnamed'),
      riskScore: num(r.riskScore) ?? num(r.score) ?? 0,
      reasons,
      ...(mu !== undefined ? { muOccupancyNow: mu } : {}),
      ...(due !== undefined ? { nextInjectionDue: due } : {}),
    };
  });
}

const forms = ['oral-tablet', 'er-tablet', 'xr-injection', 'implant'] as const;
const indications = ['alcohol-use-disorder', 'opioid-use-disorder', 'ldn', 'obesity'] as const;

/**
 * Folds the active plan (latest start, not stopped) into the patient.
 *
 * @param raw - JSON from GET /api/patients/{id} (patient with `plans`) or a list row.
 * @returns The patient view the pages use.
 */
export function normalizePatient(raw: unknown): PatientDto {
  const o = isObj(raw) ? raw : {};
  const plans = arr(o.plans)
    .filter(isObj)
    .filter((p) => str(p.stopDate) === undefined)
    .sort((a, b) => (str(a.startDate) ?? '').localeCompare(str(b.startDate) ?? ''));
  const plan = plans.at(-1) ?? {};
  const form = forms.find((f) => f === plan.form) ?? 'oral-tablet';
  const indicationText = str(plan.indication) ?? '';
  const indication =
    indications.find((i) => i === indicationText) ??
    (indicationText.includes('low-dose') ? 'ldn' : 'alcohol-use-disorder');
  const name =
    str(o.displayName) ??
    ([str(o.givenName), str(o.familyName)].filter(Boolean).join(' ') || 'Unnamed');
  const regimen = str(plan.regimen);
  const interval = num(plan.intervalHours) ?? (regimen === 'targeted' ? 0 : 24);
  const view: PatientDto = {
    id: str(o.id) ?? '',
    displayName: name,
    indication,
    form,
    doseMg: num(plan.doseMg) ?? 50,
    intervalHours: interval,
    startDate: str(plan.startDate) ?? str(o.createdAt)?.slice(0, 10) ?? '',
    hasPlan: str(plan.id) !== undefined,
  };
  const extra: Record<string, unknown> = {};
  for (const [key, value] of [
    ['clinicId', str(o.clinicId)],
    ['birthDate', str(o.birthDate)],
    ['timeZone', str(o.timeZone)],
    ['weightKg', num(o.weightKg)],
    ['goal', str(plan.goal)],
    ['planId', str(plan.id)],
    ['regimen', regimen],
    ['naloxoneKit', str(o.naloxoneKit)],
  ] as const) {
    if (value !== undefined) {
      extra[key] = value;
    }
  }
  return { ...view, ...extra };
}
