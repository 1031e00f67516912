import type { Locator, Page } from "playwright-core";

/** The framework browser as a teacher sees it. */
export class FrameworkPageModel {
  constructor(private readonly page: Page) {}

  get search(): Locator {
    return this.page.getByRole("searchbox");
  }

  get results(): Locator {
    return this.page
      .getByRole("list", { name: /Search results|搜尋結果/ })
      .getByRole("link");
  }

  get item(): Locator {
    return this.page.getByRole("article");
  }

  async openFramework(title: string | RegExp) {
    await this.page.getByRole("link", { name: title }).click();
    await this.search.waitFor();
  }

  async find(query: string) {
    await this.search.fill(query);
  }

  /** Searches, then opens the first hit whose code is `code`. */
  async open(code: string) {
    await this.find(code);
    await this.results.filter({ hasText: code }).first().click();
    await this.item.waitFor();
  }

  async switchLanguage(to: "English" | "繁體中文") {
    await this.page.getByRole("button", { name: to }).click();
  }
}
