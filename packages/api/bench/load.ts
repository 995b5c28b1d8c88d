// A small bounded load generator for loopback benchmarks: N requests at a fixed concurrency,
// latency per request, then throughput and percentiles.

/** Result of one load run. */
export interface LoadResult {
  readonly requests: number;
  readonly concurrency: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Responses with an unexpected status. */
  readonly errors: number;
}

const percentile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

/**
 * Sends `requests` requests with `concurrency` in flight at a time.
 *
 * @param requests - Total requests.
 * @param concurrency - Requests in flight.
 * @param send - Sends request number i; resolves to the HTTP status.
 * @param okStatus - The expected status.
 * @returns Throughput and latency percentiles.
 */
export async function runLoad(
  requests: number,
  concurrency: number,
  send: (i: number) => Promise<number>,
  okStatus: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (let i = next++; i < requests; i = next++) {
      const t = performance.now();
      const status = await send(i).catch(() => -1);
      latencies.push(performance.now() - t);
      errors += status === okStatus ? 0 : 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests,
    concurrency,
    seconds,
    perSecond: requests / seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? Number.NaN,
    errors,
  };
}

/**
 * One printed line of a result.
 *
 * @param label - What was measured.
 * @param r - The result.
 * @returns The line.
 */
export function formatLoad(label: string, r: LoadResult): string {
  return `${label.padEnd(46)} ${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50Ms.toFixed(1).padStart(6)} ms  p99 ${r.p99Ms.toFixed(1).padStart(7)} ms  max ${r.maxMs.toFixed(0).padStart(5)} ms  (${r.requests} req, c=${r.concurrency}${r.errors > 0 ? `, ${r.errors} errors` : ''})`;
}
