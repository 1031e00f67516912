/**
 * Records how long a synchronous step took as a User Timing measure ("coverage:count"), visible
 * in the browser's performance panel and read by the benchmark (scripts/bench). Costs a few
 * microseconds.
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}
