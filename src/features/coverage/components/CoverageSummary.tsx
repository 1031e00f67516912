import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import { Panel } from "../../../components/Panel";
import Typography from "@mui/material/Typography";
import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import { visuallyHidden } from "@mui/utils";
import { useTranslation } from "react-i18next";
import type { LessonStats } from "../../../domain/coverage/summary";
import { GrantStanding } from "../../../components/GrantStanding";
import { useGrantStanding } from "../../../services/useGrantStanding";
import type { KeyStage } from "../../../domain/levels";
import { useSharingSessions } from "../queries";

interface Props {
  focusShare: { keyStage: KeyStage; covered: number; total: number }[];
  strategies: { touched: number; total: number };
  stats: LessonStats;
  schoolYear: string;
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
  const grant = useGrantStanding();
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
      <Panel look="h3" title={t("summary.focuses")}>
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
      </Panel>
      <Panel look="h3" title={t("summary.aiUse")}>
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
      </Panel>
      <Panel look="h3" title={t("summary.grant")} wide>
        {grant ? (
          <GrantStanding period={grant.period} years={grant.years} />
        ) : (
          <LinearProgress aria-label={t("summary.grant")} />
        )}
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          sx={{ mt: 1 }}
        >
          {t("grant.source", { ns: "translation" })}
        </Typography>
        {!!sharing && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t("grant.sharingNumber", { count: sharing, year: schoolYear })}
          </Typography>
        )}
      </Panel>
    </Box>
  );
}
