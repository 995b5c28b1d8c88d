import type { FormEvent, ReactElement } from 'react';
import { useState } from 'react';
import type { UserDto } from '../../api/admin';
import { useCreateUser } from '../../api/admin';
import { usePatients } from '../../api/hooks';
import type { Role } from '../../api/types';
import { ErrorBox } from '../../components/Status/Status';

/** The server's rule for passwords (packages/api/src/data/schemas.ts). */
const minPasswordChars = 12;

/**
 * Form to create a user of the clinic (POST /api/users). A patient login must be linked to one of
 * the clinic's patients; the list marks patients who already have a login.
 */
export function NewUserForm({ users }: { users: readonly UserDto[] }): ReactElement {
  const create = useCreateUser();
  const patients = usePatients();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('clinician');
  const [password, setPassword] = useState('');
  const [patientId, setPatientId] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const linked = new Set(users.flatMap((u) => (u.patientId ? [u.patientId] : [])));
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setSaved(null);
    create.mutate(
      {
        displayName: displayName.trim(),
        email: email.trim(),
        role,
        password,
        ...(role === 'patient' ? { patientId } : {}),
      },
      {
        onSuccess: (u) => {
          setSaved(`${u.displayName} (${u.role}) can now sign in as ${u.email}.`);
          setDisplayName('');
          setEmail('');
          setPassword('');
          setPatientId('');
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">Add a user</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="nu-name">Name</label>
          <input
            id="nu-name"
            required
            maxLength={120}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="nu-email">Email</label>
          <input
            id="nu-email"
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="nu-role">Role</label>
          <select id="nu-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="clinician">Clinician</option>
            <option value="admin">Administrator</option>
            <option value="patient">Patient</option>
          </select>
        </div>
        {role === 'patient' && (
          <div className="field">
            <label htmlFor="nu-patient">Patient record</label>
            <select
              id="nu-patient"
              required
              value={patientId}
              onChange={(e) => setPatientId(e.target.value)}
              aria-describedby="nu-patient-hint"
            >
              <option value="">Choose a patient…</option>
              {(patients.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                  {linked.has(p.id) ? ' (has a login)' : ''}
                </option>
              ))}
            </select>
            <p id="nu-patient-hint" className="hint small muted">
              A patient login sees only this record.
            </p>
            {patients.error ? <ErrorBox error={patients.error} /> : null}
          </div>
        )}
        <div className="field">
          <label htmlFor="nu-password">Initial password</label>
          <input
            id="nu-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={minPasswordChars}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby="nu-password-hint"
          />
          <p id="nu-password-hint" className="hint small muted">
            At least {minPasswordChars} characters; give it to the person by a safe channel.
          </p>
        </div>
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add user'}
        </button>
      </form>
      {create.error && <ErrorBox error={create.error} />}
      {saved && (
        <p role="status" className="notice ok">
          {saved}
        </p>
      )}
    </section>
  );
}
