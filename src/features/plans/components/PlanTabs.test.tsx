import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  renderApp,
  renderSecondTab,
} from "../../../../tests/support/renderApp";
import { appServices, db } from "../../../../tests/support/services";
import { ensureCurricula } from "../../../db/curricula";
import { emptyPlan } from "../../../domain/plans/record";

let closeSecondTab: (() => void) | undefined;

beforeEach(async () => {
  await ensureCurricula(db());
  // Saves happen when the page is hidden, so both tabs hold unsaved edits at once.
  appServices().settings.saveDelayMs = 600_000;
  appServices().settings.saveMaxWaitMs = 600_000;
});
afterEach(() => {
  closeSecondTab?.();
  closeSecondTab = undefined;
});

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

it("keeps both tabs' edits to one School Development Plan, and asks about a field both changed", async () => {
  await db().plans.put(emptyPlan("plan-1", "2026/27", new Date()));
  const first = await renderApp("/plans/plan-1");
  const second = renderSecondTab("/plans/plan-1");
  closeSecondTab = second.close;
  const a = within(first.container);
  const b = within(second.container);
  await first.user.type(
    await a.findByRole("textbox", { name: "Vision" }),
    "Every child a creator",
  );
  await first.user.type(a.getByRole("textbox", { name: "Mission" }), "A");
  await second.user.type(
    await b.findByRole("textbox", {
      name: "Holistic review of the previous plan",
    }),
    "Good progress",
  );
  await second.user.type(b.getByRole("textbox", { name: "Mission" }), "B");
  hidePage();

  await screen.findByRole("heading", {
    name: "1 field was changed both here and elsewhere: choose which version to keep.",
  });
  await waitFor(async () =>
    expect(await db().plans.get("plan-1")).toMatchObject({
      vision: "Every child a creator",
      holisticReview: "Good progress",
    }),
  );
  const keep = screen.getByRole("button", { name: "Keep mine: Mission" });
  act(() => keep.click());
  hidePage();
  await waitFor(async () =>
    expect(["A", "B"]).toContain((await db().plans.get("plan-1"))?.mission),
  );
  // The other tab had nothing unsaved there: it shows the version kept.
  const mission = (tab: typeof a) =>
    tab.getByRole<HTMLInputElement>("textbox", { name: "Mission" }).value;
  await waitFor(() => expect(mission(a)).toBe(mission(b)));
});
