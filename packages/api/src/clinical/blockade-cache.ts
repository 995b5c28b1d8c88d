import type { DoseEvent, TreatmentPlan } from '@blockade/store';
import type { BlockadeEstimate } from './blockade';

/** How long a cached population estimate stays valid (its `now` may be this much behind). */
export const blockadeCacheMs = 10 * 60_000;

/**
 * A small in-memory cache of population blockade estimates (about 0.2 s of CPU each). The key
 * holds everything the estimate depends on: patient, every dose and plan (ids and write times),
 * options, and a 10-minute time bucket, so any new record gives a fresh estimate.
 */
export class BlockadeCache {
  private readonly entries = new Map<string, BlockadeEstimate>();

  constructor(private readonly maxEntries = 500) {}

  /**
   * The cache key of one request.
   *
   * @param patientId - Patient.
   * @param doses - Dose events.
   * @param plans - Plans.
   * @param options - Serialized options.
   * @param nowMs - Epoch ms.
   * @returns The key.
   */
  key(
    patientId: string,
    doses: readonly DoseEvent[],
    plans: readonly TreatmentPlan[],
    options: string,
    nowMs: number,
  ): string {
    const doseKey = doses.map((d) => `${d.id}@${d.createdAt}`).join(',');
    const planKey = plans.map((p) => `${p.id}:${p.stopDate ?? ''}`).join(',');
    return `${patientId}|${options}|${Math.floor(nowMs / blockadeCacheMs)}|${planKey}|${doseKey}`;
  }

  /**
   * Returns the cached estimate or computes and stores it (oldest entry evicted when full).
   *
   * @param key - From {@link BlockadeCache.key}.
   * @param compute - Computes the estimate; failures are not cached.
   * @returns The estimate or the failure.
   */
  getOrCompute<F>(
    key: string,
    compute: () => { ok: true; value: BlockadeEstimate } | F,
  ): { ok: true; value: BlockadeEstimate } | F {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      return { ok: true, value: hit };
    }
    const result = compute();
    if (typeof result === 'object' && result !== null && 'ok' in result && result.ok === true) {
      if (this.entries.size >= this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) {
          this.entries.delete(oldest);
        }
      }
      this.entries.set(key, (result as { value: BlockadeEstimate }).value);
    }
    return result;
  }
}
