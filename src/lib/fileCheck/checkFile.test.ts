import { describe, expect, it } from "vitest";
import { makeLesson } from "../../../tests/support/factories";
import { makeShareFile, MAX_SHARE_BYTES } from "../../domain/share/share";
import { readShareFile } from "../../domain/share/read";
import { checkFile, ReadCancelled } from "./checkFile";

// In jsdom there is no Worker: these check the page's own path. The worker's path is taken in
// the browser journeys (every share file and backup a journey picks goes through it).

const shareFileOf = async (count: number) =>
  new File(
    [
      JSON.stringify(
        await makeShareFile(
          {
            teacher: "Ms Chan",
            device: "5c0a7e7e-0000-4000-8000-00000000d001",
          },
          Array.from({ length: count }, (_, i) =>
            makeLesson({ title: `Lesson ${i}` }),
          ),
          "0.1.0",
        ),
      ),
    ],
    "share.json",
  );

describe("checking a file", () => {
  it("refuses a file over the limit without reading a byte of it", async () => {
    const huge = new File(["x"], "huge.json");
    Object.defineProperty(huge, "size", { value: MAX_SHARE_BYTES + 1 });
    huge.arrayBuffer = () => Promise.reject(new Error("read"));
    expect(await checkFile("share", huge, MAX_SHARE_BYTES, new Map())).toEqual({
      ok: false,
      problem: { code: "tooLarge" },
    });
  });

  it("reads a file as the reader for its kind does", async () => {
    const file = await shareFileOf(3);
    expect(await checkFile("share", file, MAX_SHARE_BYTES, new Map())).toEqual(
      await readShareFile(await file.text(), new Map()),
    );
  });

  it("stops at once when cancelled, even while the file is still being read", async () => {
    const stop = new AbortController();
    const slow = new File(["{}"], "share.json");
    slow.arrayBuffer = () => new Promise<ArrayBuffer>(() => {});
    const checking = checkFile("share", slow, MAX_SHARE_BYTES, new Map(), {
      signal: stop.signal,
    });
    stop.abort();
    await expect(checking).rejects.toBeInstanceOf(ReadCancelled);
  });

  it("stops part-way through a big file when cancelled from its progress", async () => {
    const stop = new AbortController();
    const seen: number[] = [];
    const checking = checkFile(
      "share",
      await shareFileOf(4000),
      MAX_SHARE_BYTES,
      new Map(),
      {
        signal: stop.signal,
        onProgress: (done) => {
          seen.push(done);
          stop.abort();
        },
      },
    );
    await expect(checking).rejects.toBeInstanceOf(ReadCancelled);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(1);
  });
});
