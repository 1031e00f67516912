import { db } from "../../db/db";
import { setTeacherName } from "../../db/preferences";

export function saveTeacherName(name: string) {
  return setTeacherName(db, name);
}
