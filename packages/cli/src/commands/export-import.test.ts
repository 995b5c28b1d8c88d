import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { bundleToRecord, type PatientRecord } from '@blockade/fhir';
import { openStore } from '@blockade/store';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportClinic } from './export';
import { importClinic } from './import';

const now = new Date('2026-03-01T08:00:00Z');
const envFor = (dir: string): Record<string, string> => ({ BLOCKADE_DATA_DIR: dir });
let sourceDir: string;

async function exportText(dir: string, clinic: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await exportClinic(out, { clinic, env: envFor(dir), now });
  expect(result.ok).toBe(true);
  return Buffer.concat(chunks).toString('utf8');
}

/** Patient records of an archive with ids replaced by positions (clinical content only). */
function content(text: string): unknown[] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const read = bundleToRecord(JSON.parse(line));
      if (!read.ok) {
        throw new Error(JSON.stringify(read.issues));
      }
      const r: PatientRecord = read.value;
      const plans = new Map(r.plans.map((p, i) => [p.id, i]));
      const strip = (xs: readonly { id: string }[]): unknown[] =>
        xs.map(({ id: _id, ...rest }) => rest);
      return {
        patient: { ...r.patient, id: undefined },
        plans: strip(r.plans),
        doses: r.doses.map(({ id: _id, planId, ...rest }) => ({
          ...rest,
          plan: planId === undefined ? undefined : plans.get(planId),
        })),
        labs: strip(r.labs),
        diary: strip(r.diary),
        questionnaires: strip(r.questionnaires),
        appointments: strip(r.appointments),
        notes: strip(r.notes),
      };
    });
}

beforeAll(async () => {
  sourceDir = mkdtempSync(join(tmpdir(), 'blockade-cli-src-'));
  const store = await openStore({ dataDir: sourceDir });
  try {
    const clinic = await store.createClinic({
      name: 'Riverside Recovery Clinic',
      timeZone: 'Europe/Berlin',
    });
    for (const [i, given] of ['Alex', 'Sam'].entries()) {
      const ids = {
        clinicId: clinic.id,
        patientId: (
          await store.createPatient({
            clinicId: clinic.id,
            givenName: given,
            familyName: 'Example',
            timeZone: 'Europe/Berlin',
            mrn: `M-${i}`,
          })
        ).id,
      };
      const plan = await store.createTreatmentPlan({
        ...ids,
        indication: 'alcohol-use-disorder',
        form: 'oral-tablet',
        regimen: 'daily',
        doseMg: 50,
        intervalHours: 24,
        goal: 'moderation',
        startDate: '2026-01-05',
      });
      await store.addDoseEvent({
        ...ids,
        planId: plan.id,
        status: 'taken',
        at: '2026-01-05T08:00:00.000Z',
        amountMg: 50,
        form: 'oral-tablet',
      });
      await store.addLabResult({
        ...ids,
        test: 'alt',
        value: 35 + i,
        unit: 'U/L',
        upperLimitNormal: 40,
        collectedAt: '2026-01-04T07:00:00.000Z',
      });
      await store.saveDiaryEntry({
        ...ids,
        date: '2026-01-06',
        standardDrinks: 3,
        heavyDrinkingDay: false,
      });
      await store.addQuestionnaire({
        ...ids,
        instrument: 'audit-c',
        at: '2026-01-05T09:00:00.000Z',
        answers: [2, 1, 0],
      });
      await store.addNote({
        ...ids,
        at: '2026-01-05T09:10:00.000Z',
        text: 'Started oral naltrexone.',
      });
    }
  } finally {
    await store.close();
  }
});

describe('blockade export / import (PGlite in a temp dir)', () => {
  test('export by slug, import into an empty database, export again: same clinical content; re-import adds nothing', async () => {
    const first = await exportText(sourceDir, 'riverside-recovery-clinic');
    expect(first.trim().split('\n')).toHaveLength(3);
    const targetDir = mkdtempSync(join(tmpdir(), 'blockade-cli-dst-'));
    const imported = await importClinic({ text: first, env: envFor(targetDir) });
    expect(imported).toMatchObject({ ok: true, patients: 2, unchanged: 0 });
    const clinicId = imported.ok ? imported.clinicId : '';
    const second = await exportText(targetDir, clinicId);
    expect(content(second)).toEqual(content(first));
    const again = await importClinic({ text: first, env: envFor(targetDir), clinic: clinicId });
    expect(again).toMatchObject({ ok: true, created: 0 });
    expect(await exportText(targetDir, clinicId)).toBe(second);
  });

  test('one bad line anywhere: every problem reported with its line, nothing written', async () => {
    const good = await exportText(sourceDir, 'riverside-recovery-clinic');
    const lines = good.trim().split('\n');
    const broken = lines[2]!
      .replace('"standardDrinks"', '"x"')
      .replace(/"effectiveDateTime":"2026-01-06"/, '"effectiveDateTime":"someday"');
    const text = [...lines.slice(0, 2), broken, '{not json'].join('\n');
    const targetDir = mkdtempSync(join(tmpdir(), 'blockade-cli-bad-'));
    const result = await importClinic({ text, env: envFor(targetDir) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.some((p) => p.startsWith('line 3: Bundle.entry['))).toBe(
      true,
    );
    expect(!result.ok && result.problems).toContain('line 4: not valid JSON');
    const store = await openStore({ dataDir: targetDir });
    try {
      expect(await store.listClinics()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  test('unknown clinic is a clear failure; the export file contains one Organization header', async () => {
    const out = new PassThrough();
    expect(await exportClinic(out, { clinic: 'nope', env: envFor(sourceDir), now })).toEqual({
      ok: false,
      message: 'no clinic with id or slug "nope"',
    });
    const first = JSON.parse(
      (await exportText(sourceDir, 'riverside-recovery-clinic')).split('\n')[0]!,
    ) as { entry: { resource: { resourceType: string; name: string } }[] };
    expect(first.entry[0]!.resource).toMatchObject({
      resourceType: 'Organization',
      name: 'Riverside Recovery Clinic',
    });
  });
});
