import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { renderApp } from "../../../../tests/support/renderApp";
import type { Lesson } from "../../../domain/lessons/types";
import * as download from "../../../lib/download";
import { readDeviceId } from "../../../db/device";
import { DEVICE_ID } from "../../../domain/device";
import { saveLesson } from "../mutations";
import { db } from "../../../../tests/support/services";

describe("sharing lessons with the school", () => {
  it("a teacher saves the lessons the filters show, minus the ones unticked", async () => {
    await db().settings.put({ key: "teacherName", value: "Ms Chan" });
    for (const [title, className] of [
      ["Fact-check a chatbot", "5A"],
      ["Spot a deepfake", "5A"],
      ["Private draft", "5A"],
      ["Other class", "5B"],
    ])
      await saveLesson(db(), makeLesson({ title, className, author: "" }));
    const saved = vi
      .spyOn(download, "downloadBlob")
      .mockImplementation(() => {});
    const { user } = await renderApp("/lessons?class=5A");
    await screen.findByText("3 lessons");
    await user.click(await screen.findByRole("button", { name: "Share…" }));
    const dialog = await screen.findByRole("dialog", {
      name: "Share lessons with your school",
    });
    expect(
      within(dialog).getByText(/filters show 3 lessons/),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole("checkbox", { name: /Private draft/ }),
    );
    await user.click(
      within(dialog).getByRole("button", {
        name: "Save share file (2 lessons)",
      }),
    );
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const [blob, name] = saved.mock.calls[0]!;
    expect(name).toMatch(/^lessons Ms Chan \d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blob.text()) as {
      format: string;
      formatVersion: number;
      data: { teacher: string; device: string; lessons: Lesson[] };
    };
    expect(file.format).toBe("blueprint-planner/lessons");
    expect(file.formatVersion).toBe(2);
    expect(file.data.teacher).toBe("Ms Chan");
    // The file names this device, whose identity was made for it and is kept.
    expect(file.data.device).toMatch(DEVICE_ID);
    expect(await readDeviceId(db())).toBe(file.data.device);
    expect(file.data.lessons.map((l) => [l.title, l.author]).sort()).toEqual([
      ["Fact-check a chatbot", "Ms Chan"],
      ["Spot a deepfake", "Ms Chan"],
    ]);
    saved.mockRestore();
  });
});
