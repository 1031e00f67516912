import { describe, expect, it } from "vitest";
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
});
