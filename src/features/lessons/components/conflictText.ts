import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ConflictText } from "../../../components/EditConflicts";
import type { Lesson } from "../../../domain/lessons/types";
import type { Path } from "../../../domain/merge";

/** Fields whose form label is not `lessons.fields.<name>`. */
const LABELS: Record<string, string> = {
  durationMinutes: "lessons.fields.duration",
  mappings: "lessons.mapping.forLesson",
  activities: "lessons.sections.activities",
  aiUses: "lessons.sections.aiUse",
  thinkingEvidence: "lessons.ai.thinkingEvidence",
  thinkingEvidenceNote: "lessons.ai.thinkingNote",
  flags: "lessons.flags.title",
  tool: "lessons.ai.tool",
  usedBy: "lessons.ai.usedBy",
  purpose: "lessons.ai.purpose",
  outputCheck: "lessons.ai.outputCheck",
  ageAndTermsChecked: "lessons.ai.ageAndTermsChecked",
  noPersonalData: "lessons.ai.noPersonalData",
  title: "lessons.fields.title",
};

/** How the lesson editor names a field in conflict, and shows its values. */
export function useLessonConflictText(): ConflictText {
  const { t, i18n } = useTranslation(["lessons", "editing"]);
  return useMemo(() => {
    const field = (name: string, inActivity = false) => {
      if (inActivity && name === "title")
        return t("lessons.fields.activityTitle");
      if (inActivity && name === "mappings")
        return t("lessons.sections.framework");
      const key = LABELS[name] ?? `lessons.fields.${name}`;
      if (name.startsWith("flags.")) return t(`lessons.${name}`);
      return i18n.exists(key, { ns: "lessons" })
        ? t(key)
        : t("editing:editConflict.otherField");
    };
    return {
      label(path: Path, record: unknown) {
        const [first, second, third] = path;
        if (typeof first !== "string") return field("");
        if (first === "flags" && typeof second === "string")
          return field(`flags.${second}`);
        if (
          (first === "activities" || first === "aiUses") &&
          second &&
          typeof second !== "string"
        ) {
          const list = (record as Lesson)[first] as { id: string }[];
          const n = list.findIndex((i) => i.id === second.id) + 1;
          const item = t(
            first === "activities" ? "lessons.activityN" : "lessons.ai.toolN",
            { n },
          );
          return typeof third === "string"
            ? t("editing:editConflict.within", {
                ns: "translation",
                item,
                field: field(third, first === "activities"),
              })
            : item;
        }
        return field(first);
      },
      value(path: Path, value: unknown) {
        const last = path.at(-1);
        if (last === "status" && typeof value === "string")
          return t(`lessons.status.${value}`);
        if (last === "mappings" && Array.isArray(value))
          return t("editing:editConflict.items", {
            ns: "translation",
            count: value.length,
          });
        if (last === "usedBy" && typeof value === "string")
          return t(`lessons.ai.users.${value}`);
        return undefined;
      },
    };
  }, [t, i18n]);
}
