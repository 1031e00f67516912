import type { Locator, Page } from "playwright-core";

/** The lesson editor as a teacher sees it. */
export class LessonEditorModel {
  constructor(private readonly page: Page) {}

  get title(): Locator {
    return this.page.getByRole("textbox", { name: "Lesson title" });
  }

  get lessonMappings(): Locator {
    return this.page.getByRole("list", {
      name: "Framework items for this lesson",
    });
  }

  /** Waits until the page says the lesson is stored on the device. */
  async saved() {
    await this.page
      .getByText("Saved on this device")
      .waitFor({ timeout: 10_000 });
  }

  async select(label: string, value: string) {
    await this.page
      .getByRole("combobox", { name: label, exact: true })
      .selectOption(value);
  }

  /** Opens the picker for the whole lesson, ticks the given codes (searching each), and closes it. */
  async mapTo(items: { framework: string; code: string }[]) {
    await this.page
      .getByRole("region", { name: "Framework" })
      .getByRole("button", { name: "Map to the framework" })
      .tap();
    const picker = this.page.getByRole("dialog", {
      name: "Map to the framework",
    });
    for (const { framework, code } of items) {
      await picker.getByRole("tab", { name: framework }).tap();
      await picker.getByRole("searchbox").fill(code);
      await picker
        .getByRole("checkbox", { name: new RegExp(`^${code} `) })
        .check();
    }
    await picker.getByRole("button", { name: "Done" }).tap();
    await picker.waitFor({ state: "detached" });
  }
}
