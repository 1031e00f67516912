import type { Page } from "playwright-core";

/** The school plans list as a head sees it (English). */
export class PlansPageModel {
  constructor(private readonly page: Page) {}

  /** Drafts a new plan from the Blueprint and waits for its editor. */
  async draft(
    schoolName: string,
    school: "Primary school" | "Secondary school",
  ) {
    await this.page.getByRole("button", { name: "New plan" }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "School name" }).fill(schoolName);
    await dialog.getByRole("combobox", { name: "School" }).selectOption(school);
    await dialog.getByRole("button", { name: "Create the plan" }).click();
    await this.page
      .getByRole("heading", { level: 1, name: schoolName })
      .waitFor();
  }
}
