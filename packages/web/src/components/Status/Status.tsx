import type { ReactElement, ReactNode } from 'react';

/** A "loading" line announced to screen readers. */
export function Loading({ what = 'Loading' }: { what?: string }): ReactElement {
  return (
    <p role="status" className="muted">
      {what}…
    </p>
  );
}

/** An error box with the server's message. */
export function ErrorBox({ error }: { error: unknown }): ReactElement {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="notice danger">
      <p>Something went wrong: {message}</p>
    </div>
  );
}

/** The small grey "estimate" tag every model output carries. */
export function EstimateTag(): ReactElement {
  return (
    <span className="badge estimate" title="Model output, not a measurement">
      estimate
    </span>
  );
}

/** A source line under a clinical statement. */
export function Source({ children }: { children: ReactNode }): ReactElement {
  return <p className="source">{children}</p>;
}
