/** "3.2 MB", "10 GB": storage sizes in the reader's number style, in MB below 1 GB and GB above. */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / 1024 / 1024;
  const [value, unit] = mb >= 1024 ? [mb / 1024, "gigabyte"] : [mb, "megabyte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
