import { describe, expect, it } from "vitest";
import { columnLayout } from "../domain/lessons/columns";
import { DERIVED_VERSION } from "./derived";
import { DERIVED_VERSION_KEY } from "./derivedVersion";
import { derivedVersion } from "../domain/settings";

/**
 * The lesson index's column layout (COLUMNS in domain/lessons/columns.ts) that each
 * DERIVED_VERSION stores. Changing the table changes what devices hold: raise DERIVED_VERSION
 * (so each device rebuilds its index once) and record the new layout here under it.
 */
const LAYOUTS: Record<number, string> = {
  4: [
    "lessonId:string,title:string,updatedAt:string,date:number(Int32Array),period:number(Uint8Array),term:number(Uint8Array),status:number(Uint8Array),schoolYear:coded,level:coded,keyStage:coded,subject:coded,className:coded,author:coded,bits:bits(Uint8Array),items:run(itemStart),tools:run(toolStart)",
    "status=draft|planned|taught|assessed",
    "bits=aiAssisted|thinking|aiTeachingExample|openLesson|studentActivity",
  ].join(";"),
  // 5: the same columns; aiAssisted now includes a teacher's demonstration of AI.
  5: [
    "lessonId:string,title:string,updatedAt:string,date:number(Int32Array),period:number(Uint8Array),term:number(Uint8Array),status:number(Uint8Array),schoolYear:coded,level:coded,keyStage:coded,subject:coded,className:coded,author:coded,bits:bits(Uint8Array),items:run(itemStart),tools:run(toolStart)",
    "status=draft|planned|taught|assessed",
    "bits=aiAssisted|thinking|aiTeachingExample|openLesson|studentActivity",
  ].join(";"),
};

describe("the lesson index's layout", () => {
  it("is the one recorded for the current DERIVED_VERSION (raise it when the columns change)", () => {
    expect(columnLayout()).toBe(LAYOUTS[DERIVED_VERSION]);
  });
});

describe("the quick check that a rebuild is due", () => {
  it("reads the key the settings registry writes", () => {
    expect(DERIVED_VERSION_KEY).toBe(derivedVersion.key);
  });
});
