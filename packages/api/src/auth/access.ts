import type { Principal, Role } from './principal';

/**
 * Who may call an endpoint. Every endpoint declares one; the authorization matrix test reads it.
 * - `public`: anyone (login, health).
 * - `signed-in`: any signed-in user (me, logout).
 * - `clinic`: the listed roles, on their own clinic's data (lists, coverage, audit).
 * - `patient`: a route with a patient `{id}`: clinicians of that patient's clinic when `clinician`,
 *   the patient themself when `self`. Admins never read clinical records.
 * - `user`: a route with a user `{userId}`: the listed roles, users of their own clinic.
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'clinic'; readonly roles: readonly Role[] }
  | { readonly kind: 'patient'; readonly clinician: boolean; readonly self: boolean }
  | { readonly kind: 'user'; readonly roles: readonly Role[] };

/** The decision for one request: allowed, or the status to answer with. */
export type Decision = 'allow' | 401 | 403 | 404;

/** What the route targets, as far as authorization cares. */
export interface Target {
  /** Clinic of the patient or user named in the path; undefined when it does not exist. */
  readonly clinicId?: string | undefined;
  /** Id of the patient named in the path. */
  readonly patientId?: string | undefined;
}

/**
 * Role check: may this role call this endpoint at all? (403 when not; says nothing about any record.)
 *
 * @param access - The endpoint's access rule.
 * @param principal - The signed-in user, or undefined.
 * @returns `allow`, 401 or 403.
 */
export function decideRole(access: Access, principal: Principal | undefined): Decision {
  if (access.kind === 'public') {
    return 'allow';
  }
  if (principal === undefined) {
    return 401;
  }
  switch (access.kind) {
    case 'signed-in':
      return 'allow';
    case 'clinic':
    case 'user':
      return access.roles.includes(principal.role) ? 'allow' : 403;
    case 'patient':
      return (principal.role === 'clinician' && access.clinician) ||
        (principal.role === 'patient' && access.self)
        ? 'allow'
        : 403;
  }
}

/**
 * Scope check for a route naming a record: records outside the caller's reach answer 404,
 * exactly like unknown ids, so nothing leaks about other clinics or other patients.
 *
 * @param access - The endpoint's access rule (already passed {@link decideRole}).
 * @param principal - The signed-in user.
 * @param target - The named record's clinic (undefined when unknown) and patient id.
 * @returns `allow` or 404.
 * @example
 * decideScope({ kind: 'patient', clinician: true, self: true }, patientUser, { clinicId: 'c1', patientId: 'other' }) //=> 404
 */
export function decideScope(access: Access, principal: Principal, target: Target): Decision {
  if (target.clinicId === undefined || target.clinicId !== principal.clinicId) {
    return 404;
  }
  if (access.kind === 'patient' && principal.role === 'patient') {
    return principal.patientId !== undefined && principal.patientId === target.patientId
      ? 'allow'
      : 404;
  }
  return 'allow';
}
