import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { renderApp } from "../../../../tests/support/renderApp";
import { ensureCurricula } from "../../../db/curricula";
import { schoolYearOf, todayIso } from "../../../domain/lessons/lesson";
import { saveLesson } from "../../lessons/mutations";
import { emptyPlan } from "../../../domain/plans/record";
import { db } from "../../../../tests/support/services";

beforeEach(async () => {
  await ensureCurricula(db());
});

const flags = (aiTeachingExample: boolean, openLesson: boolean) => ({
  aiTeachingExample,
  openLesson,
  studentActivity: false,
});

describe("drafting a School Development Plan", () => {
  it("starts from the Blueprint draft, measures success criteria from lessons and pre-fills the School Report", async () => {
    const year = schoolYearOf(todayIso());
    await saveLesson(
      db(),
      // A secondary lesson beside a primary one: the lessons do not say which kind of school.
      makeLesson({
        status: "taught",
        schoolYear: year,
        level: "S2",
        flags: flags(true, true),
      }),
    );
    await saveLesson(
      db(),
      makeLesson({
        status: "taught",
        schoolYear: year,
        flags: flags(true, false),
      }),
    );

    const { user } = await renderApp("/plans");
    await user.click(await screen.findByRole("button", { name: "New plan" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(
      within(dialog).getByRole("textbox", { name: "School name" }),
      "Example College",
    );
    // The draft depends on the kind of school: nothing is assumed.
    await user.click(
      within(dialog).getByRole("button", { name: "Create the plan" }),
    );
    expect(
      await within(dialog).findByText(
        /^Say whether the school is primary or secondary/,
      ),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: "School" }),
      "Secondary school",
    );
    await user.click(
      within(dialog).getByRole("button", { name: "Create the plan" }),
    );

    expect(
      await screen.findByRole("heading", { level: 1, name: "Example College" }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole("region", { name: /^Major concern \d/ }),
    ).toHaveLength(2);

    // Year 1 of the annual plan: measured criteria show their value now.
    await user.click(screen.getByRole("tab", { name: "Annual plans" }));
    const examples = await screen.findByRole("region", {
      name: "Success criterion 1: At least 3 AI teaching examples or resources (planned)",
    });
    expect(
      within(examples).getByText("2 of 3 lessons · not yet met"),
    ).toBeInTheDocument();
    // Its numbers are the school's to set, and its words follow them: they cannot disagree.
    const lessons = within(examples).getByRole("textbox", {
      name: "Lessons, at least",
    });
    await user.clear(lessons);
    expect(
      within(examples).getByText("Enter a whole number from 0 to 10000"),
    ).toBeInTheDocument();
    await user.type(lessons, "2");
    const edited = await screen.findByRole("region", {
      name: "Success criterion 1: At least 2 AI teaching examples or resources (planned)",
    });
    expect(
      within(edited).getByText("2 of 2 lessons · met"),
    ).toBeInTheDocument();
    await waitFor(async () => {
      const stored = (await db().plans.toArray())[0]!;
      const measures = stored.concerns[1]!.targets[0]!.tasks[0]!.criteria.map(
        (c) => c.measure,
      );
      expect(measures[0]).toMatchObject({
        flag: "aiTeachingExample",
        minimum: 2,
      });
    });
    // The grant's AI-assisted teaching counts subjects that each reach two levels.
    expect(
      screen.getAllByText("0 of 3 subjects · not yet met").length,
    ).toBeGreaterThan(0);
    // A school can add a measured criterion of its own.
    const open =
      "At least 3 open or demonstration lessons using AI (taught), across at least 3 subjects";
    const firstTask = screen.getAllByRole("combobox", {
      name: "Add a measured criterion",
    })[0]!;
    await user.selectOptions(firstTask, open);
    expect(
      await screen.findByRole("region", {
        name: `Success criterion 3: ${open}`,
      }),
    ).toBeInTheDocument();

    // The School Report starts from the evidence; the school can change it.
    await user.click(screen.getByRole("tab", { name: "School Report" }));
    const teachers = await screen.findByRole("region", {
      name: /^Target 1: Every teacher completes digital-education training/,
    });
    expect(
      within(teachers).getByRole("combobox", { name: "Achievement" }),
    ).toHaveValue("partlyAchieved");
    expect(
      within(teachers).getByRole("textbox", { name: "Evidence" }),
    ).toHaveValue(
      [
        "At least 2 AI teaching examples or resources (planned): 2 of 2 lessons · met (2 lessons)",
        "  – Sorting toys like a computer, 2A, 25 November 2026",
        "  – Sorting toys like a computer, 2A, 25 November 2026",
        "At least 2 open or demonstration lessons using AI (taught), across at least 2 subjects: 1 of 2 lessons, 1 of 2 subjects · not yet met (1 lesson)",
        "  – Sorting toys like a computer, 2A, 25 November 2026",
        "At least 2 sharing sessions on AI-assisted teaching: 0 of 2 sessions · not yet met (no sessions recorded)",
      ].join("\n"),
    );
    await user.selectOptions(
      within(teachers).getByRole("combobox", { name: "Achievement" }),
      "achieved",
    );
    await waitFor(async () =>
      expect((await db().plans.toArray())[0]?.reports[0]?.achievement).toBe(
        "achieved",
      ),
    );

    // Starting again from the lessons clears what the school wrote, and Undo puts it back.
    await user.click(
      within(teachers).getByRole("button", {
        name: "Start again from the lessons",
      }),
    );
    expect(
      await screen.findByText("Target 1's report entry cleared"),
    ).toBeInTheDocument();
    expect(
      within(teachers).getByRole("combobox", { name: "Achievement" }),
    ).toHaveValue("partlyAchieved");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() =>
      expect(
        within(teachers).getByRole("combobox", { name: "Achievement" }),
      ).toHaveValue("achieved"),
    );

    // Next year has not started: no verdict is suggested for it.
    await user.click(screen.getByRole("tab", { name: /^Year 2 / }));
    const nextYear = await screen.findByRole("region", {
      name: /^Target 1: Every teacher completes digital-education training/,
    });
    const verdict = within(nextYear).getByRole("combobox", {
      name: "Achievement",
    });
    expect(verdict).toHaveValue("");
    expect(verdict).toHaveDisplayValue("Not yet assessed");
  });

  it("saves what the school writes", async () => {
    const { user } = await renderApp("/plans", { language: "zh-HK" });
    await user.click(await screen.findByRole("button", { name: "新計劃" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("radio", { name: "空白計劃" }));
    await user.click(within(dialog).getByRole("button", { name: "建立計劃" }));
    await user.type(
      await screen.findByRole("textbox", { name: "辦學願景" }),
      "讓每個學生善用科技",
    );
    await user.click(screen.getByRole("button", { name: "加入關注事項" }));
    expect(
      await screen.findByRole("region", { name: "關注事項 1" }),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await db().plans.toArray())[0]).toMatchObject({
        vision: "讓每個學生善用科技",
        concerns: [{ title: "" }],
      }),
    );
  });

  it("on a full disk, says so, keeps what was typed (even through a closed tab), and saves it when space is back", async () => {
    await db().plans.put(emptyPlan("plan-full", "2026/27", new Date()));
    const quota = Object.assign(new Error("Quota exceeded"), {
      name: "QuotaExceededError",
    });
    const full = vi.spyOn(db().plans, "put").mockRejectedValue(quota);
    const first = await renderApp("/plans/plan-full");
    await first.user.type(
      await screen.findByRole("textbox", { name: "Vision" }),
      "Every child a wise user of AI",
    );
    expect(
      await screen.findByText(/This device is out of storage space/),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Vision" })).toHaveValue(
      "Every child a wise user of AI",
    );
    expect((await db().plans.get("plan-full"))?.vision).toBe("");

    // The tab is closed before space comes back; the plan opens with the text kept.
    first.unmount();
    full.mockRestore();
    const second = await renderApp("/plans/plan-full");
    expect(await screen.findByRole("textbox", { name: "Vision" })).toHaveValue(
      "Every child a wise user of AI",
    );
    await waitFor(async () =>
      expect((await db().plans.get("plan-full"))?.vision).toBe(
        "Every child a wise user of AI",
      ),
    );
    expect(await screen.findByText("Saved on this device")).toBeInTheDocument();
    second.unmount();
  });
});

describe("removing part of a plan", () => {
  it("says what went and puts it back on Undo", async () => {
    const plan = emptyPlan("plan-undo", "2026/27", new Date());
    await db().plans.put({
      ...plan,
      concerns: [
        {
          id: "c1",
          title: "AI literacy for every pupil",
          links: [],
          targets: [
            {
              id: "t1",
              text: "Every class meets AI ethics",
              years: [true, true, true],
              strategiesOutline: "",
              links: [],
              tasks: [],
            },
          ],
        },
      ],
    });
    const { user } = await renderApp("/plans/plan-undo");
    const concern = await screen.findByRole("region", {
      name: /^Major concern 1/,
    });
    await user.click(
      within(concern).getByRole("button", { name: "Remove target 1" }),
    );
    expect(await screen.findByText("Target 1 removed")).toBeInTheDocument();
    expect(
      screen.queryByDisplayValue("Every class meets AI ethics"),
    ).toBeNull();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(
      await screen.findByDisplayValue("Every class meets AI ethics"),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole("button", { name: "Remove major concern 1" }),
    );
    expect(
      await screen.findByText("Major concern 1 removed"),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await db().plans.get("plan-undo"))?.concerns).toHaveLength(0),
    );
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(async () =>
      expect((await db().plans.get("plan-undo"))?.concerns).toMatchObject([
        {
          title: "AI literacy for every pupil",
          targets: [{ text: "Every class meets AI ethics" }],
        },
      ]),
    );
  });

  it("deletes a plan, and Undo brings it back", async () => {
    await db().plans.put({
      ...emptyPlan("plan-gone", "2026/27", new Date("2026-11-25T00:00:00Z")),
      schoolName: "Example College",
    });
    const { user } = await renderApp("/plans/plan-gone");
    await user.click(
      await screen.findByRole("button", { name: "Delete plan" }),
    );
    expect(
      await screen.findByText("Deleted the plan of “Example College”"),
    ).toBeInTheDocument();
    expect(await screen.findByText(/^No plans yet\./)).toBeInTheDocument();
    expect((await db().plans.get("plan-gone"))?.deletedAt).not.toBeNull();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Example College" }),
    ).toBeInTheDocument();
    expect((await db().plans.get("plan-gone"))?.deletedAt).toBeNull();
  });

  it("drafts a primary school's plan when the school's lessons are all primary", async () => {
    await saveLesson(db(), makeLesson({ level: "P4", status: "planned" }));
    const { user } = await renderApp("/plans");
    await user.click(await screen.findByRole("button", { name: "New plan" }));
    const dialog = await screen.findByRole("dialog");
    const school = within(dialog).getByRole("combobox", { name: "School" });
    await waitFor(() => expect(school).toHaveValue("primary"));
    expect(
      within(dialog).getByText(/^Chosen from the lessons on this device/),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole("button", { name: "Create the plan" }),
    );
    expect(
      await screen.findByRole("heading", { level: 1, name: "Our school" }),
    ).toBeInTheDocument();
    const [plan] = await db().plans.toArray();
    expect(plan!.concerns[0]!.targets[0]!.text).toContain("KS1 and KS2");
  });
});
