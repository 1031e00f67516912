import { memo, type ComponentType } from "react";
import type { Lesson } from "../../../domain/lessons/types";

/**
 * A form section that re-renders only when the lesson fields it shows change (or its other
 * props do). Typing in one field then repaints one section, not the whole lesson: this keeps
 * typing smooth on a modest tablet.
 */
export function memoOnFields<P extends { lesson: Lesson }>(
  component: ComponentType<P>,
  fields: readonly (keyof Lesson)[],
) {
  return memo(component, (before, after) => {
    for (const key of Object.keys(after) as (keyof P)[]) {
      if (key !== "lesson" && before[key] !== after[key]) return false;
    }
    return fields.every((f) => before.lesson[f] === after.lesson[f]);
  });
}
