import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import type { Lesson, ResourceLink } from "../../../domain/lessons/types";
import { TextInput } from "../../../components/fields";
import { RowsEditor } from "./RowsEditor";
import { Section } from "./Section";
import { memoOnFields } from "./memoOnFields";

interface Props {
  lesson: Lesson;
  update: (change: (l: Lesson) => Lesson) => void;
}

/** Differentiation and SEN support, assessment and homework, resources, and the reflection after teaching. */
function SupportSectionFields({ lesson, update }: Props) {
  const { t } = useTranslation("lessons");
  const set =
    <K extends keyof Lesson>(key: K) =>
    (value: Lesson[K]) =>
      update((l) => ({ ...l, [key]: value }));
  const multiline = { multiline: true, minRows: 2 } as const;
  return (
    <>
      <Section id="support" title={t("lessons.sections.support")}>
        <Stack spacing={2}>
          <TextInput
            {...multiline}
            label={t("lessons.fields.differentiation")}
            value={lesson.differentiation}
            onChange={set("differentiation")}
          />
          <TextInput
            {...multiline}
            label={t("lessons.fields.senSupport")}
            value={lesson.senSupport}
            onChange={set("senSupport")}
          />
          <TextInput
            {...multiline}
            label={t("lessons.fields.assessment")}
            value={lesson.assessment}
            onChange={set("assessment")}
          />
          <TextInput
            {...multiline}
            label={t("lessons.fields.homework")}
            value={lesson.homework}
            onChange={set("homework")}
          />
          <Typography variant="h3">{t("lessons.fields.resources")}</Typography>
          <RowsEditor<ResourceLink>
            rows={lesson.resources}
            onChange={set("resources")}
            blank={() => ({ label: "", url: "" })}
            addLabel={t("lessons.addResource")}
            removeLabel={(i) => t("lessons.removeResource", { n: i + 1 })}
            renderRow={(row, setRow) => (
              <>
                <TextInput
                  label={t("lessons.fields.resourceLabel")}
                  value={row.label}
                  onChange={(label) => setRow({ ...row, label })}
                />
                <TextInput
                  type="url"
                  label={t("lessons.fields.resourceUrl")}
                  value={row.url}
                  onChange={(url) => setRow({ ...row, url })}
                  slotProps={{ htmlInput: { inputMode: "url" } }}
                />
              </>
            )}
          />
        </Stack>
      </Section>
      <Section id="reflection" title={t("lessons.sections.reflection")}>
        <TextInput
          {...multiline}
          minRows={3}
          label={t("lessons.fields.reflection")}
          helperText={
            lesson.status === "draft" || lesson.status === "planned"
              ? t("lessons.fields.reflectionHint")
              : undefined
          }
          value={lesson.reflection}
          onChange={set("reflection")}
        />
      </Section>
    </>
  );
}

export const SupportSection = memoOnFields(SupportSectionFields, [
  "differentiation",
  "senSupport",
  "assessment",
  "homework",
  "resources",
  "reflection",
  "status",
]);
