// The one Repository implementation, over any Kysely<Database> (PGlite or PostgreSQL dialect).
// Each method checks its input, runs its queries (multi-row writes in one transaction) and turns
// refused writes into StoreError.
import type { Kysely } from 'kysely';
import * as cds from './cds-queries';
import type { Database } from './db-types';
import { translateError } from './pg-errors';
import * as audit from './queries/audit';
import * as clinical from './queries/clinical';
import type { Db } from './queries/db';
import * as people from './queries/people';
import * as treatment from './queries/treatment';
import type { PatientHistory } from './records';
import type { Repository, TimeRange } from './repository';

type Bound<F> = F extends (db: Db, ...args: infer A) => Promise<infer R>
  ? (...args: A) => Promise<R>
  : never;

/** Repository over Kysely; `openStore` builds it. */
export class KyselyRepository implements Repository {
  #closed = false;

  /**
   * @param db - The database, or an open transaction when `inTransaction`.
   * @param backend - Which database this is.
   * @param onClose - Called once by `close()` (destroys the pool, releases the lock).
   * @param inTransaction - True for the repository handed to `transaction()` callbacks.
   */
  constructor(
    private readonly db: Kysely<Database>,
    readonly backend: 'pglite' | 'postgres',
    private readonly onClose: () => Promise<void>,
    private readonly inTransaction = false,
  ) {}

  /** Runs `work` in a transaction (or in the current one); `snapshot` reads one consistent state. */
  private async atomic<T>(work: (db: Db) => Promise<T>, snapshot = false): Promise<T> {
    try {
      if (this.inTransaction) {
        return await work(this.db);
      }
      const trx = this.db.transaction();
      return await (snapshot ? trx.setIsolationLevel('repeatable read') : trx).execute((t) =>
        work(t),
      );
    } catch (error) {
      throw translateError(error);
    }
  }

  /** Binds a query function to this database with error translation. */
  private bind<F extends (db: Db, ...args: never[]) => Promise<unknown>>(fn: F): Bound<F> {
    return (async (...args: never[]) => {
      try {
        return await fn(this.db, ...args);
      } catch (error) {
        throw translateError(error);
      }
    }) as Bound<F>;
  }

  /** Binds a query function that must run in one transaction. */
  private bindAtomic<F extends (db: Db, ...args: never[]) => Promise<unknown>>(fn: F): Bound<F> {
    return ((...args: never[]) => this.atomic((db) => fn(db, ...args))) as Bound<F>;
  }

  async transaction<T>(work: (tx: Repository) => Promise<T>): Promise<T> {
    if (this.inTransaction) {
      return work(this);
    }
    return this.atomic((trx) =>
      work(new KyselyRepository(trx, this.backend, () => Promise.resolve(), true)),
    );
  }

  async close(): Promise<void> {
    if (this.#closed || this.inTransaction) {
      return;
    }
    this.#closed = true;
    await this.onClose();
  }

  readonly createClinic = this.bind(people.createClinic);
  readonly getClinic = this.bind(people.getClinic);
  readonly listClinics = this.bind(people.listClinics);
  readonly createUser = this.bind(people.createUser);
  readonly getUser = this.bind(people.getUser);
  readonly findUserById = this.bind(people.findUserById);
  readonly findUserByEmail = this.bind(people.findUserByEmail);
  readonly listUsers = this.bind(people.listUsers);
  readonly updateUser = this.bind(people.updateUser);
  readonly createPatient = this.bind(people.createPatient);
  readonly getPatient = this.bind(people.getPatient);
  readonly listPatients = this.bind(people.listPatients);
  readonly updatePatient = this.bind(people.updatePatient);

  readonly createTreatmentPlan = this.bind(treatment.createTreatmentPlan);
  readonly listTreatmentPlans = this.bind(treatment.listTreatmentPlans);
  readonly stopTreatmentPlan = this.bind(treatment.stopTreatmentPlan);
  readonly addDoseEvent = this.bind(treatment.addDoseEvent);
  readonly addDoseEvents: Repository['addDoseEvents'] = (inputs) =>
    this.atomic(async (db) => {
      const out = [];
      for (const input of inputs) {
        out.push(await treatment.addDoseEvent(db, input));
      }
      return out;
    });
  readonly listDoseEvents = this.bind(treatment.listDoseEvents);
  readonly saveDiaryEntry = this.bind(treatment.saveDiaryEntry);
  readonly saveDiaryEntries: Repository['saveDiaryEntries'] = (inputs) =>
    this.atomic(async (db) => {
      const out = [];
      for (const input of inputs) {
        out.push(await treatment.saveDiaryEntry(db, input));
      }
      return out;
    });
  readonly listDiaryEntries = this.bind(treatment.listDiaryEntries);
  readonly addCraving = this.bind(treatment.addCraving);
  readonly listCravings = this.bind(treatment.listCravings);
  readonly addQuestionnaire = this.bindAtomic(treatment.addQuestionnaire);
  readonly listQuestionnaires: Repository['listQuestionnaires'] = this.bind(
    treatment.listQuestionnaires,
  );

  readonly addLabResult = this.bind(clinical.addLabResult);
  readonly listLabResults = this.bind(clinical.listLabResults);
  readonly addOpioidUseReport = this.bind(clinical.addOpioidUseReport);
  readonly listOpioidUseReports = this.bind(clinical.listOpioidUseReports);
  readonly addUrineDrugScreen = this.bind(clinical.addUrineDrugScreen);
  readonly listUrineDrugScreens = this.bind(clinical.listUrineDrugScreens);
  readonly createAppointment = this.bind(clinical.createAppointment);
  readonly updateAppointmentStatus = this.bind(clinical.updateAppointmentStatus);
  readonly listAppointments = this.bind(clinical.listAppointments);
  readonly recordNaloxoneKit = this.bind(clinical.recordNaloxoneKit);
  readonly listNaloxoneKits = this.bind(clinical.listNaloxoneKits);
  readonly addNote = this.bind(clinical.addNote);
  readonly listNotes = this.bind(clinical.listNotes);

  readonly appendAuditEvent = this.bind(audit.appendAuditEvent);
  readonly listAuditEvents = this.bind(audit.listAuditEvents);
  readonly createSession = this.bind(audit.createSession);
  readonly getSession = this.bind(audit.getSession);
  readonly revokeSession = this.bind(audit.revokeSession);
  readonly recordLoginAttempt = this.bind(audit.recordLoginAttempt);
  readonly countFailedLoginAttempts = this.bind(audit.countFailedLoginAttempts);
  readonly getSetting = this.bind(audit.getSetting);
  readonly setSettingIfAbsent = this.bind(audit.setSettingIfAbsent);

  readonly registerCdsIssuer = this.bindAtomic(cds.registerCdsIssuer);
  readonly findCdsIssuers = this.bind(cds.findCdsIssuers);
  readonly listCdsIssuers = this.bind(cds.listCdsIssuers);
  readonly addCdsFeedback = this.bind(cds.addCdsFeedback);
  readonly summariseCdsFeedback = this.bind(cds.summariseCdsFeedback);
  readonly rememberCdsJti = this.bind(cds.rememberCdsJti);

  /** One consistent snapshot of the patient's records (read in one transaction). */
  async getPatientHistory(
    clinicId: string,
    patientId: string,
    range?: TimeRange,
  ): Promise<PatientHistory | undefined> {
    return this.atomic(async (db) => {
      const patient = await people.getPatient(db, clinicId, patientId);
      if (patient === undefined) {
        return undefined;
      }
      const dates = {
        ...(range?.from === undefined ? {} : { fromDate: range.from.slice(0, 10) }),
        ...(range?.to === undefined ? {} : { toDate: range.to.slice(0, 10) }),
      };
      const ids = [clinicId, patientId] as const;
      return {
        patient,
        plans: await treatment.listTreatmentPlans(db, ...ids),
        doses: await treatment.listDoseEvents(db, ...ids, range),
        diary: await treatment.listDiaryEntries(db, ...ids, dates),
        cravings: await treatment.listCravings(db, ...ids, range),
        questionnaires: await treatment.listQuestionnaires(db, ...ids, range),
        labs: await clinical.listLabResults(db, ...ids, range),
        opioidUse: await clinical.listOpioidUseReports(db, ...ids),
        urineDrugScreens: await clinical.listUrineDrugScreens(db, ...ids),
        appointments: await clinical.listAppointments(db, clinicId, { patientId }),
        naloxoneKits: await clinical.listNaloxoneKits(db, ...ids),
        notes: await clinical.listNotes(db, ...ids),
      };
    }, true);
  }
}
