/**
 * Records how long a step took as a User Timing measure ("coverage:read"), visible in the
 * browser's performance panel and read by the benchmark (scripts/bench). Costs a few microseconds.
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  if (result instanceof Promise)
    return result.finally(() =>
      performance.measure(name, { start, end: performance.now() }),
    ) as T;
  performance.measure(name, { start, end: performance.now() });
  return result;
}
