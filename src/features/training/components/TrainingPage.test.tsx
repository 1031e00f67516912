import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../../tests/support/renderApp";
import { makeLesson } from "../../../../tests/support/factories";
import { db } from "../../../../tests/support/services";
import { putLessons } from "../../../db/lessonRecords";
import { setTeacherName } from "../../../db/preferences";
import { schoolYearOf, todayIso } from "../../../domain/lessons/lesson";

/** Fills the course dialog and saves it. */
async function addCourse(
  user: Awaited<ReturnType<typeof renderApp>>["user"],
  fields: { teacher?: string; title: string; hours: string; track?: string },
) {
  await user.click(screen.getByRole("button", { name: "Add a course" }));
  const dialog = await screen.findByRole("dialog", { name: "Add a course" });
  const d = within(dialog);
  if (fields.teacher) {
    const teacher = d.getByRole("combobox", { name: /Teacher/ });
    await user.clear(teacher);
    await user.type(teacher, fields.teacher);
  }
  await user.type(
    d.getByRole("textbox", { name: /Course title/ }),
    fields.title,
  );
  await user.type(d.getByRole("textbox", { name: /Hours/ }), fields.hours);
  if (fields.track)
    await user.selectOptions(
      d.getByRole("combobox", { name: "Track" }),
      fields.track,
    );
  await user.click(d.getByRole("button", { name: "Save" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
}

const row = (teacher: string) =>
  screen
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("button", { name: teacher }))!;

describe("teachers' training", () => {
  it("records two teachers' courses and shows who is short of 30 hours", async () => {
    await setTeacherName(db(), "Chan Tai Man");
    // A teacher with lessons and no training is short, at 0 hours.
    await putLessons(db(), [makeLesson({ author: "Lee Ka Yan" })]);
    const { user } = await renderApp("/training");
    expect(
      await screen.findByRole("heading", { name: "Teachers' training" }),
    ).toBeInTheDocument();
    await screen.findByRole("button", { name: "Lee Ka Yan" });

    await addCourse(user, { title: "AI literacy foundations", hours: "24" });
    await addCourse(user, {
      title: "AI in Chinese lessons",
      hours: "6.5",
      track: "AI + Subject",
    });
    await addCourse(user, {
      teacher: "Lee Ka Yan",
      title: "Leading AI in schools",
      hours: "3",
      track: "AI Leadership",
    });

    expect(
      await within(row("Chan Tai Man")).findByText("30.5 h · completed"),
    ).toBeInTheDocument();
    expect(
      await within(row("Lee Ka Yan")).findByText("3 h · 27 h to go"),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "1 of 2 teachers have completed 30 hours in their cycle",
      ),
    ).toBeInTheDocument();
    // AI Leadership is counted among school leaders; none is marked yet.
    expect(
      screen.getByText(
        "AI Leadership: no teacher is marked as a school leader yet",
      ),
    ).toBeInTheDocument();

    // Only those short: Chan is complete and leaves the list.
    await user.click(
      screen.getByRole("checkbox", { name: /Only teachers short/ }),
    );
    expect(screen.queryByRole("button", { name: "Chan Tai Man" })).toBeNull();
    expect(
      screen.getByRole("button", { name: "Lee Ka Yan" }),
    ).toBeInTheDocument();

    // Lee is a school leader.
    await user.click(screen.getByRole("button", { name: "Lee Ka Yan" }));
    await user.click(
      await screen.findByRole("checkbox", { name: /School leader/ }),
    );
    expect(
      await screen.findByText(
        "AI Leadership: 1 of 1 school leaders have attended training",
      ),
    ).toBeInTheDocument();
  });

  it("asks for what is missing and keeps the dialog open", async () => {
    const { user } = await renderApp("/training");
    await user.click(
      await screen.findByRole("button", { name: "Add a course" }),
    );
    const dialog = await screen.findByRole("dialog");
    const d = within(dialog);
    await user.type(d.getByRole("textbox", { name: /Hours/ }), "0.3");
    await user.click(d.getByRole("button", { name: "Save" }));
    expect(d.getByText("Say whose course this is.")).toBeInTheDocument();
    expect(d.getByText("Give the course its title.")).toBeInTheDocument();
    expect(
      d.getByText("Enter the hours, from 0.5 to 200, in whole or half hours."),
    ).toBeInTheDocument();
    expect(await db().training.count()).toBe(0);
  });

  it("removes a course with Undo, and counts a course only once it is held", async () => {
    await setTeacherName(db(), "Chan Tai Man");
    const { user } = await renderApp("/training");
    await screen.findByRole("heading", { name: "Teachers' training" });
    await addCourse(user, { title: "AI literacy foundations", hours: "6" });
    const list = await screen.findByRole("list", {
      name: "Chan Tai Man's courses",
    });
    await user.click(within(list).getByRole("button", { name: "Remove" }));
    expect(
      await screen.findByText("Course removed: AI literacy foundations"),
    ).toBeInTheDocument();
    expect(
      await within(row("Chan Tai Man")).findByText("0 h · 30 h to go"),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(
      await within(row("Chan Tai Man")).findByText("6 h · 24 h to go"),
    ).toBeInTheDocument();

    // A course dated after today is booked, not counted (her cycle starts this year).
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    await db().teacherCycles.put({
      teacher: "Chan Tai Man",
      cycleStart: schoolYearOf(todayIso()),
      leader: false,
      updatedAt: new Date().toISOString(),
    });
    await db().training.put({
      id: "future",
      teacher: "Chan Tai Man",
      date: todayIso(tomorrow),
      title: "Tomorrow's course",
      provider: "EDB",
      track: "aiSubject",
      hours: 6,
      updatedAt: new Date().toISOString(),
      deletedAt: null,
    });
    expect(await screen.findByText(/Tomorrow's course/)).toBeInTheDocument();
    expect(
      screen.getByText(
        "1 course is booked for later in the cycle: it counts once held.",
      ),
    ).toBeInTheDocument();
    expect(
      within(row("Chan Tai Man")).getByText("6 h · 24 h to go"),
    ).toBeInTheDocument();
  });
});
