import type { Repository } from '@blockade/store';
import { hashPassword } from '../auth/password';
import { demoClinics, demoPassword } from './people';
import { demoRecords } from './records';

/** One demo login, for the start-up banner. */
export interface DemoLogin {
  readonly clinic: string;
  readonly role: 'admin' | 'clinician' | 'patient';
  readonly email: string;
  readonly who: string;
}

/**
 * Seeds the fictional demo clinics when the database has no clinic yet; otherwise does nothing.
 * Each clinic's data is written in one transaction.
 *
 * @param store - The repository.
 * @param now - Current time (histories end today).
 * @returns The demo logins (all with {@link demoPassword}), or an empty list when not seeded.
 */
export async function seedDemo(store: Repository, now: Date): Promise<readonly DemoLogin[]> {
  if ((await store.listClinics()).length > 0) {
    return [];
  }
  const logins: DemoLogin[] = [];
  const passwordHash = await hashPassword(demoPassword);
  const nowMs = now.getTime();
  let seed = 1;
  for (const demo of demoClinics) {
    await store.transaction(async (tx) => {
      const clinic = await tx.createClinic({ name: demo.name, timeZone: demo.timeZone });
      const clinicId = clinic.id;
      for (const [role, person] of [
        ['admin', demo.admin],
        ['clinician', demo.clinician],
      ] as const) {
        await tx.createUser({
          clinicId,
          email: person.email,
          displayName: person.displayName,
          role,
          passwordHash,
        });
        logins.push({ clinic: demo.name, role, email: person.email, who: person.displayName });
      }
      for (const p of demo.patients) {
        const patient = await tx.createPatient({
          clinicId,
          givenName: p.givenName,
          familyName: p.familyName,
          sex: p.sex,
          birthDate: p.birthDate,
          timeZone: p.timeZone,
          weightKg: p.weightKg,
        });
        const ids = { clinicId, patientId: patient.id };
        await tx.createUser({
          clinicId,
          email: p.email,
          displayName: `${p.givenName} ${p.familyName}`,
          role: 'patient',
          patientId: patient.id,
          passwordHash,
        });
        logins.push({
          clinic: demo.name,
          role: 'patient',
          email: p.email,
          who: `${p.givenName} ${p.familyName}: ${p.story}`,
        });
        const r = demoRecords(p.situation, nowMs, seed++);
        const plan =
          r.plan === undefined ? undefined : await tx.createTreatmentPlan({ ...r.plan, ...ids });
        await tx.addDoseEvents(
          r.doses.map((d) => ({
            ...d,
            ...ids,
            ...(plan === undefined ? {} : { planId: plan.id }),
          })),
        );
        await tx.saveDiaryEntries(r.diary.map((d) => ({ ...d, ...ids })));
        for (const c of r.cravings) {
          await tx.addCraving({ ...c, ...ids });
        }
        for (const q of r.questionnaires) {
          await tx.addQuestionnaire({ ...q, ...ids });
        }
        for (const l of r.labs) {
          await tx.addLabResult({ ...l, ...ids });
        }
        for (const o of r.opioidUse) {
          await tx.addOpioidUseReport({ ...o, ...ids });
        }
        for (const s of r.screens) {
          await tx.addUrineDrugScreen({ ...s, ...ids });
        }
        for (const a of r.appointments) {
          await tx.createAppointment({ ...a, ...ids });
        }
        for (const k of r.kits) {
          await tx.recordNaloxoneKit({ ...k, ...ids });
        }
      }
      await tx.appendAuditEvent({
        clinicId,
        at: now.toISOString(),
        actorRole: 'system',
        action: 'demo.seed',
        outcome: 'success',
      });
    });
  }
  return logins;
}

export { demoPassword };
