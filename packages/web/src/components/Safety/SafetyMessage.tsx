import type { ReactElement } from 'react';
import { Source } from '../Status/Status';

/**
 * The overdose-risk message that matters on naltrexone. Prominent (`urgent`) after a missed dose
 * or when the estimated blockade is low or falling; always shown in a calm form otherwise.
 */
export function SafetyMessage({ urgent }: { urgent: boolean }): ReactElement {
  return (
    <section
      className={`notice ${urgent ? 'danger' : 'info'}`}
      aria-labelledby="safety-title"
      role={urgent ? 'alert' : undefined}
    >
      <h2 id="safety-title" style={{ fontSize: '1.05rem' }}>
        {urgent ? 'Important: your tolerance to opioids is lower' : 'Staying safe'}
      </h2>
      <p>
        Naltrexone lowers your tolerance to opioids. After a missed dose, when the injection is
        wearing off, or after stopping, an amount of opioid you used to take can stop your
        breathing. Trying to override the blockade with large amounts is dangerous too.
      </p>
      <p>
        <strong>Carry naloxone</strong> (the rescue medicine for overdose) and tell the people close
        to you where it is. In an emergency call your local emergency number.
      </p>
      <Source>
        VIVITROL US Prescribing Information (vulnerability to opioid overdose);
        &quot;Naltrexone&quot; encyclopedia article; &quot;Naltrexone vs. Naloxone&quot; (addiction
        treatment centre article)
      </Source>
    </section>
  );
}
