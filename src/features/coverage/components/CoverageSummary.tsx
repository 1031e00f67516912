import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import type { ReactNode } from "react";
import { visuallyHidden } from "@mui/utils";
import { useTranslation } from "react-i18next";
import {
  GRANT_TARGETS,
  type LessonStats,
} from "../../../domain/coverage/summary";
import type { KeyStage } from "../../../domain/levels";
import { useCoverageWrites } from "../mutations";
import { useSharingSessions } from "../queries";

interface Props {
  focusShare: { keyStage: KeyStage; covered: number; total: number }[];
  strategies: { touched: number; total: number };
  stats: LessonStats;
  schoolYear: string;
}

function Tile({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" sx={{ p: 2 }}>
      <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function Progress({
  label,
  value,
  target,
}: {
  label: string;
  value: number;
  target: number;
}) {
  const { t } = useTranslation("coverage");
  const met = value >= target;
  return (
    <Box sx={{ mb: 1 }}>
      <Box sx={{ display: "flex", justifyContent: "space-between", gap: 1 }}>
        <Typography variant="body2">{label}</Typography>
        <Typography
          variant="body2"
          sx={{
            fontWeight: 700,
            display: "flex",
            alignItems: "center",
            gap: 0.5,
          }}
        >
          {met && (
            <CheckCircleOutlined fontSize="small" color="success" aria-hidden />
          )}
          {t("ofTarget", { value, target })}
          {met && (
            <Box component="span" sx={visuallyHidden}>
              {t("met")}
            </Box>
          )}
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={Math.round(Math.min(100, (value / target) * 100))}
        color={met ? "success" : "primary"}
        aria-label={label}
      />
    </Box>
  );
}

/** The numbers a head reports: key-stage coverage, strategies, AI use, and the grant's conditions. */
export function CoverageSummary({
  focusShare,
  strategies,
  stats,
  schoolYear,
}: Props) {
  const { t } = useTranslation("coverage");
  const sharing = useSharingSessions(schoolYear);
  const { setSharingSessions } = useCoverageWrites();
  const pct = (n: number, d: number) => (d ? Math.round((n / d) * 100) : 0);
  return (
    <Box
      sx={{
        display: "grid",
        gap: 2,
        gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr", lg: "repeat(3, 1fr)" },
        mb: 3,
      }}
    >
      <Tile title={t("summary.focuses")}>
        {focusShare.map((s) => (
          <Progress
            key={s.keyStage}
            label={s.keyStage}
            value={s.covered}
            target={s.total}
          />
        ))}
        <Typography variant="body2" color="text.secondary">
          {t("summary.strategies", {
            touched: strategies.touched,
            total: strategies.total,
          })}
        </Typography>
      </Tile>
      <Tile title={t("summary.aiUse")}>
        <Typography>
          {t("summary.lessons", { count: stats.lessons })}
        </Typography>
        <Typography>
          {t("summary.withAi", {
            count: stats.withAiUse,
            pct: pct(stats.withAiUse, stats.lessons),
          })}
        </Typography>
        <Typography>
          {t("summary.withEvidence", {
            count: stats.withThinkingEvidence,
            pct: pct(stats.withThinkingEvidence, stats.withAiUse),
          })}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {stats.topTools.length
            ? t("summary.topTools", {
                tools: stats.topTools
                  .map(([name, n]) => `${name} (${n})`)
                  .join(t("separator")),
              })
            : t("summary.noTools")}
        </Typography>
      </Tile>
      <Tile title={t("summary.grant")}>
        <Progress
          label={t("grant.subjects")}
          value={stats.grant.aiSubjects.length}
          target={GRANT_TARGETS.aiSubjects}
        />
        <Progress
          label={t("grant.levels")}
          value={stats.grant.aiLevels.length}
          target={GRANT_TARGETS.aiLevels}
        />
        <Progress
          label={t("grant.examples")}
          value={stats.grant.aiTeachingExamples}
          target={GRANT_TARGETS.aiTeachingExamples}
        />
        <Progress
          label={t("grant.openLessons")}
          value={stats.grant.openLessons}
          target={GRANT_TARGETS.openLessons}
        />
        <Progress
          label={t("grant.studentActivities")}
          value={stats.grant.studentActivities}
          target={GRANT_TARGETS.studentActivities}
        />
        {sharing !== undefined && (
          <>
            <Progress
              label={t("grant.sharing")}
              value={sharing}
              target={GRANT_TARGETS.sharingSessions}
            />
            <TextField
              size="small"
              type="number"
              label={t("grant.sharingInput", { year: schoolYear })}
              defaultValue={sharing}
              onChange={(e) =>
                void setSharingSessions(schoolYear, Number(e.target.value) || 0)
              }
              slotProps={{ htmlInput: { min: 0, inputMode: "numeric" } }}
              sx={{ mt: 1 }}
            />
          </>
        )}
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          sx={{ mt: 1 }}
        >
          {t("grant.note")}
        </Typography>
      </Tile>
    </Box>
  );
}
