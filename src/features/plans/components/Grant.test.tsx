import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { renderApp } from "../../../../tests/support/renderApp";
import { db } from "../../../../tests/support/services";
import { ensureCurricula } from "../../../db/curricula";
import { writeSetting } from "../../../db/settings";
import { todayIso } from "../../../domain/lessons/lesson";
import type { AiUse } from "../../../domain/lessons/types";
import { emptyPlan } from "../../../domain/plans/record";
import { sharingSessions } from "../../../domain/settings";
import { saveLesson } from "../../lessons/mutations";

const tool: AiUse = {
  id: "u",
  tool: "Chatbot",
  usedBy: "demonstration",
  purpose: "",
  ageAndTermsChecked: true,
  noPersonalData: true,
  outputCheck: "",
};

beforeEach(async () => {
  await ensureCurricula(db());
  // Three subjects with AI-assisted teaching, but none yet at two levels.
  for (const [subject, level] of [
    ["chinese", "P4"],
    ["mathematics", "P4"],
    ["english", "P5"],
  ] as const)
    await saveLesson(
      db(),
      makeLesson({
        status: "taught",
        schoolYear: "2026/27",
        subject,
        level,
        aiUses: [tool],
      }),
    );
  await db().plans.put({
    ...emptyPlan("plan-1", "2026/27", new Date("2026-11-25T00:00:00Z")),
    schoolName: "Example Primary",
  });
});

describe("the 「智」啟學教 grant", () => {
  it("Coverage counts each subject only once it reaches two levels, over the grant period", async () => {
    await writeSetting(db(), sharingSessions.of("2026/27"), 2);
    await renderApp("/coverage?year=2026/27");
    const grant = await screen.findByRole("region", {
      name: "「智」啟學教 grant conditions",
    });
    expect(
      await within(grant).findByText(/^2025\/26 to 2027\/28: 0 of 3 subjects/),
    ).toBeInTheDocument();
    expect(
      within(grant).getByText(
        "2025/26: 0 subjects · 2026/27: 0 subjects · 2027/28: 0 subjects",
      ),
    ).toBeInTheDocument();
    // A number kept before sessions were dated entries is not lost, and says how to count it.
    expect(
      within(grant).getByText(/^Before, 2 sharing sessions in 2026\/27/),
    ).toBeInTheDocument();
  });

  it("records sharing sessions with date and topic in the plan; they count, and removing one can be undone", async () => {
    const { user } = await renderApp("/plans/plan-1");
    await user.click(await screen.findByRole("tab", { name: "「智」啟學教" }));
    const sessions = screen.getByRole("region", {
      name: "Sharing sessions on AI-assisted teaching",
    });
    expect(
      within(sessions).getByText("No sessions recorded yet."),
    ).toBeInTheDocument();
    await user.click(
      within(sessions).getByRole("button", { name: "Add a sharing session" }),
    );
    const first = within(sessions).getByRole("listitem", {
      name: "Sharing session 1",
    });
    expect(
      within(first).getByText("Say what the session was about"),
    ).toBeInTheDocument();
    await user.type(
      within(first).getByRole("textbox", { name: "Topic" }),
      "AI feedback on Chinese writing",
    );
    const grant = screen.getByRole("region", { name: "「智」啟學教 grant" });
    expect(
      await within(grant).findByText(/^2025\/26 to 2027\/28: 1 of 3 sessions/),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await db().plans.get("plan-1"))?.grant.sessions).toEqual([
        expect.objectContaining({
          date: todayIso(),
          topic: "AI feedback on Chinese writing",
          where: "school",
        }),
      ]),
    );

    await user.click(
      within(first).getByRole("button", { name: "Remove sharing session 1" }),
    );
    expect(
      await screen.findByText("Sharing session 1 removed"),
    ).toBeInTheDocument();
    expect(
      await within(grant).findByText(/^2025\/26 to 2027\/28: 0 of 3 sessions/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(
      await within(sessions).findByDisplayValue(
        "AI feedback on Chinese writing",
      ),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await db().plans.get("plan-1"))?.grant.sessions).toHaveLength(1),
    );
  });

  it("keeps each year's grant plan and the interim and final reports, with the balance worked out", async () => {
    const { user } = await renderApp("/plans/plan-1");
    await user.click(await screen.findByRole("tab", { name: "「智」啟學教" }));
    // The plan's years in the grant period only (2028/29 is after it).
    const first = screen.getByRole("region", { name: "Grant plan, 2026/27" });
    expect(
      screen.getByRole("region", { name: "Grant plan, 2027/28" }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("region", { name: "Grant plan, 2028/29" }),
    ).not.toBeInTheDocument();
    await user.type(
      within(first).getByRole("textbox", { name: "Arrangements for the year" }),
      "Licence a school AI writing tool",
    );
    await user.type(
      within(first).getByRole("spinbutton", {
        name: "Expected spending (HK$)",
      }),
      "180000",
    );
    const interim = screen.getByRole("region", {
      name: "Interim grant report",
    });
    expect(
      within(interim).getByText(
        /^Due by 30 September 2027, in the School Report of 2026\/27/,
      ),
    ).toBeInTheDocument();
    expect(
      within(interim).getByText(/^Balance: enter the spending so far/),
    ).toBeInTheDocument();
    await user.type(
      within(interim).getByRole("spinbutton", {
        name: "Spent from the grant so far (HK$)",
      }),
      "120000",
    );
    expect(
      within(interim).getByText("Balance: HK$380,000 of HK$500,000"),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("region", { name: "Final grant report" }),
    ).toBeInTheDocument();
    await waitFor(async () => {
      const grant = (await db().plans.get("plan-1"))!.grant;
      expect(grant.years).toEqual([
        {
          yearIndex: 0,
          arrangements: "Licence a school AI writing tool",
          budget: 180_000,
        },
      ]);
      expect(grant.reports).toEqual([
        expect.objectContaining({ due: "interim", expenditure: 120_000 }),
      ]);
    });
  });
});
