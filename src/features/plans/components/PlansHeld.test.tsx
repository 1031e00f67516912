import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { renderApp } from "../../../../tests/support/renderApp";
import { ensureCurricula } from "../../../db/curricula";
import { emptyPlan } from "../../../domain/plans/record";
import { db } from "../../../../tests/support/services";

beforeEach(async () => {
  await ensureCurricula(db());
});

describe("the school's plans from the school server", () => {
  it("are read-only on a teacher's tablet, and a head's copy says why it is there", async () => {
    const kept = {
      ...emptyPlan("plan-held", "2026/27", new Date()),
      schoolName: "Example College",
      vision: "Every pupil a thoughtful AI user",
    };
    const copy = {
      ...emptyPlan("plan-copy", "2026/27", new Date()),
      schoolName: "Example College (other head)",
    };
    await db().plans.bulkPut([kept, copy]);
    await db().syncDocs.put({
      name: "school:S1:plans",
      owner: "",
      ownerName: "",
      syncedAt: null,
      waiting: [],
      held: [kept.id],
      copies: [{ id: copy.id, of: kept.id, at: "2026-11-25T08:30:00.000Z" }],
    });

    const teacher = await renderApp("/plans");
    const { user } = teacher;
    // Both plans listed (the list fills in as the plans are read).
    await waitFor(() =>
      expect(screen.getAllByRole("listitem")).toHaveLength(2),
    );
    const cards = screen.getAllByRole("listitem");
    const card = (name: string) =>
      cards.find((c) => within(c).queryByRole("heading", { name }))!;
    expect(
      await within(card("Example College")).findByText(
        "From the school server · read-only",
      ),
    ).toBeInTheDocument();
    expect(
      await within(card("Example College (other head)")).findByText(
        /^Copy kept 25 Nov 2026, .*when two heads' edits of “Example College” crossed$/,
      ),
    ).toBeInTheDocument();

    await user.click(
      within(card("Example College")).getByRole("link", {
        name: /Example College/,
      }),
    );
    expect(
      await screen.findByText(
        /Kept by the school's heads on the school server/,
      ),
    ).toBeInTheDocument();
    const vision = screen.getByRole("textbox", { name: "Vision" });
    expect(vision).toHaveValue("Every pupil a thoughtful AI user");
    expect(vision).toBeDisabled();
    expect(screen.queryByText("Saved on this device")).toBeNull();
    expect(
      screen.getByRole("button", { name: "Add a major concern" }),
    ).toBeDisabled();
    // Printing and exporting stay open to the teacher.
    expect(screen.getByRole("button", { name: "Word" })).toBeEnabled();
    await user.type(vision, " and more");
    expect((await db().plans.get(kept.id))?.vision).toBe(
      "Every pupil a thoughtful AI user",
    );

    // The head's copy is the head's to edit.
    teacher.unmount();
    await renderApp(`/plans/${copy.id}`);
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Example College (other head)",
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Vision" })).toBeEnabled();
  });
});
