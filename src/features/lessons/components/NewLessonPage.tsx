import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import NoteAddOutlined from "@mui/icons-material/NoteAddOutlined";
import { useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { KEY_STAGE_CODES, type KeyStage } from "../../../domain/levels";
import { emptyLesson } from "../../../domain/lessons/record";
import { subjectName } from "../../../domain/lessons/subjects";
import {
  lessonFromTemplate,
  templateCodes,
  type LessonTemplate,
} from "../../../domain/lessons/templates";
import { newId } from "../../../lib/id";
import { useLocale } from "../../../lib/useLocale";
import { useLessonJournal } from "../useLessonDraft";
import { useLessonWrites } from "../mutations";
import { useLessonReads } from "../queries";
import { TEMPLATES } from "../templates";
import { SelectInput } from "../../../components/fields";
import { CopyExisting } from "./CopyExisting";

/** Starting points: a blank lesson, one of our templates, or a copy of an existing lesson. */
export default function NewLessonPage() {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Arriving from a coverage gap: that gap's suggested template comes first, highlighted.
  const suggested = TEMPLATES.find((tpl) => tpl.id === params.get("template"));
  const [stage, setStage] = useState<KeyStage | "">(suggested?.keyStage ?? "");
  const [failed, setFailed] = useState(false);
  const { resolveCodes, teacherName } = useLessonReads();
  const { saveLesson } = useLessonWrites();
  const journal = useLessonJournal();

  const startBlank = async () => {
    const lesson = emptyLesson(newId(), new Date(), await teacherName());
    void journal.write({ record: lesson, base: null });
    void navigate(`/lessons/${lesson.id}`);
  };

  const startFrom = async (template: LessonTemplate) => {
    try {
      const found = await resolveCodes(templateCodes(template));
      const lesson = lessonFromTemplate(
        template,
        locale,
        (frameworkId, code) => found.get(`${frameworkId}|${code}`)?.id,
        newId,
        new Date(),
        await teacherName(),
      );
      await saveLesson(lesson);
      void navigate(`/lessons/${lesson.id}`);
    } catch {
      setFailed(true);
    }
  };

  const shown = TEMPLATES.filter(
    (tpl) => !stage || tpl.keyStage === stage,
  ).sort((a, b) => Number(b === suggested) - Number(a === suggested));

  return (
    <PageContainer>
      <Typography variant="h1" gutterBottom>
        {t("lessons.new")}
      </Typography>
      {failed && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t("lessons.save.failed")}
        </Alert>
      )}
      <Button
        variant="contained"
        size="large"
        startIcon={<NoteAddOutlined />}
        onClick={() => void startBlank()}
        sx={{ mb: 3 }}
      >
        {t("lessons.start.blank")}
      </Button>

      <Box
        component="section"
        aria-labelledby="templates-heading"
        sx={{ mb: 4 }}
      >
        <Box
          sx={{
            display: "flex",
            flexWrap: "wrap",
            gap: 2,
            alignItems: "center",
            mb: 1,
          }}
        >
          <Typography variant="h2" id="templates-heading" sx={{ flex: 1 }}>
            {t("lessons.start.templates")}
          </Typography>
          <Box sx={{ width: 220 }}>
            <SelectInput
              label={t("lessons.mapping.keyStage")}
              value={stage}
              emptyLabel={t("lessons.mapping.allStages")}
              options={KEY_STAGE_CODES.map(
                (ks) => [ks, t(`keyStages.${ks}`)] as const,
              )}
              onChange={(v) => setStage(v as KeyStage | "")}
            />
          </Box>
        </Box>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t("lessons.start.templatesIntro")}
        </Typography>
        <Stack
          component="ul"
          spacing={1.5}
          sx={{ listStyle: "none", p: 0, m: 0 }}
        >
          {shown.map((tpl) => (
            <li key={tpl.id}>
              <Card
                variant="outlined"
                sx={
                  tpl === suggested
                    ? { borderColor: "primary.main", borderWidth: 2 }
                    : undefined
                }
              >
                <CardActionArea onClick={() => void startFrom(tpl)}>
                  <CardContent>
                    <Typography variant="h3" component="h3" lang={locale}>
                      {tpl.title[locale]}
                    </Typography>
                    <Typography
                      color="text.secondary"
                      lang={locale}
                      sx={{ my: 0.5 }}
                    >
                      {tpl.summary[locale]}
                    </Typography>
                    <Stack
                      direction="row"
                      spacing={1}
                      useFlexGap
                      sx={{ flexWrap: "wrap" }}
                    >
                      <Chip size="small" label={tpl.keyStage} color="primary" />
                      <Chip size="small" label={tpl.level} variant="outlined" />
                      <Chip
                        size="small"
                        label={subjectName(tpl.subject, locale)}
                        variant="outlined"
                      />
                      <Chip
                        size="small"
                        label={t("lessons.minutesN", {
                          n: tpl.durationMinutes,
                        })}
                        variant="outlined"
                      />
                      {tpl.mappings.map((m) => (
                        <Chip
                          key={m.code}
                          size="small"
                          label={m.code}
                          variant="outlined"
                        />
                      ))}
                    </Stack>
                  </CardContent>
                </CardActionArea>
              </Card>
            </li>
          ))}
        </Stack>
      </Box>

      <CopyExisting />
    </PageContainer>
  );
}
