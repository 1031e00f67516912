import { Dexie } from "dexie";
import { expect, it } from "vitest";
import { LATEST_VERSION, PlannerDatabase, SCHEMA_HISTORY } from "./schema";
import { watchVersionChange } from "./versionChange";

it("steps aside when another tab opens a newer version, and asks this tab to reload", async () => {
  const name = "version-change-test";
  const thisTab = new PlannerDatabase(name);
  let outdated = false;
  watchVersionChange(thisTab, () => (outdated = true));
  await thisTab.open();
  expect(outdated).toBe(false);

  // A newer app in another tab adds a table: its upgrade must not be blocked by this tab.
  const otherTab = new Dexie(name);
  for (const { version, stores } of SCHEMA_HISTORY)
    otherTab.version(version).stores(stores);
  otherTab.version(LATEST_VERSION + 1).stores({ somethingNew: "id" });
  await otherTab.open();

  expect(outdated).toBe(true);
  expect(thisTab.isOpen()).toBe(false);
  expect(otherTab.verno).toBe(LATEST_VERSION + 1);
  otherTab.close();
  await Dexie.delete(name);
});
