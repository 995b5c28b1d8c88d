import type { Role } from '@blockade/store';

export type { Role };

/** The signed-in user, reloaded from storage on every request. */
export interface Principal {
  readonly userId: string;
  readonly role: Role;
  readonly clinicId: string;
  /** Set for (and only for) patient users. */
  readonly patientId: string | undefined;
}
