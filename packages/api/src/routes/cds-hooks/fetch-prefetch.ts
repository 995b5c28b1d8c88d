// Fills prefetch keys the EHR did not send by querying its FHIR server with the access token it
// gave (https://cds-hooks.hl7.org/2.0/#fhir-resource-access), with a short timeout.

/** What the EHR told us about its FHIR server. */
export interface FhirAccess {
  readonly fhirServer: string;
  readonly accessToken?: string;
}

/** Result of {@link fillPrefetch}. */
export interface FilledPrefetch {
  readonly prefetch: Record<string, unknown>;
  /** Keys that are still missing (not sent, not fetchable). */
  readonly missing: readonly string[];
}

/**
 * Substitutes `{{context.x}}` tokens in a prefetch template.
 *
 * @param template - e.g. `Patient/{{context.patientId}}`.
 * @param context - The hook context.
 * @returns The query, or undefined when a token has no string value.
 * @example
 * fillTemplate('Patient/{{context.patientId}}', { patientId: '42' }) //=> 'Patient/42'
 */
export function fillTemplate(
  template: string,
  context: Readonly<Record<string, unknown>>,
): string | undefined {
  let ok = true;
  const out = template.replace(/\{\{context\.(\w+)\}\}/g, (_m, key: string) => {
    const value = context[key];
    if (typeof value !== 'string') {
      ok = false;
      return '';
    }
    return encodeURIComponent(value);
  });
  return ok ? out : undefined;
}

/**
 * Returns the prefetch with missing keys fetched from the FHIR server when possible. Keys the
 * server answers with an error, a timeout or non-JSON stay missing.
 *
 * @param given - Prefetch sent by the EHR (null values count as missing).
 * @param templates - The service's prefetch templates.
 * @param context - Hook context (for template tokens).
 * @param access - FHIR server and token, when the EHR gave them.
 * @param timeoutMs - Per-request timeout.
 * @returns Filled prefetch and the keys still missing.
 */
export async function fillPrefetch(
  given: Readonly<Record<string, unknown>> | undefined,
  templates: Readonly<Record<string, string>>,
  context: Readonly<Record<string, unknown>>,
  access: FhirAccess | undefined,
  timeoutMs: number,
): Promise<FilledPrefetch> {
  const prefetch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given ?? {})) {
    if (value !== null && value !== undefined) {
      prefetch[key] = value;
    }
  }
  const wanted = Object.keys(templates).filter((key) => !(key in prefetch));
  if (access !== undefined) {
    const base = access.fhirServer.replace(/\/+$/, '');
    await Promise.all(
      wanted.map(async (key) => {
        const query = fillTemplate(templates[key]!, context);
        if (query === undefined) {
          return;
        }
        try {
          const res = await fetch(`${base}/${query}`, {
            headers: {
              accept: 'application/fhir+json',
              ...(access.accessToken === undefined
                ? {}
                : { authorization: `Bearer ${access.accessToken}` }),
            },
            signal: AbortSignal.timeout(timeoutMs),
            redirect: 'error',
          });
          if (res.ok) {
            const body = (await res.json()) as unknown;
            if (typeof body === 'object' && body !== null && 'resourceType' in body) {
              prefetch[key] = body;
            }
          }
        } catch {
          // Timeout, network error or bad JSON: the key stays missing.
        }
      }),
    );
  }
  return { prefetch, missing: Object.keys(templates).filter((key) => !(key in prefetch)) };
}
