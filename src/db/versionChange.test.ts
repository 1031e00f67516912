import { Dexie } from "dexie";
import { expect, it } from "vitest";
import { PlannerDatabase } from "./schema";
import { isOutdated, watchVersionChange } from "./versionChange";

it("steps aside when another tab opens a newer version, and asks this tab to reload", async () => {
  const name = "version-change-test";
  const thisTab = new PlannerDatabase(name);
  watchVersionChange(thisTab);
  await thisTab.open();
  expect(isOutdated()).toBe(false);

  // A newer app in another tab adds a table: its upgrade must not be blocked by this tab.
  const otherTab = new Dexie(name);
  otherTab.version(1).stores({
    frameworks: "id",
    frameworkItems: "id, frameworkId, [frameworkId+code]",
    settings: "key",
  });
  otherTab.version(2).stores({
    lessons: "id, updatedAt, schoolYear, [schoolYear+date], date",
    lessonMappings: "id, lessonId, itemId, schoolYear",
    lessonSummaries: "lessonId, schoolYear",
    plans: "id, updatedAt",
  });
  otherTab.version(3).stores({ shares: "id" });
  await otherTab.open();

  expect(isOutdated()).toBe(true);
  expect(thisTab.isOpen()).toBe(false);
  expect(otherTab.verno).toBe(3);
  otherTab.close();
  await Dexie.delete(name);
});
