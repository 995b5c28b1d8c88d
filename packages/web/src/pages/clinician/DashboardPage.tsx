import type { ReactElement } from 'react';
import { Link } from 'wouter';
import { useCoverage, usePatients } from '../../api/hooks';
import { ApiError } from '../../api/client';
import { Layout } from '../../components/Layout/Layout';
import { ErrorBox, EstimateTag, Loading } from '../../components/Status/Status';

const indications: Record<string, string> = {
  'alcohol-use-disorder': 'Alcohol use disorder',
  'opioid-use-disorder': 'Opioid use disorder',
  ldn: 'Low-dose naltrexone',
  obesity: 'Obesity',
};
const forms: Record<string, string> = {
  'oral-tablet': 'oral',
  'er-tablet': 'ER tablet',
  'xr-injection': 'depot',
  implant: 'implant',
};

/** Clinic dashboard: who needs attention today, sorted by risk, each row linking to the patient. */
export function DashboardPage(): ReactElement {
  const coverage = useCoverage();
  const patients = usePatients();
  const byId = new Map((patients.data ?? []).map((p) => [p.id, p]));
  const noCoverageRoute = coverage.error instanceof ApiError && coverage.error.status === 404;
  return (
    <Layout>
      <h1>Who needs attention today</h1>
      <p className="muted">
        Sorted by risk: depot overdue or due this week, estimated μ occupancy falling below 75%,
        liver tests overdue or raised, PHQ-9 item 9 positive, missed doses.
      </p>
      {coverage.isPending && <Loading what="Loading the clinic" />}
      {coverage.error && !noCoverageRoute ? <ErrorBox error={coverage.error} /> : null}
      {coverage.data && (
        <div className="card table-wrap">
          <table data-testid="coverage-table">
            <caption className="sr-only">Patients sorted by risk</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Why</th>
                <th scope="col" className="num">
                  μ blocked now <EstimateTag />
                </th>
                <th scope="col" className="num">
                  Risk score
                </th>
              </tr>
            </thead>
            <tbody>
              {coverage.data.map((row) => {
                const p = byId.get(row.patientId);
                return (
                  <tr key={row.patientId}>
                    <td>
                      <Link href={`/clinic/patients/${row.patientId}`}>{row.name}</Link>
                      {p?.hasPlan && (
                        <div className="small muted">
                          {indications[p.indication] ?? p.indication}, {forms[p.form] ?? p.form}
                        </div>
                      )}
                    </td>
                    <td>
                      {row.reasons.length === 0 ? (
                        <span className="muted">Nothing due</span>
                      ) : (
                        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
                          {row.reasons.map((r) => (
                            <li key={r}>{r}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="num">
                      {row.muOccupancyNow === undefined
                        ? '—'
                        : `${Math.round(row.muOccupancyNow * 100)}%`}
                    </td>
                    <td className="num">{row.riskScore}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {noCoverageRoute && patients.data && (
        <div className="card">
          <p className="notice info">
            The risk list is not available on this server; all patients:
          </p>
          <ul>
            {patients.data.map((p) => (
              <li key={p.id}>
                <Link href={`/clinic/patients/${p.id}`}>{p.displayName}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Layout>
  );
}
