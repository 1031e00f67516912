import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { AI_LITERACY } from "../../../../tests/support/frameworks";
import { renderApp } from "../../../../tests/support/renderApp";
import { setViewport } from "../../../../tests/support/setup-dom";
import { ensureCurricula } from "../../../db/curricula";
import type { LessonStatus } from "../../../domain/lessons/types";
import type { Level } from "../../../domain/levels";
import { saveLesson } from "../../lessons/mutations";
import { db } from "../../../../tests/support/services";

const idOf = async (code: string) =>
  (await db()
    .frameworkItems.where("[frameworkId+code]")
    .equals([AI_LITERACY, code])
    .first())!.id;

async function teach(
  title: string,
  level: Level,
  codes: string[],
  status: LessonStatus = "taught",
  more = {},
) {
  const mappings = await Promise.all(
    codes.map(async (c) => ({
      frameworkId: AI_LITERACY,
      itemId: await idOf(c),
      emphasis: "develop" as const,
    })),
  );
  await saveLesson(
    db(),
    makeLesson({ title, level, status, mappings, ...more }),
  );
}

beforeEach(async () => {
  await ensureCurricula(db());
  setViewport(1024, 768);
  await teach("Training a classifier", "S2", ["KS3-L7", "KS3-L8"], "taught", {
    className: "2C",
    author: "Mr Wong",
  });
  await teach("Bias in the news", "S3", ["KS3-L7"], "planned", {
    className: "3A",
    author: "Ms Ho",
  });
  await teach("Fact-checking", "P5", ["KS2-A4"], "assessed", {
    className: "5B",
    author: "Ms Ho",
  });
});

const cell = (name: RegExp) => screen.findByRole("button", { name });

describe("coverage heat map", () => {
  it("counts lessons per learning focus and key stage, every row shown", async () => {
    await renderApp("/coverage?year=2026/27");
    const table = await screen.findByRole("table");
    expect(
      within(table).getByRole("columnheader", { name: "KS3" }),
    ).toBeInTheDocument();
    // The key stage rows roll up their learning focuses; zero rows stay visible.
    expect(
      await cell(/^KS3 Understanding AI and using it well, KS3: 2 lessons/),
    ).toHaveTextContent("2");
    expect(
      await cell(/^KS1 Meeting and experiencing AI, KS1: 0 lessons/),
    ).toHaveTextContent("0");
  });

  it("opens the lessons behind a number", async () => {
    const { user } = await renderApp("/coverage?year=2026/27");
    await user.click(
      await cell(/^KS3 Understanding AI and using it well, KS3: 2 lessons/),
    );
    const dialog = await screen.findByRole("dialog");
    const list = within(dialog).getByRole("list", {
      name: "Lessons behind this number",
    });
    // The lessons are read once the dialog is open.
    expect(
      (await within(list).findAllByRole("link")).map((l) => l.textContent),
    ).toEqual([
      expect.stringContaining("Bias in the news"),
      expect.stringContaining("Training a classifier"),
    ]);
  });

  it("counts only taught lessons when asked, split by teacher, from the address", async () => {
    const { user } = await renderApp(
      "/coverage?year=2026/27&status=taught&by=author",
    );
    expect(
      await cell(/^KS3 Understanding AI and using it well, Mr Wong: 1 lesson/),
    ).toBeInTheDocument();
    expect(
      await cell(/^KS3 Understanding AI and using it well, All: 1 lesson/),
    ).toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Count lessons" }),
      "planned",
    );
    expect(
      await cell(/^KS3 Understanding AI and using it well, All: 2 lessons/),
    ).toBeInTheDocument();
  });

  it("lists each key stage's uncovered learning focuses with suggested templates, and what is planned but untaught", async () => {
    await renderApp("/coverage?year=2026/27");
    const ks3 = await screen.findByRole("region", {
      name: "KS3 learning focuses with no KS3 lesson in 2026/27",
    });
    expect(within(ks3).queryByText("KS3-L7")).not.toBeInTheDocument();
    expect(within(ks3).queryByText("KS3-L8")).not.toBeInTheDocument();
    expect(within(ks3).getByText("KS3-A6")).toBeInTheDocument();
    // Suggestions come from the templates, loaded once the map is on screen.
    expect(
      (await within(ks3).findAllByRole("link", { name: /^Suggested:/ })).length,
    ).toBeGreaterThan(0);
    const untaught = screen.getByRole("region", {
      name: "Planned, but not yet taught or assessed",
    });
    expect(within(untaught).queryByText("KS3-L7")).not.toBeInTheDocument(); // taught elsewhere
  });

  it("shows the summary: key-stage shares and grant progress", async () => {
    await renderApp("/coverage?year=2026/27");
    expect(
      await screen.findByText("Blueprint strategies touched: 0 of 10"),
    ).toBeInTheDocument();
    expect(screen.getByText("3 lessons planned or taught")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "KS3" })).toHaveAttribute(
      "aria-valuenow",
      String(Math.round((2 / 27) * 100)),
    );
  });
});

describe("an item's row", () => {
  it("opens the item's description and all its lessons", async () => {
    const { user } = await renderApp("/coverage?year=2026/27");
    await screen.findByRole("table");
    await user.click(
      screen.getByRole("button", {
        name: /^KS3 Understanding AI and using it well$/,
      }),
    );
    const dialog = await screen.findByRole("dialog");
    expect(
      within(dialog).getByText("2 lessons, all columns"),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole("link", {
        name: "Open this item in the framework",
      }),
    ).toBeInTheDocument();
  });
});
