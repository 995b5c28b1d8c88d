import type { ReactElement, ReactNode } from 'react';
import { ApiError } from '../../api/client';

/** A "loading" line announced to screen readers. */
export function Loading({ what = 'Loading' }: { what?: string }): ReactElement {
  return (
    <p role="status" className="muted">
      {what}…
    </p>
  );
}

/**
 * Words an error for people: 403 and 404 from the server get a plain explanation, others the
 * server's message.
 *
 * @param error - Anything thrown by a query or mutation.
 * @returns One sentence.
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) {
      return 'Your session has ended. Please sign in again.';
    }
    if (error.status === 403) {
      return 'Your account is not allowed to see this. Use the links in the menu for the pages your role can use.';
    }
    if (error.status === 404) {
      return 'Not found: this record does not exist or is outside your clinic.';
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Something went wrong: ${message}`;
}

/** An error box with the server's message (403 and 404 explained in plain words). */
export function ErrorBox({ error }: { error: unknown }): ReactElement {
  return (
    <div role="alert" className="notice danger">
      <p>{describeError(error)}</p>
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
