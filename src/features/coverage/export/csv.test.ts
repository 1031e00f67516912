import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { toCsv } from "./csv";

describe("CSV export", () => {
  it("keeps Chinese readable in Excel and never lets a cell run as a formula", async () => {
    const blob = toCsv([
      ["Code", "Item", "KS3"],
      ["KS3-L7", "認識偏見及其原因", 2],
      ["X", '=HYPERLINK("http://evil","click")', "+1", "-2", "@SUM(A1)"],
    ]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[1]).toBe("KS3-L7,認識偏見及其原因,2");
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(text).toContain("'+1");
    expect(text).toContain("'@SUM(A1)");
    expect(text).not.toMatch(/(^|,)=/m);
  });

  it("keeps a formula inert even when the cell goes on over several lines", async () => {
    const cells = [
      "=1+1\n第二行",
      "+1\r\n2",
      "-2\n",
      "@SUM(A1)\nx",
      "\t=1",
      "\r=1",
      '=HYPERLINK("http://evil")\n',
    ];
    // TextDecoder drops the byte-order mark.
    const text = new TextDecoder().decode(await toCsv([cells]).arrayBuffer());
    const parsed = Papa.parse<string[]>(text, { newline: "\r\n" }).data[0]!;
    expect(parsed).toHaveLength(cells.length);
    parsed.forEach((cell, i) => {
      expect(cell.startsWith("'")).toBe(true);
      expect(cell.slice(1)).toBe(cells[i]);
    });
  });
});
