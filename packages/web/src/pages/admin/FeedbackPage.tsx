import type { ReactElement } from 'react';
import { useState } from 'react';
import { useFeedbackSummary } from '../../api/admin';
import { Layout } from '../../components/Layout/Layout';
import { ErrorBox, Loading } from '../../components/Status/Status';

const windows = [30, 90, 365] as const;

/** CDS Hooks card feedback per topic (GET /api/cds/feedback-summary), most overridden first. */
export function FeedbackPage(): ReactElement {
  const [days, setDays] = useState<number>(90);
  const summary = useFeedbackSummary(days);
  return (
    <Layout>
      <h1>Decision-support feedback</h1>
      <p className="muted">
        How often the EHR's users accepted or overrode Blockade's decision-support cards, per topic,
        with the reasons they gave. A topic that is often overridden may need its rule reviewed.
      </p>
      <div className="field" style={{ maxWidth: '16rem' }}>
        <label htmlFor="fb-days">Period</label>
        <select id="fb-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {windows.map((d) => (
            <option key={d} value={d}>
              Last {d} days
            </option>
          ))}
        </select>
      </div>
      {summary.isPending && <Loading what="Loading feedback" />}
      {summary.error ? <ErrorBox error={summary.error} /> : null}
      {summary.data && summary.data.topics.length === 0 && (
        <p className="notice info">No feedback on cards in this period.</p>
      )}
      {summary.data && summary.data.topics.length > 0 && (
        <div className="card table-wrap">
          <table data-testid="feedback-table">
            <caption className="sr-only">Card feedback per topic, most overridden first</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col" className="num">
                  Accepted
                </th>
                <th scope="col" className="num">
                  Overridden
                </th>
                <th scope="col" className="num">
                  Override rate
                </th>
                <th scope="col">Reasons</th>
              </tr>
            </thead>
            <tbody>
              {summary.data.topics.map((t) => (
                <tr key={t.topic}>
                  <td>{t.topic}</td>
                  <td className="num">{t.accepted}</td>
                  <td className="num">{t.overridden}</td>
                  <td className="num">{Math.round(t.overrideRate * 100)}%</td>
                  <td>
                    {Object.entries(t.reasons)
                      .map(([reason, n]) => `${reason} (${n})`)
                      .join(', ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
