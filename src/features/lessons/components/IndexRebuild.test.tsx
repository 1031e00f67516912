import { screen } from "@testing-library/react";
import { expect, it, vi } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { renderApp } from "../../../../tests/support/renderApp";
import { db } from "../../../../tests/support/services";

// The library's queries are loaded by the page, so the rebuild runs when it opens, here.
it("after an update, says the lessons are being prepared, and offers Try again if that fails", async () => {
  // Lessons as an older version left them: stored, but with no lesson index yet.
  await db().lessons.bulkPut([
    makeLesson({ title: "Sorting toys" }),
    makeLesson({ title: "Fact-checking chatbots" }),
  ]);
  await db().settings.put({ key: "derivedVersion", value: 3 });
  const full = vi
    .spyOn(db().lessonIndex, "bulkPut")
    .mockRejectedValueOnce(new DOMException("full", "QuotaExceededError"));

  const { user } = await renderApp("/lessons");
  expect(
    await screen.findByText(
      /Your lessons are safe, but they could not be prepared/,
    ),
  ).toBeInTheDocument();
  expect(screen.queryByText(/^No lessons yet/)).not.toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Try again" }));
  expect(await screen.findByText("2 lessons")).toBeInTheDocument();
  expect(screen.queryByText(/could not be prepared/)).not.toBeInTheDocument();
  full.mockRestore();
});
