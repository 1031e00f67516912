import { act, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { indexedSummary } from "../../../../tests/support/indexed";
import { makeLesson } from "../../../../tests/support/factories";
import { renderApp } from "../../../../tests/support/renderApp";
import { setViewport } from "../../../../tests/support/setup-dom";
import { ensureCurricula } from "../../../db/curricula";
import { saveLesson } from "../mutations";
import { db } from "../../../../tests/support/services";

beforeEach(async () => {
  await ensureCurricula(db());
  setViewport(768, 1024);
});

describe("writing a lesson", () => {
  it("saves a blank lesson automatically once it has a title", async () => {
    const { user } = await renderApp("/lessons/new");
    await user.click(
      await screen.findByRole("button", { name: "Start a blank lesson" }),
    );
    expect(
      await screen.findByText("Add a title to save this lesson"),
    ).toBeInTheDocument();
    expect(await db().lessons.count()).toBe(0);

    await user.type(
      screen.getByRole("textbox", { name: "Lesson title" }),
      "Is the chatbot right?",
    );
    expect(await screen.findByText("Saved on this device")).toBeInTheDocument();
    expect((await db().lessons.toArray()).map((l) => l.title)).toEqual([
      "Is the chatbot right?",
    ]);
  });

  it("keeps what was typed when the page closes before the save", async () => {
    const lesson = makeLesson({ title: "Original", status: "draft" });
    await saveLesson(db(), lesson);
    const first = await renderApp(`/lessons/${lesson.id}`);
    const title = await screen.findByRole("textbox", { name: "Lesson title" });
    await first.user.clear(title);
    await first.user.type(title, "Typed just before the tab closed");
    first.unmount(); // the tab goes away mid-edit
    await waitFor(async () =>
      expect((await db().lessons.get(lesson.id))?.title).toBe(
        "Typed just before the tab closed",
      ),
    );

    await renderApp(`/lessons/${lesson.id}`);
    expect(
      await screen.findByRole("textbox", { name: "Lesson title" }),
    ).toHaveValue("Typed just before the tab closed");
  });

  it("asks for a subject and a level before a lesson can be marked planned", async () => {
    const lesson = makeLesson({ status: "draft", subject: "", level: null });
    await saveLesson(db(), lesson);
    const { user } = await renderApp(`/lessons/${lesson.id}`);
    const status = await screen.findByRole("combobox", { name: "Status" });
    await user.selectOptions(status, "planned");
    expect(
      await screen.findByText(
        "To mark this lesson Planned, add: Subject, Level.",
      ),
    ).toBeInTheDocument();
    expect(status).toHaveValue("draft");

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Level" }),
      "P5",
    );
    await user.type(
      screen.getByRole("combobox", { name: "Subject" }),
      "General Studies",
    );
    await user.selectOptions(status, "planned");
    expect(status).toHaveValue("planned");
    await waitFor(async () =>
      expect((await db().lessons.get(lesson.id))?.status).toBe("planned"),
    );
    expect((await db().lessons.get(lesson.id))?.subject).toBe(
      "general-studies",
    );
  });

  it("warns when the activities' minutes do not add up to the duration", async () => {
    const lesson = makeLesson({ durationMinutes: 40 });
    await saveLesson(db(), lesson);
    const { user } = await renderApp(`/lessons/${lesson.id}`);
    await user.click(
      await screen.findByRole("button", { name: "Add an activity" }),
    );
    await user.type(screen.getByRole("spinbutton", { name: "Minutes" }), "30");
    expect(
      await screen.findByText(
        "The activities add up to 30 minutes, but the lesson is 40 minutes long.",
      ),
    ).toBeInTheDocument();
  });
});

describe("mapping a lesson to the framework", () => {
  it("offers the lesson's key stage first, warns outside it, and stores only real items", async () => {
    const lesson = makeLesson({ level: "P5" });
    await saveLesson(db(), lesson);
    const { user } = await renderApp(`/lessons/${lesson.id}`);
    const framework = await screen.findByRole("region", { name: "Framework" });
    await user.click(
      within(framework).getByRole("button", { name: "Map to the framework" }),
    );

    const picker = await screen.findByRole("dialog", {
      name: "Map to the framework",
    });
    expect(
      within(picker).getByRole("combobox", { name: "Key stage" }),
    ).toHaveValue("KS2");
    expect(
      within(picker).getByRole("checkbox", { name: /KS2-A4/ }),
    ).toBeInTheDocument();
    expect(
      within(picker).queryByRole("checkbox", { name: /KS3-A1/ }),
    ).not.toBeInTheDocument();
    await user.click(within(picker).getByRole("checkbox", { name: /KS2-A4/ }));

    await user.selectOptions(
      within(picker).getByRole("combobox", { name: "Key stage" }),
      "",
    );
    await user.type(within(picker).getByRole("searchbox"), "KS3-A1");
    await user.click(
      within(picker).getByRole("checkbox", { name: /KS3-A1\b/ }),
    );
    expect(within(picker).getByText("2 items chosen")).toBeInTheDocument();
    await user.click(within(picker).getByRole("button", { name: "Done" }));

    const chosen = within(framework).getByRole("list", {
      name: "Framework items for this lesson",
    });
    expect(within(chosen).getAllByRole("listitem")).toHaveLength(2);
    expect(
      within(chosen).getByText(/outside this lesson's key stage/),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await indexedSummary(db(), lesson.id))?.itemIds.length).toBe(2),
    );
  });
});

describe("deleting a lesson", () => {
  it("can be undone", async () => {
    const lesson = makeLesson({ title: "To be deleted" });
    await saveLesson(db(), lesson);
    const { user } = await renderApp(`/lessons/${lesson.id}`);
    await user.click(await screen.findByRole("button", { name: "Delete" }));
    expect(
      await screen.findByText("Deleted “To be deleted”"),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("link", { name: /To be deleted/ }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(
      await screen.findByRole("textbox", { name: "Lesson title" }),
    ).toHaveValue("To be deleted");
    await act(async () => {
      expect((await db().lessons.get(lesson.id))?.deletedAt).toBeNull();
    });
  });
});
