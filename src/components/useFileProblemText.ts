import { useCallback } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { FilePlace, FileProblem } from "../domain/backup/envelope";

/** Where the reasons live: the backup's (Settings) or the share import's (Coverage). */
export type FileProblemPrefix =
  "files:backup.problem" | "coverage:import.problem";

function placeText(t: TFunction, place: FilePlace): string {
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
}

/**
 * A refused file's reason as a sentence in the app's own words: the place is named with the
 * app's translated section and field names (see FILE_FIELDS), never with text from the file.
 * Pure, so the hostile-file tests render exactly what the screens show.
 */
export function fileProblemText(
  t: TFunction,
  prefix: FileProblemPrefix,
  p: FileProblem,
): string {
  return "place" in p
    ? t(`${prefix}.${p.code}`, { where: placeText(t, p.place) })
    : t(`${prefix}.${p.code}`, { ...p });
}

/** fileProblemText in the reader's language. */
export function useFileProblemText(prefix: FileProblemPrefix) {
  const { t } = useTranslation(["files", "coverage"]);
  return useCallback(
    (p: FileProblem) => fileProblemText(t, prefix, p),
    [prefix, t],
  );
}
