import type { ReactElement } from 'react';
import { useMemo, useState } from 'react';
import { auditFhirUrl, auditLimit, useAudit, useUsers } from '../../api/admin';
import { usePatients } from '../../api/hooks';
import { Layout } from '../../components/Layout/Layout';
import { ErrorBox, Loading } from '../../components/Status/Status';
import type { AuditFilter } from './audit-filter';
import { actionOptions, filterAudit } from './audit-filter';

/** Rows shown at first and added by "Show more". */
const pageRows = 100;

const outcomeClass: Record<string, string> = {
  success: 'badge ok',
  denied: 'badge critical',
  'not-found': 'badge warning',
  invalid: 'badge warning',
  error: 'badge critical',
};

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** The clinic's audit log (GET /api/audit): filters by date range and action, FHIR download. */
export function AuditPage(): ReactElement {
  const audit = useAudit();
  const users = useUsers();
  const patients = usePatients();
  const [filter, setFilter] = useState<AuditFilter>({ fromDate: '', toDate: '', action: '' });
  const [shown, setShown] = useState(pageRows);
  const userName = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
  const patientName = new Map((patients.data ?? []).map((p) => [p.id, p.displayName]));
  const options = useMemo(() => actionOptions(audit.data ?? []), [audit.data]);
  const rows = useMemo(() => filterAudit(audit.data ?? [], filter), [audit.data, filter]);
  const set = (patch: Partial<AuditFilter>): void => {
    setFilter({ ...filter, ...patch });
    setShown(pageRows);
  };
  return (
    <Layout>
      <h1>Audit log</h1>
      <p className="muted">
        Every read or write of patient data, every refused call and every sign-in in your clinic,
        newest first (the latest {auditLimit.toLocaleString()} events).
      </p>
      <p>
        <a className="button secondary" href={auditFhirUrl} download="audit-events.fhir.json">
          Download as FHIR AuditEvent bundle
        </a>
      </p>
      <form
        className="card filters"
        aria-label="Filter the audit log"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="audit-from">From</label>
          <input
            id="audit-from"
            type="date"
            value={filter.fromDate}
            onChange={(e) => set({ fromDate: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-to">To</label>
          <input
            id="audit-to"
            type="date"
            value={filter.toDate}
            onChange={(e) => set({ toDate: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <select
            id="audit-action"
            value={filter.action}
            onChange={(e) => set({ action: e.target.value })}
          >
            <option value="">All actions</option>
            {options.map((a) => (
              <option key={a} value={a}>
                {a.endsWith('.*') ? `${a.slice(0, -2)} (all)` : a}
              </option>
            ))}
          </select>
        </div>
      </form>
      {audit.isPending && <Loading what="Loading the audit log" />}
      {audit.error ? <ErrorBox error={audit.error} /> : null}
      {audit.data && (
        <>
          <p role="status" className="small muted" data-testid="audit-count">
            {rows.length} of {audit.data.length} events match.
          </p>
          <div className="card table-wrap">
            <table data-testid="audit-table" className="stack">
              <caption className="sr-only">Audit events, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Who</th>
                  <th scope="col">Role</th>
                  <th scope="col">Action</th>
                  <th scope="col">Patient</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, shown).map((e) => (
                  <tr key={e.id}>
                    <td data-label="Time">
                      <time dateTime={e.at}>{timeFormat.format(new Date(e.at))}</time>
                    </td>
                    <td data-label="Who">
                      {e.actorUserId === undefined
                        ? '—'
                        : (userName.get(e.actorUserId) ?? 'unknown user')}
                    </td>
                    <td data-label="Role">{e.actorRole}</td>
                    <td data-label="Action">
                      <code>{e.action}</code>
                    </td>
                    <td data-label="Patient">
                      {e.patientId === undefined
                        ? '—'
                        : (patientName.get(e.patientId) ?? 'other patient')}
                    </td>
                    <td data-label="Outcome">
                      <span className={outcomeClass[e.outcome] ?? 'badge'}>{e.outcome}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > shown && (
            <button type="button" className="secondary" onClick={() => setShown(shown + pageRows)}>
              Show {Math.min(pageRows, rows.length - shown)} more
            </button>
          )}
        </>
      )}
    </Layout>
  );
}
