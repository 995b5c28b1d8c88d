import type { ReactElement } from 'react';

/** The web app's root component. */
export function App(): ReactElement {
  return (
    <main>
      <h1>Blockade</h1>
      <p>Naltrexone treatment companion. Model outputs are estimates, not measurements.</p>
    </main>
  );
}
