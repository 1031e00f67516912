import { valueOf, type Setting } from "../domain/settings";
import type { PlannerDatabase } from "./schema";

/** Reads a setting (see src/domain/settings.ts): its fallback when missing or of the wrong type. */
export async function readSetting<T>(
  db: PlannerDatabase,
  setting: Setting<T>,
): Promise<T> {
  return valueOf(setting, (await db.settings.get(setting.key))?.value);
}

/**
 * Writes a setting; a value its registry entry does not accept (or a key family's part it does
 * not have) is refused, not stored.
 */
export async function writeSetting<T>(
  db: PlannerDatabase,
  setting: Setting<T>,
  value: T,
): Promise<void> {
  if (!setting.accepts(value))
    throw new RangeError(`Not a value for ${setting.key}`);
  await db.settings.put({ key: setting.key, value });
}
