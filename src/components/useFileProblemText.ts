import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { FilePlace, FileProblem } from "../domain/backup/envelope";

/**
 * A refused file's reason as a sentence in the app's own words: the place is named with the
 * app's translated section and field names (see FILE_FIELDS), never with text from the file.
 * `prefix` is where the reasons live: "files:backup.problem" or
 * "coverage:import.problem".
 */
export function useFileProblemText(prefix: string) {
  const { t } = useTranslation(["files", "coverage"]);
  const placeText = useCallback(
    (place: FilePlace) => {
      const where =
        place.index === undefined
          ? t(`files:filePlace.sectionAll.${place.section}`)
          : t(`files:filePlace.section.${place.section}`, {
              n: place.index + 1,
            });
      return place.field
        ? t("files:filePlace.withField", {
            where,
            field: t(`files:filePlace.field.${place.field}`),
          })
        : where;
    },
    [t],
  );
  return useCallback(
    (p: FileProblem) =>
      "place" in p
        ? t(`${prefix}.${p.code}`, { where: placeText(p.place) })
        : t(`${prefix}.${p.code}`, { ...p }),
    [placeText, prefix, t],
  );
}
