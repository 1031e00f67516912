import { db } from "../../db/db";
import { sharingKey } from "./queries";

export async function setSharingSessions(schoolYear: string, value: number) {
  await db.settings.put({
    key: sharingKey(schoolYear),
    value: Math.max(0, Math.floor(value)),
  });
}
