// Which pages each role may use: the landing page after sign-in and the navigation links. The
// server enforces access; this only keeps people from landing on pages that would refuse them.
import type { Role } from './api/types';

/** A navigation link: path and label. */
export type NavItem = readonly [href: string, label: string];

/**
 * The page a role lands on after sign-in.
 *
 * @param role - The signed-in user's role.
 * @returns `/admin` for admins, `/clinic` for clinicians, `/me` for patients.
 * @example homeFor('admin') // '/admin'
 */
export function homeFor(role: Role): string {
  return role === 'admin' ? '/admin' : role === 'clinician' ? '/clinic' : '/me';
}

/** Human name of a role for messages ("for clinicians"). */
export const roleNames: Readonly<Record<Role, string>> = {
  admin: 'clinic administrators',
  clinician: 'clinicians',
  patient: 'patients',
};

/**
 * The navigation links a role may use (signed out: `undefined`).
 *
 * @param role - The signed-in user's role, or undefined when signed out.
 * @returns The links in display order.
 * @example navFor('admin').map(([href]) => href) // ['/admin', '/admin/audit', '/admin/cds', '/knowledge']
 */
export function navFor(role: Role | undefined): readonly NavItem[] {
  switch (role) {
    case 'admin':
      return [
        ['/admin', 'Users'],
        ['/admin/audit', 'Audit log'],
        ['/admin/cds', 'Decision support'],
        ['/knowledge', 'Knowledge'],
      ];
    case 'clinician':
      return [
        ['/clinic', 'Dashboard'],
        ['/planner', 'Planner'],
        ['/knowledge', 'Knowledge'],
      ];
    case 'patient':
      return [
        ['/me', 'Today'],
        ['/me/protection', 'Protection'],
        ['/me/sinclair', 'Sinclair'],
        ['/learn', 'Learn'],
      ];
    case undefined:
      return [
        ['/planner', 'Planner'],
        ['/learn', 'Learn'],
        ['/login', 'Sign in'],
      ];
  }
}
