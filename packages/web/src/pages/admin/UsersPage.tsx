import type { ReactElement } from 'react';
import type { UserDto } from '../../api/admin';
import { useUpdateUser, useUsers } from '../../api/admin';
import { usePatients } from '../../api/hooks';
import { useSession } from '../../api/session';
import { Layout } from '../../components/Layout/Layout';
import { ErrorBox, Loading } from '../../components/Status/Status';
import { NewUserForm } from './NewUserForm';

const roleLabels: Record<string, string> = {
  admin: 'Administrator',
  clinician: 'Clinician',
  patient: 'Patient',
};

/** Deactivate / reactivate one user (PATCH /api/users/{id}); not offered for oneself. */
function ActiveToggle({ user, self }: { user: UserDto; self: boolean }): ReactElement {
  const update = useUpdateUser();
  if (self) {
    return <span className="small muted">You</span>;
  }
  const label = user.active ? 'Deactivate' : 'Reactivate';
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={update.isPending}
        aria-label={`${label} ${user.displayName}`}
        onClick={() => update.mutate({ id: user.id, patch: { active: !user.active } })}
      >
        {label}
      </button>
      {update.error && <ErrorBox error={update.error} />}
    </>
  );
}

/** Admin home: the clinic's users (GET /api/users), deactivate, and a form to add one. */
export function UsersPage(): ReactElement {
  const { me } = useSession();
  const users = useUsers();
  const patients = usePatients();
  const patientName = new Map((patients.data ?? []).map((p) => [p.id, p.displayName]));
  return (
    <Layout>
      <h1>Users of your clinic</h1>
      <p className="muted">
        Deactivated users cannot sign in; the change takes effect at once, even for open sessions.
      </p>
      {users.isPending && <Loading what="Loading users" />}
      {users.error ? <ErrorBox error={users.error} /> : null}
      {users.data && (
        <div className="card table-wrap">
          <table data-testid="users-table" className="stack">
            <caption className="sr-only">Users of the clinic</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Patient record</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id} className={u.active ? undefined : 'muted'}>
                  <td data-label="Name">{u.displayName}</td>
                  <td data-label="Email" className="break">
                    {u.email}
                  </td>
                  <td data-label="Role">{roleLabels[u.role] ?? u.role}</td>
                  <td data-label="Patient">
                    {u.patientId === undefined ? '—' : (patientName.get(u.patientId) ?? 'linked')}
                  </td>
                  <td data-label="Status">{u.active ? 'Active' : 'Deactivated'}</td>
                  <td>
                    <ActiveToggle user={u} self={u.id === me?.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewUserForm users={users.data ?? []} />
    </Layout>
  );
}
