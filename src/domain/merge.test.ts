import { describe, expect, it } from "vitest";
import { makeActivity, makeLesson } from "../../tests/support/factories";
import { mergeRecords, valueAt, withValueAt } from "./merge";

const base = makeLesson({
  title: "Sorting toys",
  unit: "Algorithms",
  reflection: "",
  activities: [
    makeActivity({ id: "a1", title: "Warm-up" }),
    makeActivity({ id: "a2", title: "Sort the toys" }),
  ],
  updatedAt: "2026-11-25T02:00:00.000Z",
});
const later = "2026-11-25T03:00:00.000Z";

describe("three-way merge of a record edited in two places", () => {
  it("takes each side's changes to fields only it changed", () => {
    const mine = { ...base, title: "Sorting toys like a computer" };
    const theirs = { ...base, reflection: "Went well", updatedAt: later };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({
      ...base,
      title: "Sorting toys like a computer",
      reflection: "Went well",
      updatedAt: later,
    });
  });

  it("reports a field both changed differently as a conflict, keeping mine in the merge", () => {
    const mine = { ...base, title: "Mine" };
    const theirs = { ...base, title: "Theirs", updatedAt: later };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual([
      { path: ["title"], base: "Sorting toys", mine: "Mine", theirs: "Theirs" },
    ]);
    expect(merged.title).toBe("Mine");
  });

  it("is no conflict when both made the same change", () => {
    const mine = { ...base, title: "Same" };
    const theirs = { ...base, title: "Same", updatedAt: later };
    expect(mergeRecords(base, mine, theirs).conflicts).toEqual([]);
  });

  it("merges inside nested objects field by field", () => {
    const mine = { ...base, flags: { ...base.flags, openLesson: true } };
    const theirs = {
      ...base,
      flags: { ...base.flags, studentActivity: true },
      updatedAt: later,
    };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.flags).toEqual({
      aiTeachingExample: false,
      openLesson: true,
      studentActivity: true,
    });
  });

  it("merges a list of items item by item, by id", () => {
    const [a1, a2] = base.activities as [
      (typeof base.activities)[0],
      (typeof base.activities)[0],
    ];
    const mine = {
      ...base,
      activities: [{ ...a1, teacherDoes: "Shows two toys" }, a2],
    };
    const theirs = {
      ...base,
      activities: [a1, { ...a2, studentsDo: "Sort in pairs" }],
      updatedAt: later,
    };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.activities).toEqual([
      { ...a1, teacherDoes: "Shows two toys" },
      { ...a2, studentsDo: "Sort in pairs" },
    ]);
  });

  it("names the item when both changed one field of it", () => {
    const [a1, a2] = base.activities as [
      (typeof base.activities)[0],
      (typeof base.activities)[0],
    ];
    const mine = { ...base, activities: [a1, { ...a2, title: "Mine" }] };
    const theirs = {
      ...base,
      activities: [a1, { ...a2, title: "Theirs" }],
      updatedAt: later,
    };
    const { conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual([
      ["activities", { id: "a2" }, "title"],
    ]);
  });

  it("keeps an item one side added while the other edited another item", () => {
    const [a1, a2] = base.activities as [
      (typeof base.activities)[0],
      (typeof base.activities)[0],
    ];
    const added = makeActivity({ id: "a3", title: "Exit ticket" });
    const mine = { ...base, activities: [a1, a2, added] };
    const theirs = {
      ...base,
      activities: [{ ...a1, minutes: 8 }, a2],
      updatedAt: later,
    };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.activities).toEqual([{ ...a1, minutes: 8 }, a2, added]);
  });

  it("is a conflict of the whole list when one side removed an item the other edited", () => {
    const [a1, a2] = base.activities as [
      (typeof base.activities)[0],
      (typeof base.activities)[0],
    ];
    const mine = { ...base, activities: [a1] };
    const theirs = {
      ...base,
      activities: [a1, { ...a2, title: "Edited" }],
      updatedAt: later,
    };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual([["activities"]]);
    expect(merged.activities).toEqual([a1]);
  });

  it("treats a list of plain values as one value", () => {
    const mine = { ...base, objectives: ["I can sort"] };
    const theirs = { ...base, objectives: ["I can count"], updatedAt: later };
    expect(mergeRecords(base, mine, theirs).conflicts[0]?.path).toEqual([
      "objectives",
    ]);
  });

  it("with no known base, makes every field the two differ in a conflict, and the rest agree", () => {
    const mine = { ...base, title: "Mine", unit: "Same" };
    const theirs = { ...base, title: "Theirs", unit: "Same", updatedAt: later };
    const { merged, conflicts } = mergeRecords(null, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual([["title"]]);
    expect(merged).toEqual({ ...mine, updatedAt: later });
  });

  it("never reports the revision itself as a conflict: the merge is written over theirs", () => {
    const mine = { ...base, updatedAt: "2026-11-25T02:30:00.000Z" };
    const theirs = { ...base, updatedAt: later };
    expect(mergeRecords(base, mine, theirs)).toEqual({
      merged: theirs,
      conflicts: [],
    });
  });
});

describe("reading and replacing a value at a path", () => {
  it("follows field names and item ids, and leaves a missing path alone", () => {
    const path = ["activities", { id: "a2" }, "title"];
    expect(valueAt(base, path)).toBe("Sort the toys");
    const changed = withValueAt(base, path, "Sorted");
    expect(valueAt(changed, path)).toBe("Sorted");
    expect(base.activities[1]?.title).toBe("Sort the toys");
    expect(
      withValueAt(base, ["activities", { id: "gone" }, "title"], "x"),
    ).toBe(base);
  });
});
