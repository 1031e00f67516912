import { describe, expect, it } from "vitest";
import { makeLesson } from "../../../tests/support/factories";
import type { Lesson } from "../lessons/types";
import type { Sender, ShareReceipt } from "./receipt";
import {
  changedFields,
  consentAsks,
  planMerge,
  senderKey,
  stepsToApply,
  type Incoming,
} from "./merge";

const at = (day: number) =>
  `2026-11-${String(day).padStart(2, "0")}T08:00:00.000Z`;
const lesson = (id: string, day: number, title = "Lesson") =>
  makeLesson({ id, title, updatedAt: at(day) });
const device = (n: number) =>
  `${String(n).repeat(8)}-${String(n).repeat(4)}-4${String(n).repeat(3)}-8${String(n).repeat(3)}-${String(n).repeat(12)}`;

/** The head's device, and the teachers' devices as their files name them. */
const HEAD = device(1);
const lee: Sender = { teacher: "李老師", device: device(2) };
const chan: Sender = { teacher: "陳老師", device: device(3) };
/** Someone else's device whose file claims 李老師's name. */
const fakeLee: Sender = { teacher: "李老師", device: device(4) };
/** A version 1 file: it names no device. */
const oldLee: Sender = { teacher: "李老師", device: "" };
const own: Sender = { teacher: "林主任", device: HEAD };

const receipt = (
  lessonId: string,
  day: number,
  from: Sender = chan,
): ShareReceipt => ({
  lessonId,
  baseUpdatedAt: at(day),
  from: from.teacher,
  device: from.device,
  receivedAt: at(day),
});

function plan(
  incoming: Incoming[],
  local: Lesson[] = [],
  receipts: ShareReceipt[] = [],
) {
  return planMerge(
    incoming,
    new Map(local.map((l) => [l.id, l])),
    new Map(receipts.map((r) => [r.lessonId, r])),
    HEAD,
  );
}
const from = (sender: Sender, ...lessons: Lesson[]) =>
  lessons.map((l) => ({ lesson: l, sender }));
/** Each step as [lesson, kind, whether it waits for the head]. */
const kinds = (steps: ReturnType<typeof plan>) =>
  steps.map((s) => [s.lesson.id, s.kind, s.other !== undefined]);
/** What importing does when the head allows these senders: [lesson, kind] and held back. */
const applied = (steps: ReturnType<typeof plan>, allowed: Sender[] = []) => {
  const chosen = stepsToApply(steps, new Set(allowed.map(senderKey)));
  return {
    steps: chosen.steps.map((s) => [s.lesson.id, s.kind, s.sender.device]),
    heldBack: chosen.heldBack.map((s) => s.lesson.id),
  };
};

describe("merging share files (pure rules)", () => {
  it("adds lessons the device lacks and finds the same edit already here", () => {
    expect(
      kinds(
        plan(
          from(chan, lesson("a", 1), lesson("b", 2)),
          [lesson("b", 2)],
          [receipt("b", 2)],
        ),
      ),
    ).toEqual([
      ["a", "add", false],
      ["b", "same", false],
    ]);
  });

  it("with a receipt: only the file changed → update; only the device → keep; both → conflict", () => {
    expect(
      kinds(
        plan(
          from(chan, lesson("a", 5), lesson("b", 2), lesson("c", 6)),
          [lesson("a", 2), lesson("b", 7), lesson("c", 3)],
          [receipt("a", 2), receipt("b", 2), receipt("c", 2)],
        ),
      ),
    ).toEqual([
      ["a", "update", false],
      ["b", "keep", false],
      ["c", "conflict", false],
    ]);
  });

  it("a conflict is not hidden by the device's edit being newer; an older file changes nothing", () => {
    expect(
      kinds(
        plan(
          from(chan, lesson("a", 3), lesson("b", 1)),
          [lesson("a", 9), lesson("b", 4)],
          [receipt("a", 2), receipt("b", 4)],
        ),
      ),
    ).toEqual([
      ["a", "conflict", false],
      ["b", "keep", false],
    ]);
  });

  it("this device's own file: its lessons came from here, and the newer edit wins", () => {
    expect(
      kinds(
        plan(from(own, lesson("a", 5), lesson("b", 1)), [
          lesson("a", 3),
          lesson("b", 4),
        ]),
      ),
    ).toEqual([
      ["a", "update", false],
      ["b", "keep", false],
    ]);
  });

  it("where two files hold a lesson the device lacks, its newest edit is added", () => {
    const steps = plan([
      ...from(chan, lesson("a", 3, "older")),
      ...from(lee, lesson("a", 6, "newer")),
    ]);
    const { steps: chosen } = stepsToApply(steps, new Set());
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatchObject({ kind: "add", sender: lee });
    expect(chosen[0]!.lesson.title).toBe("newer");
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

describe("authorship is not taken on trust", () => {
  const leesLesson = lesson("l1", 2, "李老師的課");
  const leesReceipt = receipt("l1", 2, lee);

  it("a file that claims a teacher's name from another device changes none of her lessons unless the head allows it", () => {
    const steps = plan(
      from(fakeLee, { ...leesLesson, title: "Changed", updatedAt: at(5) }),
      [leesLesson],
      [leesReceipt],
    );
    expect(steps[0]).toMatchObject({
      kind: "update",
      other: { kind: "file", teacher: "李老師", device: lee.device },
    });
    expect(applied(steps)).toEqual({ steps: [], heldBack: ["l1"] });
    expect(applied(steps, [fakeLee])).toEqual({
      steps: [["l1", "update", fakeLee.device]],
      heldBack: [],
    });
    // Allowing another sender allows nothing here.
    expect(applied(steps, [chan]).heldBack).toEqual(["l1"]);
  });

  it("reusing another teacher's lesson ids with a newer time is held back, a conflict too", () => {
    const steps = plan(
      from(
        chan,
        { ...leesLesson, updatedAt: at(8) },
        lesson("l2", 9, "Overwrite"),
      ),
      [leesLesson, lesson("l2", 4)],
      [leesReceipt, receipt("l2", 3, lee)],
    );
    expect(kinds(steps)).toEqual([
      ["l1", "update", true],
      ["l2", "conflict", true],
    ]);
    expect(applied(steps).heldBack).toEqual(["l1", "l2"]);
  });

  it("the head's own lessons (no receipt) wait for the head, whoever's name the file carries", () => {
    const mine = lesson("h1", 3, "主任的課");
    const steps = plan(
      [
        ...from(lee, { ...mine, updatedAt: at(6) }),
        ...from({ teacher: "林主任", device: device(5) }, mine),
      ],
      [mine],
    );
    expect(steps.map((s) => [s.kind, s.other])).toEqual([
      ["update", { kind: "here" }],
      ["same", { kind: "here" }],
    ]);
    expect(applied(steps)).toEqual({
      steps: [["h1", "same", device(5)]],
      heldBack: ["h1"],
    });
  });

  it("a receipt from before devices were named matches on the teacher's name alone", () => {
    const legacy = receipt("l1", 2, oldLee);
    const newer = { ...leesLesson, updatedAt: at(5) };
    expect(kinds(plan(from(lee, newer), [leesLesson], [legacy]))).toEqual([
      ["l1", "update", false],
    ]);
    expect(kinds(plan(from(oldLee, newer), [leesLesson], [legacy]))).toEqual([
      ["l1", "update", false],
    ]);
    expect(kinds(plan(from(chan, newer), [leesLesson], [legacy]))).toEqual([
      ["l1", "update", true],
    ]);
  });

  it("a file that names no device cannot stand in for a teacher's device", () => {
    const steps = plan(
      from(oldLee, { ...leesLesson, updatedAt: at(5) }),
      [leesLesson],
      [leesReceipt],
    );
    expect(kinds(steps)).toEqual([["l1", "update", true]]);
  });

  it("a lesson in files from two devices: the teacher's own edit counts, the other waits", () => {
    const steps = plan(
      [
        ...from(lee, { ...leesLesson, title: "Lee's", updatedAt: at(4) }),
        ...from(fakeLee, { ...leesLesson, title: "Fake", updatedAt: at(6) }),
      ],
      [leesLesson],
      [leesReceipt],
    );
    expect(applied(steps)).toEqual({
      steps: [["l1", "update", lee.device]],
      heldBack: ["l1"],
    });
    expect(applied(steps, [fakeLee]).steps).toEqual([
      ["l1", "update", fakeLee.device],
    ]);
    // An older copy from the other device changes nothing, so it asks nothing.
    const older = plan(
      [
        ...from(lee, { ...leesLesson, updatedAt: at(6) }),
        ...from(fakeLee, { ...leesLesson, updatedAt: at(4) }),
      ],
      [leesLesson],
      [leesReceipt],
    );
    expect(applied(older).heldBack).toEqual([]);
    expect(consentAsks(older)).toEqual([]);
  });

  it("asks the head one sender at a time, grouped by where the lessons came from", () => {
    const mine = lesson("h1", 3);
    const steps = plan(
      from(
        chan,
        { ...leesLesson, updatedAt: at(7) },
        { ...mine, updatedAt: at(7) },
        lesson("c1", 7),
      ),
      [leesLesson, mine, lesson("c1", 2)],
      [leesReceipt, receipt("c1", 2, chan)],
    );
    const asks = consentAsks(steps);
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatchObject({ sender: chan, count: 2 });
    expect(
      asks[0]!.byOrigin.map((g) => [g.origin, g.steps.map((s) => s.lesson.id)]),
    ).toEqual([
      [{ kind: "here" }, ["h1"]],
      [{ kind: "file", teacher: "李老師", device: lee.device }, ["l1"]],
    ]);
  });
});
