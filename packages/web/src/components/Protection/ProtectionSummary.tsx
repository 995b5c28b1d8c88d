import type { ReactElement } from 'react';
import type { PatientBlockade } from '../../engine/patient-blockade';
import { describeProtection, protectionLevel } from '../../engine/protection';
import { EstimateTag, Source } from '../Status/Status';

/** "How protected am I now?" in plain words, with the estimate's likely range. */
export function ProtectionSummary({ blockade }: { blockade: PatientBlockade }): ReactElement {
  const level = protectionLevel(blockade.muNow);
  const days = blockade.daysUntilBelowBlocking;
  return (
    <div className="stack" data-testid="protection-summary">
      <p>
        <span className="big-number" aria-hidden="true">
          {Math.round(blockade.muNow * 100)}%
        </span>{' '}
        <EstimateTag />
      </p>
      <p>
        <strong>{describeProtection(blockade.muNow, blockade.muNowP5, blockade.muNowP95)}</strong>
      </p>
      <p>
        {days === undefined
          ? 'Without another dose, it is estimated to stay above the blocking level for at least the next 30 days.'
          : days === 0
            ? 'At this level opioids may not be blocked, and without another dose it will not rise again.'
            : `${level === 'low' || level === 'partial' ? 'It is below the blocking level now while the dose is taken up. ' : ''}Without another dose, it is estimated to stay above the blocking level for about ${days < 1 ? `${Math.round(days * 24)} hours` : `${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'}`}.`}
      </p>
      <p className="small muted">
        This is an estimate from a pharmacology model and your recorded doses, not a measurement.
        People differ: the likely range shows where 9 in 10 people like you would be.
      </p>
      <Source>
        Blockade naltrexone model; about 75% of μ-opioid receptors must be blocked to block a
        typical opioid dose (PET and challenge studies summarised in the &quot;Naltrexone&quot;
        encyclopedia article).
      </Source>
    </div>
  );
}
