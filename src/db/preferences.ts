import type { PlannerDatabase } from "./schema";

/** The teacher's name on this device: new lessons carry it as their author. */
export const TEACHER_NAME_SETTING = "teacherName";

export async function getTeacherName(db: PlannerDatabase): Promise<string> {
  const record = await db.settings.get(TEACHER_NAME_SETTING);
  return typeof record?.value === "string" ? record.value : "";
}

export async function setTeacherName(
  db: PlannerDatabase,
  name: string,
): Promise<void> {
  await db.settings.put({ key: TEACHER_NAME_SETTING, value: name.trim() });
}
