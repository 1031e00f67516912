import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { embeddedStore } from "../../server/src/embeddedStore";
import {
  makeSchool,
  passphraseOf,
  serve,
  tempDir,
} from "../../server/test/harness";
import { LessonEditorModel } from "./pages/LessonEditorModel";
import { waitForOfflineReady, withBrowser } from "./support/browser";
import { PlansPageModel } from "./pages/PlansPageModel";

// The school server as a school meets it: two teachers' tablets and the head's, each its own
// browser profile, signed in to the real server (the embedded store, on 127.0.0.1).

const browser = withBrowser();

async function signIn(
  page: Page,
  server: string,
  school: string,
  name: string,
) {
  await page.goto("/settings");
  await page.getByRole("textbox", { name: "Server address" }).fill(server);
  await page.getByRole("textbox", { name: "School code" }).fill(school);
  await page.getByRole("textbox", { name: "Your sign-in name" }).fill(name);
  await page.getByLabel("Passphrase").fill(passphraseOf(name));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: "Up to date." })
    .waitFor({ timeout: 45_000 });
}

async function newLesson(page: Page, template: RegExp) {
  const editor = new LessonEditorModel(page);
  await page.goto("/lessons/new");
  await page.getByRole("button", { name: template }).click();
  await editor.saved();
  await editor.select("Status", "taught");
  await editor.saved();
  await page.getByText("On the school server").waitFor({ timeout: 45_000 });
  return editor;
}

it("a lesson taught on one teacher's tablet reaches the head's coverage, and an edit made offline follows when the network returns; the head's plan reaches the teachers to read", async () => {
  const dir = tempDir();
  const open = () => Promise.resolve(embeddedStore(`${dir}/school.sqlite`));
  const { code } = await makeSchool(open, {
    "Lee Siu Ming": "teacher",
    "Chan Tai Man": "teacher",
    "Ho Wing": "head",
  });
  const server = await serve(open);

  const lee = await browser.newPage();
  await signIn(lee.page, server.httpUrl, code, "Lee Siu Ming");
  const leeEditor = await newLesson(lee.page, /^Fact-check detectives/);
  const leeLesson = lee.page.url();

  const chan = await browser.newPage({
    viewport: { width: 768, height: 1024 },
  });
  await signIn(chan.page, server.httpUrl, code, "Chan Tai Man");
  await newLesson(chan.page, /^Fair data, fair AI\?/);

  // The head's tablet: signed in, Coverage by teacher shows both, fed by the school server.
  const head = await browser.newPage();
  await signIn(head.page, server.httpUrl, code, "Ho Wing");
  await head.page.goto("/coverage?by=author");
  const map = head.page.getByRole("table");
  for (const name of ["Lee Siu Ming", "Chan Tai Man"])
    await map.getByRole("columnheader", { name }).waitFor({ timeout: 45_000 });
  await head.page.getByText("2 lessons planned or taught").waitFor();
  await head.page.getByText(/^Through the school server: 2 teachers/).waitFor();

  // Lee's Wi-Fi drops; the edit waits on the tablet, even through a reload.
  await waitForOfflineReady(lee.page);
  await lee.context.setOffline(true);
  await lee.page.reload();
  await leeEditor.title.waitFor();
  await leeEditor.title.fill("Fact-check detectives, taught to 5B");
  await leeEditor.saved();
  await lee.page.getByText("Waiting to reach the school server").waitFor();

  // The network returns: the edit reaches the server and the head's tablet.
  await lee.context.setOffline(false);
  await lee.page.getByText("On the school server").waitFor({ timeout: 60_000 });
  expect(lee.page.url()).toBe(leeLesson);
  await head.page.goto("/lessons");
  await head.page
    .getByText("Fact-check detectives, taught to 5B")
    .first()
    .waitFor({ timeout: 45_000 });

  // The head drafts the school's plan; it reaches Chan's tablet, to read, not to change.
  await head.page.goto("/plans");
  await new PlansPageModel(head.page).draft(
    "Example College",
    "Secondary school",
  );
  await chan.page.goto("/plans");
  const held = chan.page.getByRole("listitem").filter({
    hasText: "From the school server · read-only",
  });
  await held.waitFor({ timeout: 45_000 });
  await held.getByRole("link", { name: /Example College/ }).click();
  await chan.page
    .getByText(/^Kept by the school's heads on the school server/)
    .waitFor();
  expect(
    await chan.page.getByRole("textbox", { name: "Vision" }).isDisabled(),
  ).toBe(true);
  if (process.env.SCREENSHOTS)
    await chan.page.screenshot({
      path: `${process.env.SCREENSHOTS}/held-plan.png`,
    });
});
