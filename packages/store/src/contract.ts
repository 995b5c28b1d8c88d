// One behavioural suite for every Repository backend (after Hono's router common.case.test.ts).
// The store is created once per suite; every test makes its own clinics, so tests never share rows.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectStoreError } from './contract-assert';
import { cdsContract } from './contract-cds';
import { recordsContract } from './contract-records';
import type { Clinic, Patient } from './records';
import type { Repository } from './repository';

/** Options of {@link runRepositoryContract}. */
export interface RepositoryContractOptions {
  /** Suite name, e.g. `PGlite`. */
  readonly name: string;
  /** Opens a fresh, empty, migrated store. */
  readonly create: () => Promise<Repository>;
}

/**
 * Registers the repository contract tests for one backend.
 *
 * @param options - Suite name and a factory for a fresh store.
 * @example
 * runRepositoryContract({ name: 'PGlite', create: () => openStore({ dataDir: 'memory://' }) });
 */
export function runRepositoryContract(options: RepositoryContractOptions): void {
  describe(`Repository contract: ${options.name}`, () => {
    let store: Repository;
    beforeAll(async () => {
      store = await options.create();
    });
    afterAll(async () => {
      await store.close();
    });

    /** A new clinic with one patient (time zone America/New_York). */
    const setup = async (): Promise<{ clinic: Clinic; patient: Patient }> => {
      const clinic = await store.createClinic({
        name: 'Harbour Clinic',
        timeZone: 'Europe/Berlin',
      });
      const patient = await store.createPatient({
        clinicId: clinic.id,
        givenName: 'Alex',
        familyName: 'Doe',
        timeZone: 'America/New_York',
      });
      return { clinic, patient };
    };
    const owner = (p: Patient) => ({ clinicId: p.clinicId, patientId: p.id });

    recordsContract(() => store);
    cdsContract(() => store);

    test('records round-trip with caller ids, and unknown or malformed ids read as absent', async () => {
      const { clinic } = await setup();
      const id = randomUUID();
      const patient = await store.createPatient({
        id,
        clinicId: clinic.id,
        mrn: 'MRN-1',
        givenName: 'Sam',
        familyName: 'Roe',
        birthDate: '1984-02-29',
        sex: 'female',
        timeZone: 'Asia/Kathmandu',
        weightKg: 71.5,
      });
      expect(patient).toMatchObject({ id, birthDate: '1984-02-29', weightKg: 71.5, active: true });
      expect(await store.getPatient(clinic.id, id)).toEqual(patient);
      expect(await store.getPatient(clinic.id, randomUUID())).toBeUndefined();
      expect(await store.getPatient(clinic.id, 'not-a-uuid')).toBeUndefined();
      expect('mrn' in ((await store.updatePatient(clinic.id, id, { mrn: null })) ?? {})).toBe(
        false,
      );
    });

    test('users: e-mail is unique and case-insensitive; a patient user must link a patient', async () => {
      const { clinic, patient } = await setup();
      const email = `Ana.${randomUUID()}@Example.org`;
      const user = await store.createUser({
        clinicId: clinic.id,
        email,
        displayName: 'Ana',
        role: 'patient',
        patientId: patient.id,
        passwordHash: '$argon2id$fake',
      });
      expect(user.email).toBe(email.toLowerCase());
      expect((await store.findUserByEmail(email.toUpperCase()))?.id).toBe(user.id);
      const again = { clinicId: clinic.id, email, displayName: 'B', passwordHash: 'h' } as const;
      await expectStoreError(store.createUser({ ...again, role: 'clinician' }), 'conflict');
      await expectStoreError(
        store.createUser({ ...again, email: `x${email}`, role: 'patient' }),
        'invalid',
      );
      expect(await store.listUsers(clinic.id)).toHaveLength(1);
    });

    test('clinic isolation: another clinic sees nothing and cannot write to the patient', async () => {
      const a = await setup();
      const b = await setup();
      await store.addDoseEvent({
        ...owner(a.patient),
        status: 'taken',
        at: '2026-01-05T08:00:00Z',
        amountMg: 50,
        form: 'oral-tablet',
      });
      await store.saveDiaryEntry({
        ...owner(a.patient),
        date: '2026-01-05',
        standardDrinks: 2,
        heavyDrinkingDay: false,
      });
      await store.appendAuditEvent({
        clinicId: a.clinic.id,
        at: '2026-01-05T08:00:00Z',
        actorRole: 'clinician',
        action: 'patient.read',
        patientId: a.patient.id,
        outcome: 'success',
      });
      const foreign = { clinicId: b.clinic.id, patientId: a.patient.id };
      expect(await store.getPatient(b.clinic.id, a.patient.id)).toBeUndefined();
      expect(await store.listPatients(b.clinic.id)).toEqual([b.patient]);
      expect(await store.listDoseEvents(b.clinic.id, a.patient.id)).toEqual([]);
      expect(await store.listDiaryEntries(b.clinic.id, a.patient.id)).toEqual([]);
      expect(await store.getPatientHistory(b.clinic.id, a.patient.id)).toBeUndefined();
      expect(await store.listAuditEvents(b.clinic.id)).toEqual([]);
      expect(
        await store.updatePatient(b.clinic.id, a.patient.id, { givenName: 'Eve' }),
      ).toBeUndefined();
      await expectStoreError(
        store.addCraving({ ...foreign, at: '2026-01-05T09:00:00Z', score: 3 }),
        'not_found',
      );
      await expectStoreError(
        store.addQuestionnaire({
          ...foreign,
          instrument: 'audit-c',
          at: '2026-01-05T09:00:00Z',
          answers: [1, 1, 1],
        }),
        'not_found',
      );
      expect(await store.listCravings(a.clinic.id, a.patient.id)).toEqual([]);
      expect(await store.listQuestionnaires(a.clinic.id, a.patient.id)).toEqual([]);
      expect((await store.getPatient(a.clinic.id, a.patient.id))?.givenName).toBe('Alex');
    });

    test.each([
      ['craving above 10', 'cravings'],
      ['negative standard drinks', 'diary'],
      ['PHQ-9 answer 4 (items are 0-3)', 'questionnaires'],
      ['unknown IANA time zone', 'patients'],
      ['timestamp without offset', 'doses'],
      ['injection site on an oral dose', 'doses'],
    ] as const)(
      'constraint violation (%s) is a typed invalid error and stores nothing',
      async (_, kind) => {
        const { clinic, patient } = await setup();
        const at = '2026-02-01T12:00:00Z';
        const attempts = {
          'craving above 10': () => store.addCraving({ ...owner(patient), at, score: 11 }),
          'negative standard drinks': () =>
            store.saveDiaryEntry({
              ...owner(patient),
              date: '2026-02-01',
              standardDrinks: -1,
              heavyDrinkingDay: false,
            }),
          'PHQ-9 answer 4 (items are 0-3)': () =>
            store.addQuestionnaire({
              ...owner(patient),
              instrument: 'phq-9',
              at,
              answers: [0, 0, 0, 0, 4, 0, 0, 0, 0],
            }),
          'unknown IANA time zone': () =>
            store.createPatient({
              clinicId: clinic.id,
              givenName: 'A',
              familyName: 'B',
              timeZone: 'Mars/Olympus_Mons',
            }),
          'timestamp without offset': () =>
            store.addDoseEvent({
              ...owner(patient),
              status: 'taken',
              at: '2026-02-01T12:00:00',
              amountMg: 50,
              form: 'oral-tablet',
            }),
          'injection site on an oral dose': () =>
            store.addDoseEvent({
              ...owner(patient),
              status: 'taken',
              at,
              amountMg: 50,
              form: 'oral-tablet',
              injectionSite: 'left-gluteal',
            }),
        };
        await expectStoreError(attempts[_](), 'invalid');
        const history = await store.getPatientHistory(clinic.id, patient.id);
        const rows =
          kind === 'patients'
            ? (await store.listPatients(clinic.id)).length - 1
            : history?.[kind].length;
        expect(rows).toBe(0);
      },
    );

    test('a multi-row write with one bad row rolls back whole', async () => {
      const { clinic, patient } = await setup();
      const dose = {
        ...owner(patient),
        status: 'taken',
        amountMg: 50,
        form: 'oral-tablet',
      } as const;
      await expectStoreError(
        store.addDoseEvents([
          { ...dose, at: '2026-03-01T08:00:00Z' },
          { ...dose, at: '2026-03-02T08:00:00Z', amountMg: -5 },
        ]),
        'invalid',
      );
      await expectStoreError(
        store.saveDiaryEntries([
          { ...owner(patient), date: '2026-03-01', standardDrinks: 1, heavyDrinkingDay: false },
          { ...owner(patient), date: '2026-03-02', standardDrinks: 101, heavyDrinkingDay: true },
        ]),
        'invalid',
      );
      expect(await store.listDoseEvents(clinic.id, patient.id)).toEqual([]);
      expect(await store.listDiaryEntries(clinic.id, patient.id)).toEqual([]);
    });

    test('transaction(): a throw after several writes leaves nothing; success commits all', async () => {
      const { clinic, patient } = await setup();
      const boom = new Error('boom');
      await expect(
        store.transaction(async (tx) => {
          await tx.saveDiaryEntry({
            ...owner(patient),
            date: '2026-03-03',
            standardDrinks: 4,
            heavyDrinkingDay: false,
          });
          await tx.appendAuditEvent({
            clinicId: clinic.id,
            at: '2026-03-03T10:00:00Z',
            actorRole: 'patient',
            action: 'diary.create',
            outcome: 'success',
          });
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await store.listDiaryEntries(clinic.id, patient.id)).toEqual([]);
      expect(await store.listAuditEvents(clinic.id)).toEqual([]);
      await store.transaction(async (tx) => {
        await tx.saveDiaryEntry({
          ...owner(patient),
          date: '2026-03-03',
          standardDrinks: 4,
          heavyDrinkingDay: false,
        });
        await tx.appendAuditEvent({
          clinicId: clinic.id,
          at: '2026-03-03T10:00:00Z',
          actorRole: 'patient',
          action: 'diary.create',
          outcome: 'success',
        });
      });
      expect(await store.listDiaryEntries(clinic.id, patient.id)).toHaveLength(1);
      expect(await store.listAuditEvents(clinic.id)).toHaveLength(1);
    });

    test('concurrent transactions do not interleave (20 batches of 3 doses in parallel)', async () => {
      const { clinic, patient } = await setup();
      const batch = (i: number) =>
        [0, 1, 2].map((j) => ({
          ...owner(patient),
          status: 'taken' as const,
          at: new Date(Date.UTC(2026, 0, 1, i, j)).toISOString(),
          amountMg: 50,
          form: 'oral-tablet' as const,
        }));
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          store.addDoseEvents(
            i === 7 ? [...batch(i), { ...batch(i)[0]!, amountMg: -1 }] : batch(i),
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
      expect(await store.listDoseEvents(clinic.id, patient.id)).toHaveLength(19 * 3);
    });

    test('times round-trip as UTC instants, dates stay calendar dates (DST day, +05:45 offset)', async () => {
      const { clinic, patient } = await setup();
      const dose = await store.addDoseEvent({
        ...owner(patient),
        status: 'late',
        at: '2026-03-08T01:30:00-05:00',
        amountMg: 380,
        form: 'xr-injection',
        injectionSite: 'right-gluteal',
        lot: 'L1',
        siteReaction: 'none',
      });
      expect(dose.at).toBe('2026-03-08T06:30:00.000Z');
      const entry = await store.saveDiaryEntry({
        ...owner(patient),
        date: '2026-03-08',
        standardDrinks: 0,
        heavyDrinkingDay: false,
        sinclairDoseAt: '2026-03-08T18:00:00+05:45',
        firstDrinkAt: '2026-03-08T13:15:00.250Z',
      });
      expect(entry).toMatchObject({
        date: '2026-03-08',
        sinclairDoseAt: '2026-03-08T12:15:00.000Z',
        firstDrinkAt: '2026-03-08T13:15:00.250Z',
      });
      const [read] = await store.listDoseEvents(clinic.id, patient.id, {
        from: '2026-03-08T06:30:00Z',
        to: '2026-03-08T06:30:00.001Z',
      });
      expect(read).toEqual(dose);
      expect((await store.getPatient(clinic.id, patient.id))?.timeZone).toBe('America/New_York');
    });
  });
}
