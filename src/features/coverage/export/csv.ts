import Papa from "papaparse";

/**
 * CSV for spreadsheets. Cells that a spreadsheet would run as a formula (=, +, -, @ …) are
 * escaped, so text from a lesson or a colleague's file can never execute. A byte-order mark
 * makes Excel read the Chinese correctly.
 */
export function toCsv(rows: (string | number)[][]): Blob {
  const text = Papa.unparse(rows, { escapeFormulae: true, newline: "\r\n" });
  return new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" });
}
