// Second half of the repository contract: every record kind reads back as written, in order.
import { expect, test } from 'vitest';
import { expectStoreError } from './contract-assert';
import type { Repository } from './repository';

/**
 * Registers the per-record tests inside the current `describe`.
 *
 * @param getStore - Returns the suite's open store (created in `beforeAll`).
 */
export function recordsContract(getStore: () => Repository): void {
  const setup = async () => {
    const store = getStore();
    const clinic = await store.createClinic({ name: 'Records Clinic', timeZone: 'UTC' });
    const patient = await store.createPatient({
      clinicId: clinic.id,
      givenName: 'R',
      familyName: 'S',
      timeZone: 'Europe/London',
    });
    return { store, clinic, patient, owner: { clinicId: clinic.id, patientId: patient.id } };
  };

  test('diary: one entry per day, saving the same date again replaces it and keeps the id', async () => {
    const { store, owner } = await setup();
    const first = await store.saveDiaryEntry({
      ...owner,
      date: '2026-04-01',
      standardDrinks: 6,
      heavyDrinkingDay: true,
      note: 'wedding',
    });
    const second = await store.saveDiaryEntry({
      ...owner,
      date: '2026-04-01',
      standardDrinks: 2,
      heavyDrinkingDay: false,
    });
    expect(second).toMatchObject({ id: first.id, standardDrinks: 2, heavyDrinkingDay: false });
    expect('note' in second).toBe(false);
    await store.saveDiaryEntry({
      ...owner,
      date: '2026-03-31',
      standardDrinks: 0,
      heavyDrinkingDay: false,
    });
    const listed = await store.listDiaryEntries(owner.clinicId, owner.patientId, {
      fromDate: '2026-03-31',
      toDate: '2026-04-01',
    });
    expect(listed.map((e) => e.date)).toEqual(['2026-03-31', '2026-04-01']);
  });

  test('questionnaires keep item order and total; wrong item count is invalid', async () => {
    const { store, owner } = await setup();
    const pacs = await store.addQuestionnaire({
      ...owner,
      instrument: 'pacs',
      at: '2026-04-02T09:00:00Z',
      answers: [6, 5, 0, 1, 2],
    });
    expect(pacs).toMatchObject({ answers: [6, 5, 0, 1, 2], total: 14 });
    await expectStoreError(
      store.addQuestionnaire({
        ...owner,
        instrument: 'phq-9',
        at: '2026-04-02T09:00:00Z',
        answers: [1, 1],
      }),
      'invalid',
    );
    expect(
      await store.listQuestionnaires(owner.clinicId, owner.patientId, { instrument: 'phq-9' }),
    ).toEqual([]);
    expect(await store.listQuestionnaires(owner.clinicId, owner.patientId)).toEqual([pacs]);
  });

  test('plans, labs, opioid use, urine screens, appointments, naloxone kits and notes round-trip', async () => {
    const { store, clinic, owner } = await setup();
    const plan = await store.createTreatmentPlan({
      ...owner,
      indication: 'opioid-use-disorder',
      form: 'xr-injection',
      regimen: 'every-4-weeks',
      doseMg: 380,
      intervalHours: 672,
      goal: 'abstinence',
      startDate: '2026-01-10',
    });
    expect((await store.stopTreatmentPlan(clinic.id, plan.id, '2026-06-01'))?.stopDate).toBe(
      '2026-06-01',
    );
    await expectStoreError(store.stopTreatmentPlan(clinic.id, plan.id, '2025-12-31'), 'invalid');
    const lab = await store.addLabResult({
      ...owner,
      test: 'alt',
      value: 140,
      unit: 'U/L',
      upperLimitNormal: 40,
      collectedAt: '2026-01-09T07:00:00Z',
    });
    const opioid = await store.addOpioidUseReport({
      ...owner,
      opioid: 'fentanyl',
      lastUseAt: '2026-01-01T22:00:00Z',
      reportedAt: '2026-01-03T10:00:00Z',
    });
    const uds = await store.addUrineDrugScreen({
      ...owner,
      collectedAt: '2026-01-09T07:05:00Z',
      results: { fentanyl: 'negative', opiates: 'negative' },
    });
    await expectStoreError(
      store.addUrineDrugScreen({
        ...owner,
        collectedAt: '2026-01-09T07:05:00Z',
        results: { cocaine: 'positive' } as never,
      }),
      'invalid',
    );
    const due = await store.createAppointment({
      ...owner,
      kind: 'injection',
      dueAt: '2026-02-07T09:00:00Z',
      status: 'scheduled',
    });
    expect((await store.updateAppointmentStatus(clinic.id, due.id, 'done'))?.status).toBe('done');
    const kit = await store.recordNaloxoneKit({
      ...owner,
      status: 'has-kit',
      expiresOn: '2028-01-31',
      recordedAt: '2026-01-10T09:00:00Z',
    });
    const note = await store.addNote({
      ...owner,
      at: '2026-01-10T09:30:00Z',
      text: 'Counselled on overdose risk.',
    });
    const history = await store.getPatientHistory(clinic.id, owner.patientId);
    expect(history).toMatchObject({
      plans: [{ id: plan.id, stopDate: '2026-06-01' }],
      labs: [lab],
      opioidUse: [opioid],
      urineDrugScreens: [uds],
      appointments: [{ ...due, status: 'done' }],
      naloxoneKits: [kit],
      notes: [note],
    });
  });

  test('audit: append-only events, queried by clinic and time window, newest first', async () => {
    const { store, clinic, owner } = await setup();
    const at = (h: number) => new Date(Date.UTC(2026, 4, 1, h)).toISOString();
    for (const h of [1, 2, 3, 4]) {
      await store.appendAuditEvent({
        clinicId: clinic.id,
        at: at(h),
        actorRole: 'clinician',
        action: 'patient.read',
        patientId: owner.patientId,
        outcome: h === 3 ? 'denied' : 'success',
      });
    }
    const window = await store.listAuditEvents(clinic.id, { from: at(2), to: at(4) });
    expect(window.map((e) => [e.at, e.outcome])).toEqual([
      [at(3), 'denied'],
      [at(2), 'success'],
    ]);
    expect(await store.listAuditEvents(clinic.id, { limit: 1 })).toHaveLength(1);
    await expectStoreError(
      store.appendAuditEvent({
        clinicId: clinic.id,
        at: at(5),
        actorRole: 'root' as never,
        action: 'x',
        outcome: 'success',
      }),
      'invalid',
    );
  });

  test('sessions, login attempts and settings', async () => {
    const { store, clinic } = await setup();
    const user = await store.createUser({
      clinicId: clinic.id,
      email: `c.${clinic.id}@example.org`,
      displayName: 'C',
      role: 'clinician',
      passwordHash: 'h',
    });
    const session = await store.createSession({
      clinicId: clinic.id,
      userId: user.id,
      createdAt: '2026-05-01T08:00:00Z',
      expiresAt: '2026-05-01T16:00:00Z',
    });
    await store.revokeSession(session.id, '2026-05-01T09:00:00Z');
    expect((await store.getSession(session.id))?.revokedAt).toBe('2026-05-01T09:00:00.000Z');
    const key = `account:${user.email}`;
    for (const success of [false, false, true, false]) {
      await store.recordLoginAttempt({ key, at: '2026-05-01T08:00:00Z', success });
    }
    expect(await store.countFailedLoginAttempts(key, '2026-05-01T07:00:00Z')).toBe(3);
    expect(await store.countFailedLoginAttempts(key, '2026-05-01T08:00:01Z')).toBe(0);
    const name = `secret-${clinic.id}`;
    expect(await store.getSetting(name)).toBeUndefined();
    expect(await store.setSettingIfAbsent(name, 'a')).toBe('a');
    expect(await store.setSettingIfAbsent(name, 'b')).toBe('a');
  });
}
