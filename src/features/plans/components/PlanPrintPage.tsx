import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import ArrowBack from "@mui/icons-material/ArrowBack";
import PrintOutlined from "@mui/icons-material/PrintOutlined";
import { Link as RouterLink, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { SchoolPlan } from "../../../domain/plans/types";
import { planPeriod, planYears } from "../../../domain/plans/years";
import { useEvidence, usePlan } from "../queries";
import { criterionText } from "../presets";
import { reportFor } from "../report";
import { PrintTable } from "../../../components/PrintTable";
import { useGrantStanding } from "../../../services/useGrantStanding";
import { useLocale } from "../../../lib/useLocale";
import {
  grantPlanBlock,
  grantReportBlock,
  type GrantBlock,
} from "../grantRows";

/** The plan laid out for A4 paper or "Save as PDF": the same sections and EDB columns as the Word export. */
export default function PlanPrintPage() {
  const { t } = useTranslation("plans");
  const { planId = "" } = useParams();
  const plan = usePlan(planId);
  if (plan === undefined) return <LinearProgress aria-label={t("loading")} />;
  if (!plan) return <Typography sx={{ p: 3 }}>{t("notFound")}</Typography>;
  return <PrintedPlan plan={plan} />;
}

/** A block of the grant's records (a year's grant plan, a grant report), if the year has one. */
function GrantBlockTable({ block }: { block: GrantBlock | null }) {
  const { t } = useTranslation("plans");
  if (!block) return null;
  return (
    <Box sx={{ breakInside: "avoid" }}>
      <Typography variant="h3" sx={{ mt: 2, mb: 1, breakAfter: "avoid" }}>
        {block.title}
      </Typography>
      <PrintTable
        headers={[t("grant.item"), t("grant.detail")]}
        widths={["30%", "70%"]}
        rows={block.rows}
      />
    </Box>
  );
}

function PrintedPlan({ plan }: { plan: SchoolPlan }) {
  const { t } = useTranslation("plans");
  const years = planYears(plan.startYear);
  const evidence = [
    useEvidence(years[0]),
    useEvidence(years[1]),
    useEvidence(years[2]),
  ];
  const grant = useGrantStanding();
  const locale = useLocale();
  const h2 = { mt: 3, mb: 1, breakAfter: "avoid" } as const;
  return (
    <Box
      sx={{
        maxWidth: "210mm",
        mx: "auto",
        p: { xs: 2, sm: 4 },
        bgcolor: "background.paper",
        "@page": { size: "A4", margin: "15mm" },
        "@media print": { p: 0, maxWidth: "none" },
      }}
    >
      <Box
        sx={{
          display: "flex",
          gap: 1,
          mb: 3,
          "@media print": { display: "none" },
        }}
      >
        <Button
          startIcon={<ArrowBack />}
          component={RouterLink}
          to={`/plans/${plan.id}`}
        >
          {t("backToPlan")}
        </Button>
        <Button
          variant="contained"
          startIcon={<PrintOutlined />}
          onClick={() => window.print()}
        >
          {t("printNow")}
        </Button>
      </Box>
      <Typography variant="h1" align="center">
        {plan.schoolName || t("untitledSchool")}
      </Typography>
      <Typography align="center" sx={{ fontWeight: 700, mb: 3 }}>
        {t("sdpTitle")} {planPeriod(plan.startYear)}
      </Typography>
      {(["vision", "mission", "holisticReview"] as const).map((k) => (
        <Box key={k} sx={{ breakInside: "avoid" }}>
          <Typography variant="h2" sx={h2}>
            {t(`fields.${k}`)}
          </Typography>
          <Typography sx={{ whiteSpace: "pre-wrap" }}>{plan[k]}</Typography>
        </Box>
      ))}
      <Typography variant="h2" sx={h2}>
        {t("fields.goals")}
      </Typography>
      <ul>
        {plan.goals.filter(Boolean).map((g, i) => (
          <li key={i}>{g}</li>
        ))}
      </ul>
      <Typography variant="h2" sx={h2}>
        {t("sections.swot")}
      </Typography>
      <PrintTable
        headers={(
          ["strengths", "weaknesses", "opportunities", "threats"] as const
        ).map((k) => t(`swot.${k}`))}
        widths={["25%", "25%", "25%", "25%"]}
        rows={[
          [
            plan.swot.strengths.join("\n"),
            plan.swot.weaknesses.join("\n"),
            plan.swot.opportunities.join("\n"),
            plan.swot.threats.join("\n"),
          ],
        ]}
      />
      <Typography variant="h2" sx={h2}>
        {t("sections.concerns")}
      </Typography>
      <PrintTable
        headers={[
          t("columns.concern"),
          t("columns.targets"),
          ...years.map((_, i) => t("columns.year", { n: i + 1 })),
          t("columns.outline"),
        ]}
        widths={["18%", "25%", "9%", "9%", "9%", "30%"]}
        rows={plan.concerns.flatMap((c, ci) =>
          c.targets.map((target, ti) => [
            ti === 0 ? `${ci + 1}. ${c.title}` : "",
            target.text,
            ...target.years.map((y) => (y ? "✓" : "")),
            target.strategiesOutline,
          ]),
        )}
      />
      {years.map((year, yearIndex) => (
        <Box key={year} sx={{ breakBefore: "page" }}>
          <Typography variant="h2" sx={h2}>
            {t("aspTitle")} {year}
          </Typography>
          {plan.concerns.map((c, ci) => (
            <Box key={c.id}>
              <Typography variant="h3" sx={{ my: 1 }}>
                {t("columns.concern")} {ci + 1}: {c.title}
              </Typography>
              {c.targets.map((target, ti) => (
                <Box key={target.id}>
                  <Typography sx={{ fontWeight: 700 }}>
                    {t("targetN", { n: ti + 1 })}: {target.text}
                  </Typography>
                  <PrintTable
                    headers={[
                      t("columns.tasks"),
                      t("columns.timeScale"),
                      t("columns.criteria"),
                      t("columns.evaluation"),
                      t("columns.responsible"),
                      t("columns.resources"),
                    ]}
                    widths={["26%", "10%", "24%", "14%", "13%", "13%"]}
                    rows={target.tasks
                      .filter((k) => k.yearIndex === yearIndex)
                      .map((k) => [
                        k.text,
                        k.timeScale,
                        k.criteria.map((cr) => criterionText(cr, t)).join("\n"),
                        k.evaluationMethods,
                        k.responsible,
                        k.resources,
                      ])}
                  />
                </Box>
              ))}
            </Box>
          ))}
          <GrantBlockTable block={grantPlanBlock(plan, yearIndex, t, locale)} />
          <Typography variant="h2" sx={h2}>
            {t("reportTitle")} {year}
          </Typography>
          <PrintTable
            headers={[
              t("columns.targets"),
              t("fields.achievement"),
              t("fields.evidence"),
              t("fields.reflection"),
            ]}
            widths={["28%", "14%", "34%", "24%"]}
            rows={plan.concerns.flatMap((c) =>
              c.targets.map((target) => {
                const report = reportFor(
                  plan,
                  target,
                  yearIndex,
                  evidence[yearIndex],
                  t,
                  locale,
                );
                return [
                  target.text,
                  report.achievement
                    ? t(`achievement.${report.achievement}`)
                    : t("notJudged"),
                  report.evidence,
                  report.reflection,
                ];
              }),
            )}
          />
          <GrantBlockTable
            block={grantReportBlock(plan, yearIndex, grant?.period, t, locale)}
          />
        </Box>
      ))}
    </Box>
  );
}
