import Papa from "papaparse";

/**
 * A cell a spreadsheet would run as a formula: one starting with =, +, -, @, a tab or a carriage
 * return (OWASP's list for CSV injection). Papa's own default pattern ends in `.*$` without the
 * dotAll flag, so a formula followed by a line break ("=1+1\n…") slipped past it; this one looks
 * at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV for spreadsheets. Every cell that could run as a formula is prefixed with a quote, so text
 * from a lesson or a colleague's file can never execute. A byte-order mark makes Excel read the
 * Chinese correctly.
 */
export function toCsv(rows: (string | number)[][]): Blob {
  const text = Papa.unparse(rows, {
    escapeFormulae: FORMULA_START,
    newline: "\r\n",
  });
  return new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" });
}
