import type { ReactElement } from 'react';
import { useSession } from '../../api/session';
import { BlockadeChart } from '../../components/BlockadeChart/BlockadeChart';
import { Layout } from '../../components/Layout/Layout';
import { ProtectionSummary } from '../../components/Protection/ProtectionSummary';
import { usePatientBlockade } from '../../components/Protection/useBlockade';
import { SafetyMessage } from '../../components/Safety/SafetyMessage';
import { ErrorBox, EstimateTag, Loading } from '../../components/Status/Status';
import { needsSafetyWarning } from '../../engine/protection';

/** "How protected am I now?": the estimate in plain words, its range, the chart and safety. */
export function ProtectionPage(): ReactElement {
  const { me } = useSession();
  const { doses, blockade, loading, error } = usePatientBlockade(me?.patientId, true);
  const missedRecently = (doses ?? []).some(
    (d) => d.status === 'missed' && Date.now() - Date.parse(d.at) < 7 * 86_400_000,
  );
  return (
    <Layout narrow>
      <h1>How protected am I now?</h1>
      {loading && <Loading />}
      {error ? <ErrorBox error={error} /> : null}
      {!loading && !blockade && <p>No dose is recorded yet, so there is no estimate.</p>}
      {blockade && (
        <>
          <section className="card">
            <ProtectionSummary blockade={blockade} />
          </section>
          <SafetyMessage
            urgent={needsSafetyWarning(
              blockade.muNow,
              blockade.muIn7DaysWithoutDose,
              missedRecently,
            )}
          />
          <section className="card" aria-labelledby="curve-title">
            <h2 id="curve-title">
              Your blockade over time <EstimateTag />
            </h2>
            <BlockadeChart
              points={blockade.points}
              band={blockade.band}
              showConcentration={false}
              now={blockade.now}
              xLabel="Date"
              name="Your estimated blockade"
            />
          </section>
        </>
      )}
    </Layout>
  );
}
