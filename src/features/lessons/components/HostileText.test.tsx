import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { renderApp } from "../../../../tests/support/renderApp";
import { ensureCurricula } from "../../../db/curricula";
import { saveLesson } from "../mutations";
import { db } from "../../../../tests/support/services";

const hostile =
  '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';

beforeEach(async () => {
  await ensureCurricula(db());
});

describe("hostile text from a file or a colleague", () => {
  it("is shown as text in the library, the editor and the print layout, never run as HTML", async () => {
    const lesson = makeLesson({
      title: hostile,
      objectives: [hostile],
      unit: "\u202Eevil",
    });
    await saveLesson(db(), lesson);
    for (const route of [
      "/lessons",
      `/lessons/${lesson.id}`,
      `/lessons/${lesson.id}/print`,
    ]) {
      const view = await renderApp(route);
      if (route.endsWith("/print"))
        expect(
          await screen.findByRole("heading", { level: 1 }),
        ).toHaveTextContent(hostile);
      else if (route === "/lessons")
        expect(
          await screen.findByRole("link", {
            name: new RegExp(
              hostile.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
            ),
          }),
        ).toBeInTheDocument();
      else
        expect(
          await screen.findByRole("textbox", { name: "Lesson title" }),
        ).toHaveValue(hostile);
      expect(document.querySelector("img[src='x'], main script")).toBeNull();
      expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
      view.unmount();
    }
  });
});
