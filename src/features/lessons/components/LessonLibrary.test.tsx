import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { makeLesson } from "../../../../tests/support/factories";
import { renderApp } from "../../../../tests/support/renderApp";
import { AI_LITERACY } from "../../../../tests/support/frameworks";
import { ensureCurricula } from "../../../db/curricula";
import { setTeacherName } from "../../../db/preferences";
import { saveLesson } from "../mutations";
import { putLessons } from "../../../db/lessonRecords";
import { appServices, db } from "../../../../tests/support/services";

beforeEach(async () => {
  await ensureCurricula(db());
  vi.restoreAllMocks();
});

async function seed() {
  const a4 = (await db()
    .frameworkItems.where("[frameworkId+code]")
    .equals([AI_LITERACY, "KS2-A4"])
    .first())!.id;
  const lessons = Array.from({ length: 60 }, (_, i) =>
    makeLesson({
      title: `Sorting ${String(i + 1).padStart(2, "0")}`,
      className: i % 2 ? "2A" : "2B",
      date: `2026-10-${String((i % 28) + 1).padStart(2, "0")}`,
    }),
  );
  lessons.push(
    makeLesson({
      title: "查證聊天機械人的答案",
      level: "P5",
      className: "5C",
      status: "taught",
      subject: "general-studies",
      mappings: [{ frameworkId: AI_LITERACY, itemId: a4, emphasis: "develop" }],
    }),
    makeLesson({
      title: "Last year's lesson",
      schoolYear: "2025/26",
      date: "2026-03-02",
    }),
  );
  // As the app writes them: each lesson with its summary.
  await db().transaction("rw", [db().lessons, db().lessonIndex], () =>
    putLessons(db(), lessons),
  );
}

describe("the lesson library", () => {
  it("counts the lessons and shows them a page at a time", async () => {
    await seed();
    const { user } = await renderApp("/lessons");
    expect(await screen.findByText("62 lessons")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(20);
    await user.click(
      screen.getByRole("button", { name: "Show more (20 of 62)" }),
    );
    await waitFor(() =>
      expect(screen.getAllByRole("listitem")).toHaveLength(40),
    );
  });

  it("filters by class, status and framework item, and searches Chinese titles", async () => {
    await seed();
    const { user } = await renderApp("/lessons");
    await screen.findByText("62 lessons");
    const filters = screen.getByRole("group", { name: "Filters" });
    await user.selectOptions(
      within(filters).getByRole("combobox", { name: "Class" }),
      "2A",
    );
    expect(await screen.findByText("31 lessons")).toBeInTheDocument();
    await user.selectOptions(
      within(filters).getByRole("combobox", { name: "Class" }),
      "",
    );
    await user.selectOptions(
      within(filters).getByRole("combobox", { name: "Status" }),
      "taught",
    );
    expect(await screen.findByText("1 lesson")).toBeInTheDocument();
    await user.selectOptions(
      within(filters).getByRole("combobox", { name: "Status" }),
      "",
    );
    const itemFilter = within(filters).getByRole("combobox", {
      name: "Framework item",
    });
    await user.selectOptions(
      itemFilter,
      within(itemFilter).getByRole("option", { name: /^KS2-A4 / }),
    );
    expect(
      await screen.findByRole("link", { name: /查證聊天機械人的答案/ }),
    ).toBeInTheDocument();
    expect(screen.getByText("1 lesson")).toBeInTheDocument();
    await user.selectOptions(
      within(filters).getByRole("combobox", { name: "Framework item" }),
      "",
    );
    await user.type(
      screen.getByRole("searchbox", { name: "Search lessons" }),
      "聊天機械人",
    );
    expect(await screen.findByText("1 lesson")).toBeInTheDocument();
  });

  it("offers a class once however it is spelt, and finds all its lessons", async () => {
    await db().transaction("rw", [db().lessons, db().lessonIndex], () =>
      putLessons(db(), [
        makeLesson({ title: "Lesson one", className: "4A" }),
        makeLesson({ title: "Lesson two", className: "4A" }),
        makeLesson({ title: "Lesson three", className: "4a" }),
        makeLesson({ title: "Lesson four", className: "4B" }),
      ]),
    );
    const { user } = await renderApp("/lessons");
    await screen.findByText("4 lessons");
    const classMenu = within(
      screen.getByRole("group", { name: "Filters" }),
    ).getByRole("combobox", { name: "Class" });
    const classes = within(classMenu)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(classes.filter((c) => c?.toLowerCase() === "4a")).toEqual(["4A"]);
    await user.selectOptions(classMenu, "4A");
    expect(await screen.findByText("3 lessons")).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: /Lesson three/ }),
    ).toBeInTheDocument();
  });

  it("filters by school year", async () => {
    await seed();
    const { user } = await renderApp("/lessons?year=2025/26");
    expect(await screen.findByText("1 lesson")).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: /Last year's lesson/ }),
    ).toBeInTheDocument();
    await screen.findByRole("option", { name: "2026/27" });
    await user.selectOptions(
      screen.getByRole("combobox", { name: "School year" }),
      "2026/27",
    );
    expect(await screen.findByText("61 lessons")).toBeInTheDocument();
  });
});

describe("a teacher's name", () => {
  it("is the author of the lessons they start", async () => {
    await setTeacherName(db(), "陳老師");
    const { user } = await renderApp("/lessons/new");
    await user.click(
      await screen.findByRole("button", { name: "Start a blank lesson" }),
    );
    expect(await screen.findByRole("textbox", { name: "Author" })).toHaveValue(
      "陳老師",
    );
  });
});

describe("when the device is full", () => {
  it("says so and keeps the text on screen and in the journal", async () => {
    const lesson = makeLesson({ title: "Before" });
    await saveLesson(db(), lesson);
    const quota = Object.assign(new Error("Quota exceeded"), {
      name: "QuotaExceededError",
    });
    vi.spyOn(db().lessons, "bulkPut").mockRejectedValue(quota);
    const { user } = await renderApp(`/lessons/${lesson.id}`);
    const title = await screen.findByRole("textbox", { name: "Lesson title" });
    await user.type(title, " and after");
    expect(
      await screen.findByText(/This device is out of storage space/),
    ).toBeInTheDocument();
    expect(title).toHaveValue("Before and after");
    await appServices().journals.lessons.settled();
    expect(
      (await appServices().journals.lessons.read(lesson.id))?.record.title,
    ).toBe("Before and after");
    expect((await db().lessons.get(lesson.id))?.title).toBe("Before");
  });
});
