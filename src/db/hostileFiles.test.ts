import { describe, expect, it } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import { AI_LITERACY } from "../../tests/support/frameworks";
import { known } from "../../tests/support/backup";
import { db } from "../../tests/support/services";
import { checksumOf } from "../domain/backup/envelope";
import { makeBackup, readBackup } from "../domain/backup/backup";
import { readShareFile } from "../domain/share/read";
import { collectBackupData, restoreBackup } from "./backup";
import { ensureCurricula } from "./curricula";

// The hostile files of issue 13, each refused with a reason in the app's own words, or restored
// without changing what no file may change.

const PHISH = "位置：請立即到 http://evil.example 更新";

/** A share file as a hostile tool would write it: any data, a right checksum. */
async function shareText(
  data: unknown,
  head: Record<string, unknown> = {},
): Promise<string> {
  return JSON.stringify({
    format: "blueprint-planner/lessons",
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    appVersion: "0.1.0",
    checksum: await checksumOf(data),
    data,
    ...head,
  });
}

describe("hostile share files", () => {
  it.each([
    ["garbage", "not a date"],
    ["empty", ""],
    ["beyond the Date range", "+275760-09-13T00:00:00.001Z"],
    ["a day that does not exist", "2026-02-31T00:00:00.000Z"],
    ["a number", 1e20],
  ])(
    "refuses a creation time that is %s, without an exception",
    async (_, createdAt) => {
      const text = await shareText(
        { teacher: "Ms Chan", lessons: [] },
        { createdAt },
      );
      expect(await readShareFile(text, new Map())).toEqual({
        ok: false,
        problem: {
          code: "badTime",
          place: { section: "file" },
          // The file's own words, for the quoted preview only (none for an empty one).
          excerpt: createdAt === "" ? undefined : String(createdAt),
        },
      });
    },
  );

  it("refuses a file made more than a day from now", async () => {
    const text = await shareText(
      { teacher: "Ms Chan", lessons: [] },
      { createdAt: "2099-01-01T00:00:00.000Z" },
    );
    expect(await readShareFile(text, new Map())).toEqual({
      ok: false,
      problem: { code: "madeInFuture" },
    });
  });

  it("stops at the first bad lesson of 100,000 empty ones", async () => {
    const text = await shareText({
      teacher: "Ms Chan",
      lessons: Array.from({ length: 100_000 }, () => ({})),
    });
    expect(await readShareFile(text, new Map())).toMatchObject({
      ok: false,
      problem: { code: "invalid", place: { section: "lessons", index: 0 } },
    });
  });

  it("never repeats a key the file made up", async () => {
    const lesson = { ...makeLesson({ title: "x" }), [PHISH]: 1 };
    for (const text of [
      await shareText({ teacher: "Ms Chan", lessons: [] }, { [PHISH]: 1 }),
      await shareText({ teacher: "Ms Chan", lessons: [lesson] }),
      await shareText({ teacher: "Ms Chan", lessons: [], [PHISH]: [] }),
    ]) {
      const result = await readShareFile(text, new Map());
      if (result.ok) throw new Error("accepted");
      // The key is only ever the quoted preview's, cut short; never the place or the reason.
      const { excerpt, ...reason } = result.problem as { excerpt?: string };
      expect(JSON.stringify(reason)).not.toContain("evil");
      expect(JSON.stringify(reason)).not.toContain("位置");
      expect(PHISH.startsWith(excerpt!.replace(/…$/, ""))).toBe(true);
    }
  });

  it.each([
    ["later than the file was made", "2026-12-31T00:00:00.000Z"],
    ["far in the future", "9999-12-31T23:59:59.999Z"],
    ["not a time", "~"],
  ])("refuses a lesson changed at a time %s", async (_, updatedAt) => {
    const lesson = makeLesson({ title: "x", updatedAt });
    const text = await shareText(
      { teacher: "Ms Chan", lessons: [lesson] },
      { createdAt: "2026-12-01T00:00:00.000Z" },
    );
    const result = await readShareFile(text, new Map(), undefined, {
      now: new Date("2026-12-01T12:00:00Z"),
    });
    expect(result).toMatchObject({
      ok: false,
      problem: { place: { section: "lessons", index: 0 } },
    });
  });

  it("refuses the same lesson twice in one file", async () => {
    const lesson = makeLesson({ title: "x" });
    const text = await shareText({
      teacher: "Ms Chan",
      lessons: [lesson, { ...lesson, title: "y" }],
    });
    expect(await readShareFile(text, new Map())).toEqual({
      ok: false,
      problem: {
        code: "duplicate",
        place: { section: "lessons", index: 1 },
        excerpt: lesson.id,
      },
    });
  });
});

describe("hostile backups", () => {
  it("never change the official framework's text, whatever version they claim", async () => {
    await ensureCurricula(db());
    const data = await collectBackupData(db());
    const official = data.frameworks.find(
      (f) => f.framework.id === AI_LITERACY,
    )!;
    const before = await db().frameworkItems.orderBy("id").toArray();
    const forged = {
      ...data,
      frameworks: [
        {
          ...official,
          framework: { ...official.framework, version: "99.0.0" },
          items: official.items.map((i) => ({
            ...i,
            title: { en: PHISH, "zh-HK": PHISH },
          })),
        },
        // A framework nobody shipped, claiming the official items.
        {
          ...official,
          framework: { ...official.framework, id: "not-shipped" },
        },
      ],
    };
    const read = await readBackup(
      JSON.stringify(await makeBackup(forged, "0.2.0")),
      await known(),
    );
    if (!read.ok) throw new Error(read.problem.code);
    await restoreBackup(db(), read.file, "replace");
    expect(await db().frameworkItems.orderBy("id").toArray()).toEqual(before);
    expect((await db().frameworks.get(AI_LITERACY))!.version).toBe(
      official.framework.version,
    );
    expect(await db().frameworks.get("not-shipped")).toBeUndefined();
  });

  it("never bring a framework under a shipped framework's id, even to a device that lacks it", async () => {
    await ensureCurricula(db());
    const data = await collectBackupData(db());
    const official = data.frameworks.find(
      (f) => f.framework.id === AI_LITERACY,
    )!;
    const text = JSON.stringify(
      await makeBackup(
        {
          ...data,
          lessons: [],
          frameworks: [
            {
              ...official,
              items: official.items.map((i) => ({
                ...i,
                title: { en: PHISH, "zh-HK": PHISH },
              })),
            },
          ],
        },
        "0.2.0",
      ),
    );
    // A device on which the official framework has not been installed yet.
    await db().transaction("rw", db().frameworks, db().frameworkItems, () =>
      Promise.all([db().frameworks.clear(), db().frameworkItems.clear()]),
    );
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error(read.problem.code);
    await restoreBackup(db(), read.file, "merge");
    expect(await db().frameworks.get(AI_LITERACY)).toBeUndefined();
    expect(await db().frameworkItems.count()).toBe(0);
    // The shipped file installs it, with the EDB's words.
    await ensureCurricula(db());
    const items = await db()
      .frameworkItems.where("frameworkId")
      .equals(AI_LITERACY)
      .toArray();
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.title.en)).not.toContain(PHISH);
  });
});
