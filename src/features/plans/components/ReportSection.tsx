import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import RestartAltOutlined from "@mui/icons-material/RestartAltOutlined";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { SelectInput, TextInput } from "../../../components/fields";
import type { Evidence } from "../../../domain/plans/measures";
import type { Achievement, SchoolPlan } from "../../../domain/plans/types";
import { reportFor, withoutReport, withReport } from "../report";
import type { Removed } from "./RemovedNotice";
import { useLocale } from "../../../lib/useLocale";

interface Props {
  plan: SchoolPlan;
  yearIndex: number;
  evidence: Evidence | undefined;
  update: (change: (p: SchoolPlan) => SchoolPlan) => void;
  removed: Removed;
}

const ACHIEVEMENTS: Achievement[] = [
  "achieved",
  "partlyAchieved",
  "notAchieved",
];

/** The year's School Report: each target's achievement and evidence, pre-filled from lessons, edited by the school. */
export function ReportSection({
  plan,
  yearIndex,
  evidence,
  update,
  removed,
}: Props) {
  const { t } = useTranslation("plans");
  const locale = useLocale();
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t("reportIntro")}</Typography>
      {plan.concerns.map((concern, ci) =>
        concern.targets.map((target, ti) => {
          const report = reportFor(
            plan,
            target,
            yearIndex,
            evidence,
            t,
            locale,
          );
          const written = plan.reports.find(
            (r) => r.targetId === target.id && r.yearIndex === yearIndex,
          );
          const edit = (patch: Partial<typeof report>) =>
            update((p) =>
              withReport(p, {
                ...reportFor(p, target, yearIndex, evidence, t, locale),
                ...patch,
              }),
            );
          return (
            <Paper
              key={target.id}
              variant="outlined"
              component="section"
              aria-label={`${t("targetN", { n: ti + 1 })}: ${target.text}`}
              sx={{ p: 2 }}
            >
              <Typography variant="overline">
                {t("concernN", { n: ci + 1 })}: {concern.title}
              </Typography>
              <Typography variant="h3" gutterBottom>
                {t("targetN", { n: ti + 1 })}: {target.text}
              </Typography>
              <Box sx={{ maxWidth: 320, mb: 1.5 }}>
                <SelectInput
                  label={t("fields.achievement")}
                  value={report.achievement ?? ""}
                  emptyLabel={t("notJudged")}
                  options={ACHIEVEMENTS.map(
                    (a) => [a, t(`achievement.${a}`)] as const,
                  )}
                  onChange={(v) =>
                    edit({ achievement: (v || null) as Achievement | null })
                  }
                />
              </Box>
              <Stack spacing={1.5}>
                <TextInput
                  multiline
                  minRows={2}
                  label={t("fields.evidence")}
                  value={report.evidence}
                  onChange={(v) => edit({ evidence: v })}
                />
                <TextInput
                  multiline
                  minRows={2}
                  label={t("fields.reflection")}
                  value={report.reflection}
                  onChange={(v) => edit({ reflection: v })}
                />
              </Stack>
              {written && (
                <Button
                  startIcon={<RestartAltOutlined />}
                  sx={{ mt: 1 }}
                  onClick={() => {
                    update((p) => withoutReport(p, written));
                    removed(t("removed.report", { n: ti + 1 }), (p) =>
                      p.reports.some(
                        (r) =>
                          r.targetId === written.targetId &&
                          r.yearIndex === written.yearIndex,
                      )
                        ? p
                        : withReport(p, written),
                    );
                  }}
                >
                  {t("startAgain")}
                </Button>
              )}
            </Paper>
          );
        }),
      )}
    </Stack>
  );
}
