import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeLesson } from "../../../tests/support/factories";
import { allMappings } from "../lessons/mapping";
import type { Lesson } from "../lessons/types";
import { makeShareFile, senderOf } from "./share";
import { readShareFile } from "./read";

const DEVICE = "3f2a9c1b-0d4e-4a5b-8c6d-7e8f90a1b2c3";
const itemsOf = (lessons: Lesson[]) =>
  new Map(
    lessons.flatMap((l) =>
      allMappings(l).map((m) => [m.itemId, m.frameworkId] as const),
    ),
  );

describe("share files", () => {
  it("name the teacher and the device, sign unsigned lessons and leave deleted ones behind", async () => {
    const file = await makeShareFile(
      { teacher: "陳老師", device: DEVICE },
      [
        makeLesson({ id: "a", author: "" }),
        makeLesson({ id: "b", author: "Mr Lee" }),
        makeLesson({ id: "c", deletedAt: "2026-11-03T08:00:00.000Z" }),
      ],
      "0.2.0",
    );
    expect(file.formatVersion).toBe(2);
    expect(file.data.lessons.map((l) => [l.id, l.author])).toEqual([
      ["a", "陳老師"],
      ["b", "Mr Lee"],
    ]);
    const read = await readShareFile(JSON.stringify(file), new Map());
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.format).toBe("blueprint-planner/lessons");
    expect(senderOf(read.file.data)).toEqual({
      teacher: "陳老師",
      device: DEVICE,
    });
  });

  it("reads a version 1 file (app 0.2) as naming no device", async () => {
    const text = readFileSync("tests/fixtures/share/v1.json", "utf8");
    const fixture = JSON.parse(text) as {
      formatVersion: number;
      data: { teacher: string; lessons: Lesson[] };
    };
    expect(fixture.formatVersion).toBe(1);
    const read = await readShareFile(text, itemsOf(fixture.data.lessons));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.formatVersion).toBe(2);
    expect(read.file.data).toEqual({
      teacher: "Ms Wong",
      device: "",
      lessons: fixture.data.lessons,
    });
  });

  it("accepts only a device identity the app could have made", async () => {
    for (const device of [
      "",
      "陳老師的 iPad",
      DEVICE.toUpperCase(),
      `${DEVICE}x`,
    ]) {
      const file = await makeShareFile(
        { teacher: "陳老師", device },
        [makeLesson({})],
        "0.2.0",
      );
      expect(await readShareFile(JSON.stringify(file), new Map())).toEqual({
        ok: false,
        problem: {
          code: "invalid",
          place: { section: "device" },
          // The file's own words, for the quoted preview only (none for an empty one).
          excerpt: device || undefined,
        },
      });
    }
  });

  it("refuses a backup offered as a share file", async () => {
    const text = JSON.stringify({
      format: "blueprint-planner/backup",
      formatVersion: 2,
    });
    expect(await readShareFile(text, new Map())).toEqual({
      ok: false,
      problem: { code: "wrongFormat" },
    });
  });
});
