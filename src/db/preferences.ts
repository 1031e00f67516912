import { TEACHER_NAME_MAX, teacherName } from "../domain/settings";
import type { PlannerDatabase } from "./schema";
import { readSetting, writeSetting } from "./settings";

/** The teacher's name on this device: new lessons carry it as their author. */
export function getTeacherName(db: PlannerDatabase): Promise<string> {
  return readSetting(db, teacherName);
}

export async function setTeacherName(
  db: PlannerDatabase,
  name: string,
): Promise<void> {
  await writeSetting(db, teacherName, name.trim().slice(0, TEACHER_NAME_MAX));
}
