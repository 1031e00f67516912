import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import type { Keyword, Lesson } from "../../../domain/lessons/types";
import { LinesInput, TextInput } from "../../../components/fields";
import { RowsEditor } from "./RowsEditor";
import { Section } from "./Section";
import { memoOnFields } from "./memoOnFields";

interface Props {
  lesson: Lesson;
  update: (change: (l: Lesson) => Lesson) => void;
}

function IntentSectionFields({ lesson, update }: Props) {
  const { t } = useTranslation("lessons");
  const set =
    <K extends keyof Lesson>(key: K) =>
    (value: Lesson[K]) =>
      update((l) => ({ ...l, [key]: value }));
  return (
    <Section id="intent" title={t("lessons.sections.intent")}>
      <Stack spacing={2}>
        <LinesInput
          label={t("lessons.fields.objectives")}
          helperText={t("lessons.fields.objectivesHint")}
          value={lesson.objectives}
          onChange={set("objectives")}
        />
        <LinesInput
          label={t("lessons.fields.successCriteria")}
          helperText={t("lessons.onePerLine")}
          value={lesson.successCriteria}
          onChange={set("successCriteria")}
        />
        <TextInput
          multiline
          minRows={2}
          label={t("lessons.fields.priorKnowledge")}
          value={lesson.priorKnowledge}
          onChange={set("priorKnowledge")}
        />
        <Typography variant="h3">{t("lessons.fields.keywords")}</Typography>
        <RowsEditor<Keyword>
          rows={lesson.keywords}
          onChange={set("keywords")}
          blank={() => ({ term: "", definition: "" })}
          addLabel={t("lessons.addKeyword")}
          removeLabel={(i) => t("lessons.removeKeyword", { n: i + 1 })}
          renderRow={(row, setRow) => (
            <>
              <TextInput
                label={t("lessons.fields.keywordTerm")}
                value={row.term}
                onChange={(term) => setRow({ ...row, term })}
              />
              <TextInput
                label={t("lessons.fields.definition")}
                value={row.definition}
                onChange={(definition) => setRow({ ...row, definition })}
              />
            </>
          )}
        />
        <LinesInput
          label={t("lessons.fields.misconceptions")}
          helperText={t("lessons.onePerLine")}
          value={lesson.misconceptions}
          onChange={set("misconceptions")}
        />
      </Stack>
    </Section>
  );
}

export const IntentSection = memoOnFields(IntentSectionFields, [
  "objectives",
  "successCriteria",
  "priorKnowledge",
  "keywords",
  "misconceptions",
]);
