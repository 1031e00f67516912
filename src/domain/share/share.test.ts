import { describe, expect, it } from "vitest";
import { makeLesson } from "../../../tests/support/factories";
import type { Lesson } from "../lessons/types";
import type { ShareReceipt } from "./receipt";
import { changedFields, makeShareFile, planMerge } from "./share";
import { readShareFile } from "./read";

const at = (day: number) =>
  `2026-11-${String(day).padStart(2, "0")}T08:00:00.000Z`;
const lesson = (id: string, day: number, title = "Lesson") =>
  makeLesson({ id, title, updatedAt: at(day) });
const receipt = (lessonId: string, day: number): ShareReceipt => ({
  lessonId,
  baseUpdatedAt: at(day),
  from: "Ms Chan",
  receivedAt: at(day),
});
const kinds = (
  incoming: Lesson[],
  local: Lesson[],
  receipts: ShareReceipt[] = [],
) =>
  planMerge(
    incoming.map((l) => ({ lesson: l, from: "Ms Chan" })),
    new Map(local.map((l) => [l.id, l])),
    new Map(receipts.map((r) => [r.lessonId, r])),
  ).map((s) => [s.lesson.id, s.kind]);

describe("merging share files (pure rules)", () => {
  it("adds lessons the device lacks and finds the same edit already here", () => {
    expect(kinds([lesson("a", 1), lesson("b", 2)], [lesson("b", 2)])).toEqual([
      ["a", "add"],
      ["b", "same"],
    ]);
  });

  it("without a receipt, the newer edit wins", () => {
    expect(
      kinds([lesson("a", 5), lesson("b", 1)], [lesson("a", 3), lesson("b", 4)]),
    ).toEqual([
      ["a", "update"],
      ["b", "keep"],
    ]);
  });

  it("with a receipt: only the file changed → update; only the device → keep; both → conflict", () => {
    const receipts = [receipt("a", 2), receipt("b", 2), receipt("c", 2)];
    expect(
      kinds(
        [lesson("a", 5), lesson("b", 2), lesson("c", 6)],
        [lesson("a", 2), lesson("b", 7), lesson("c", 3)],
        receipts,
      ),
    ).toEqual([
      ["a", "update"],
      ["b", "keep"],
      ["c", "conflict"],
    ]);
  });

  it("a conflict is not hidden by the device's edit being newer", () => {
    expect(
      kinds([lesson("a", 3)], [lesson("a", 9)], [receipt("a", 2)]),
    ).toEqual([["a", "conflict"]]);
  });

  it("an older file than the last import changes nothing", () => {
    expect(
      kinds([lesson("a", 1)], [lesson("a", 4)], [receipt("a", 4)]),
    ).toEqual([["a", "keep"]]);
  });

  it("where two files hold the same lesson, its newest edit counts", () => {
    const steps = planMerge(
      [
        { lesson: lesson("a", 3, "older"), from: "Ms Chan" },
        { lesson: lesson("a", 6, "newer"), from: "Mr Lee" },
      ],
      new Map(),
      new Map(),
    );
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: "add", from: "Mr Lee" });
    expect(steps[0]!.lesson.title).toBe("newer");
  });

  it("names the fields two versions differ in, ignoring edit times", () => {
    const a = lesson("a", 1, "One");
    const b = {
      ...a,
      title: "Two",
      status: "taught" as const,
      updatedAt: at(9),
    };
    expect(changedFields(a, b)).toEqual(["title", "status"]);
  });
});

describe("share files", () => {
  it("signs unsigned lessons with the teacher's name and leaves deleted ones behind", async () => {
    const file = await makeShareFile(
      "陳老師",
      [
        makeLesson({ id: "a", author: "" }),
        makeLesson({ id: "b", author: "Mr Lee" }),
        makeLesson({ id: "c", deletedAt: at(3) }),
      ],
      "0.2.0",
    );
    expect(file.data.lessons.map((l) => [l.id, l.author])).toEqual([
      ["a", "陳老師"],
      ["b", "Mr Lee"],
    ]);
    const read = await readShareFile(JSON.stringify(file), new Set());
    expect(read).toMatchObject({
      ok: true,
      file: {
        format: "blueprint-planner/lessons",
        data: { teacher: "陳老師" },
      },
    });
  });

  it("refuses a backup offered as a share file", async () => {
    const text = JSON.stringify({
      format: "blueprint-planner/backup",
      formatVersion: 2,
    });
    expect(await readShareFile(text, new Set())).toEqual({
      ok: false,
      problem: { code: "wrongFormat" },
    });
  });
});
