// Gathers the resources of a FHIR Bundle (collection, searchset, …) or of a CDS Hooks request
// (prefetch values and context.draftOrders), each with its path for issues.
import type { Issue, Result } from '@blockade/pharm';
import type { Resource } from '@medplum/fhirtypes';
import type { Path } from './common';

/** One resource and where it came from. */
export interface Located {
  readonly resource: Resource;
  readonly path: Path;
  /** True when it came from CDS Hooks `context.draftOrders`. */
  readonly draft: boolean;
  /** The entry's fullUrl, when given (references may use it). */
  readonly fullUrl?: string;
}

/** What the input held. */
export interface Collected {
  readonly resources: readonly Located[];
  /** CDS Hooks hook name when the input was a CDS Hooks request. */
  readonly hook?: string;
  /** CDS Hooks `context.userId` (e.g. `Practitioner/1` or `Patient/1`). */
  readonly userId?: string;
  /** CDS Hooks `context.patientId`. */
  readonly patientId?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fromBundle(
  bundle: Record<string, unknown>,
  path: Path,
  draft: boolean,
  out: Located[],
  issues: Issue[],
): void {
  const entries = bundle['entry'];
  if (entries === undefined) {
    return;
  }
  if (!Array.isArray(entries)) {
    issues.push({
      code: 'invalid_type',
      path: [...path, 'entry'],
      message: 'Bundle.entry must be an array of entries',
    });
    return;
  }
  entries.forEach((entry: unknown, i) => {
    const resource = isObject(entry) ? entry['resource'] : undefined;
    if (!isObject(resource) || typeof resource['resourceType'] !== 'string') {
      issues.push({
        code: 'missing',
        path: [...path, 'entry', i, 'resource', 'resourceType'],
        message: 'each Bundle entry needs a resource with a resourceType',
      });
      return;
    }
    const fullUrl =
      isObject(entry) && typeof entry['fullUrl'] === 'string' ? entry['fullUrl'] : undefined;
    fromValue(resource, [...path, 'entry', i, 'resource'], draft, out, issues, fullUrl);
  });
}

function fromValue(
  value: Record<string, unknown>,
  path: Path,
  draft: boolean,
  out: Located[],
  issues: Issue[],
  fullUrl?: string,
): void {
  if (value['resourceType'] === 'Bundle') {
    fromBundle(value, path, draft, out, issues);
  } else {
    // Shape checks beyond resourceType happen field by field in the mappers.
    const resource = value as unknown as Resource;
    out.push(
      fullUrl === undefined ? { resource, path, draft } : { resource, path, draft, fullUrl },
    );
  }
}

function fromCdsRequest(
  input: Record<string, unknown>,
  out: Located[],
  issues: Issue[],
): Omit<Collected, 'resources'> {
  const context = input['context'];
  if (!isObject(context)) {
    issues.push({
      code: 'missing',
      path: ['context'],
      message: 'a CDS Hooks request needs a context object',
    });
    return { hook: String(input['hook']) };
  }
  const prefetch = input['prefetch'];
  if (prefetch !== undefined && prefetch !== null && !isObject(prefetch)) {
    issues.push({
      code: 'invalid_type',
      path: ['prefetch'],
      message: 'prefetch must be an object of key → resource or Bundle',
    });
  }
  if (isObject(prefetch)) {
    for (const [key, value] of Object.entries(prefetch)) {
      if (value === null) {
        continue; // the EHR could not prefetch this key
      }
      if (!isObject(value) || typeof value['resourceType'] !== 'string') {
        issues.push({
          code: 'invalid_type',
          path: ['prefetch', key],
          message: 'each prefetch value must be a FHIR resource or Bundle (or null)',
        });
        continue;
      }
      fromValue(value, ['prefetch', key], false, out, issues);
    }
  }
  const drafts = context['draftOrders'];
  if (drafts !== undefined) {
    if (!isObject(drafts) || drafts['resourceType'] !== 'Bundle') {
      issues.push({
        code: 'invalid_type',
        path: ['context', 'draftOrders'],
        message: 'context.draftOrders must be a FHIR Bundle',
      });
    } else {
      fromBundle(drafts, ['context', 'draftOrders'], true, out, issues);
    }
  }
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const userId = str(context['userId']);
  const patientId = str(context['patientId']);
  return {
    hook: String(input['hook']),
    ...(userId === undefined ? {} : { userId }),
    ...(patientId === undefined ? {} : { patientId }),
  };
}

/**
 * Collects resources from a Bundle or a CDS Hooks request.
 *
 * @param input - Parsed JSON.
 * @returns The resources with their paths, or issues naming what is wrong with the input's shape.
 * @example
 * collectResources({ resourceType: 'Bundle', type: 'collection', entry: [] }) //=> { ok: true, value: { resources: [] } }
 */
export function collectResources(input: unknown): Result<Collected> {
  const out: Located[] = [];
  const issues: Issue[] = [];
  if (!isObject(input)) {
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_type',
          path: [],
          message: 'expected a JSON object: a FHIR Bundle or a CDS Hooks request',
        },
      ],
    };
  }
  let meta: Omit<Collected, 'resources'> = {};
  if (input['resourceType'] === 'Bundle') {
    fromBundle(input, [], false, out, issues);
  } else if (typeof input['hook'] === 'string') {
    meta = fromCdsRequest(input, out, issues);
  } else {
    issues.push({
      code: 'invalid_type',
      path: ['resourceType'],
      message: `expected resourceType "Bundle" or a CDS Hooks request with "hook"; got ${JSON.stringify(input['resourceType'] ?? null)}`,
    });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: { resources: out, ...meta } };
}
