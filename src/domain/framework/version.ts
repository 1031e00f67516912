/**
 * Framework files carry a semantic version ("1.2.0"). Only a newer file upgrades what is stored,
 * so a stale cached file can never roll a device back.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

export const SEMVER_PATTERN = /^\d+\.\d+\.\d+$/;
