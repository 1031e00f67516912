import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import {
  renderApp,
  renderSecondTab,
} from "../../../../tests/support/renderApp";
import { appServices, db } from "../../../../tests/support/services";
import { ensureCurricula } from "../../../db/curricula";
import { applyShareImport, planShareImport } from "../../../db/share";
import type { Lesson } from "../../../domain/lessons/types";
import { senderKey } from "../../../domain/share/merge";
import { saveLesson } from "../mutations";

let closeSecondTab: (() => void) | undefined;

beforeEach(async () => {
  await ensureCurricula(db());
  // Saves happen when the test says (the page is hidden), so both tabs can hold unsaved edits.
  appServices().settings.saveDelayMs = 600_000;
  appServices().settings.saveMaxWaitMs = 600_000;
});
afterEach(() => {
  closeSecondTab?.();
  closeSecondTab = undefined;
});

/** The teacher switches away: every open editor saves at once. */
function hidePage() {
  act(() => {
    Object.defineProperty(document, "visibilityState", {
      value: "hidden",
      configurable: true,
    });
    document.dispatchEvent(new Event("visibilitychange"));
    Object.defineProperty(document, "visibilityState", {
      value: "visible",
      configurable: true,
    });
  });
}

const stored = async (id: string) => (await db().lessons.get(id))!;

async function openTwoTabs(lesson: Lesson) {
  await saveLesson(db(), lesson);
  const first = await renderApp(`/lessons/${lesson.id}`);
  const second = renderSecondTab(`/lessons/${lesson.id}`);
  closeSecondTab = second.close;
  const a = within(first.container);
  const b = within(second.container);
  await a.findByRole("textbox", { name: "Lesson title" });
  await b.findByRole("textbox", { name: "Lesson title" });
  return { a, b, userA: first.user, userB: second.user };
}

describe("one lesson open in two tabs", () => {
  it("keeps both tabs' edits to different fields, and each tab shows the other's", async () => {
    const lesson = makeLesson({ title: "Sorting toys", reflection: "" });
    const { a, b, userA, userB } = await openTwoTabs(lesson);
    await userA.type(a.getByRole("textbox", { name: "Lesson title" }), " (A)");
    await userB.type(b.getByRole("textbox", { name: "Reflection" }), "From B");
    hidePage();

    await waitFor(async () =>
      expect(await stored(lesson.id)).toMatchObject({
        title: "Sorting toys (A)",
        reflection: "From B",
      }),
    );
    await waitFor(() =>
      expect(a.getByRole("textbox", { name: "Reflection" })).toHaveValue(
        "From B",
      ),
    );
    await waitFor(() =>
      expect(b.getByRole("textbox", { name: "Lesson title" })).toHaveValue(
        "Sorting toys (A)",
      ),
    );
    expect(screen.queryByText(/changed both here and elsewhere/)).toBeNull();
  });

  it("asks which version to keep when both changed the same field, and overwrites nothing before that", async () => {
    const lesson = makeLesson({ unit: "" });
    const { a, b, userA, userB } = await openTwoTabs(lesson);
    await userA.type(
      a.getByRole("textbox", { name: "Unit or topic" }),
      "Robots",
    );
    await userB.type(
      b.getByRole("textbox", { name: "Unit or topic" }),
      "Sorting",
    );
    hidePage();

    // One tab saved first; the other finds its save would overwrite that, and asks.
    const notice = await screen.findByRole("heading", {
      name: "1 field was changed both here and elsewhere: choose which version to keep.",
    });
    const [asking, other, mine, theirs] = a.queryByRole("heading", {
      name: notice.textContent,
    })
      ? [a, b, "Robots", "Sorting"]
      : [b, a, "Sorting", "Robots"];
    expect((await stored(lesson.id)).unit).toBe(theirs);
    expect(asking.getByRole("textbox", { name: "Unit or topic" })).toHaveValue(
      mine,
    );
    expect(asking.getByText(theirs)).toBeInTheDocument();
    expect(
      screen
        .getAllByRole("status")
        .some((s) => s.textContent === notice.textContent),
    ).toBe(true);

    act(() =>
      asking.getByRole("button", { name: "Keep mine: Unit or topic" }).click(),
    );
    hidePage();
    await waitFor(async () =>
      expect((await stored(lesson.id)).unit).toBe(mine),
    );
    // The other tab had nothing unsaved: it now shows the kept version.
    await waitFor(() =>
      expect(other.getByRole("textbox", { name: "Unit or topic" })).toHaveValue(
        mine,
      ),
    );
    expect(screen.queryByText(/changed both here and elsewhere/)).toBeNull();
  });
});

describe("an import under an open editor", () => {
  async function importVersion(lesson: Lesson) {
    const sender = { teacher: "陳老師", device: crypto.randomUUID() };
    const steps = await planShareImport(db(), [{ lesson, sender }]);
    expect(steps.map((s) => s.kind)).toEqual(["update"]);
    // The lesson was made on this device: the head allows the file to change it.
    await applyShareImport(db(), steps, {
      resolutions: new Map(),
      allowed: new Set([senderKey(sender)]),
    });
  }

  it("shows what the import changed and keeps what was typed", async () => {
    const lesson = makeLesson({ title: "Sorting toys", homework: "" });
    await saveLesson(db(), lesson);
    const { user } = await renderApp(`/lessons/${lesson.id}`);
    const title = await screen.findByRole("textbox", { name: "Lesson title" });
    await user.type(title, " (edited here)");

    const saved = await stored(lesson.id);
    await importVersion({
      ...saved,
      homework: "Sort your toys at home",
      updatedAt: "2030-01-01T00:00:00.000Z",
    });

    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Homework" })).toHaveValue(
        "Sort your toys at home",
      ),
    );
    expect(title).toHaveValue("Sorting toys (edited here)");
    expect(
      screen
        .getAllByRole("status")
        .some((s) =>
          /Changes made elsewhere .* were added/.test(s.textContent),
        ),
    ).toBe(true);
    hidePage();
    await waitFor(async () =>
      expect(await stored(lesson.id)).toMatchObject({
        title: "Sorting toys (edited here)",
        homework: "Sort your toys at home",
      }),
    );
  });

  it("lets the teacher take the imported version of a field both changed", async () => {
    const lesson = makeLesson({ homework: "" });
    await saveLesson(db(), lesson);
    const { user } = await renderApp(`/lessons/${lesson.id}`);
    await user.type(
      await screen.findByRole("textbox", { name: "Homework" }),
      "Mine",
    );
    await importVersion({
      ...(await stored(lesson.id)),
      homework: "Imported",
      updatedAt: "2030-01-01T00:00:00.000Z",
    });
    await user.click(
      await screen.findByRole("button", { name: "Take the other: Homework" }),
    );
    expect(screen.getByRole("textbox", { name: "Homework" })).toHaveValue(
      "Imported",
    );
    expect(screen.queryByText(/changed both here and elsewhere/)).toBeNull();
    expect((await stored(lesson.id)).homework).toBe("Imported");
  });
});

describe("opening a lesson with unsaved edits from before a crash", () => {
  it("merges them with changes stored since, instead of dropping either", async () => {
    const lesson = await saveLesson(
      db(),
      makeLesson({ title: "Old title", unit: "", homework: "" }),
    );
    // Typed in a tab that was killed before it saved:
    const journal = appServices().journals.lessons;
    void journal.write({
      record: { ...lesson, title: "Typed before the crash", unit: "Mine" },
      base: lesson,
    });
    await journal.settled();
    // Meanwhile another tab saved other changes:
    await saveLesson(db(), {
      ...lesson,
      homework: "Saved elsewhere",
      unit: "Theirs",
    });

    await renderApp(`/lessons/${lesson.id}`);
    expect(
      await screen.findByRole("textbox", { name: "Lesson title" }),
    ).toHaveValue("Typed before the crash");
    expect(screen.getByRole("textbox", { name: "Homework" })).toHaveValue(
      "Saved elsewhere",
    );
    expect(screen.getByRole("textbox", { name: "Unit or topic" })).toHaveValue(
      "Mine",
    );
    expect(
      screen.getByRole("button", { name: "Keep mine: Unit or topic" }),
    ).toBeInTheDocument();
  });
});

describe("a lesson moved to the bin in another tab while it is open", () => {
  it("stays in the bin, says so, and can be taken out", async () => {
    const lesson = makeLesson({ homework: "" });
    const { a, b, userA, userB } = await openTwoTabs(lesson);
    await userB.click(b.getByRole("button", { name: "Delete" }));
    await a.findByText(/moved to the bin elsewhere/);
    await userA.type(
      a.getByRole("textbox", { name: "Homework" }),
      "Still kept",
    );
    hidePage();
    await waitFor(async () =>
      expect(await stored(lesson.id)).toMatchObject({
        homework: "Still kept",
        deletedAt: expect.any(String) as unknown,
      }),
    );
    await userA.click(
      a.getByRole("button", { name: "Take it out of the bin" }),
    );
    hidePage();
    await waitFor(async () =>
      expect((await stored(lesson.id)).deletedAt).toBeNull(),
    );
  });
});
