import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { NumberInput, TextInput } from "../../../components/fields";
import { Panel } from "../../../components/Panel";
import {
  GRANT_AMOUNT,
  GRANT_REPORTS,
  grantBalance,
  grantYearsOf,
} from "../../../domain/plans/grant";
import {
  reportOf,
  withReport,
  withYearPlan,
  yearPlanOf,
} from "../../../domain/plans/grantRecords";
import type { SchoolPlan } from "../../../domain/plans/types";
import { planYears } from "../../../domain/plans/years";
import { formatIsoDate } from "../../../lib/formatDate";
import { formatHkd } from "../../../lib/formatMoney";
import { useLocale } from "../../../lib/useLocale";

/** A date, or "" for none yet (a cleared field is none). */
function DateInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      type="date"
      label={label}
      value={value}
      onChange={(e) =>
        onChange(
          /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : "",
        )
      }
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}

/**
 * The grant's accountability in the plan: each year's grant plan (printed in that year's Annual
 * School Plan) and the interim and final reports (in the School Reports of 2026/27 and 2027/28),
 * with what was spent and the balance left.
 */
export function GrantAccounts({
  plan,
  update,
}: {
  plan: SchoolPlan;
  update: (change: (p: SchoolPlan) => SchoolPlan) => void;
}) {
  const { t } = useTranslation("plans");
  const locale = useLocale();
  const years = planYears(plan.startYear);
  const inGrant = grantYearsOf(years);
  const reports = GRANT_REPORTS.filter((r) =>
    (years as readonly string[]).includes(r.schoolYear),
  );
  return (
    <>
      {inGrant.length > 0 && (
        <Panel title={t("grant.yearPlans")}>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t("grant.yearPlansIntro")}
          </Typography>
          <Stack spacing={2}>
            {inGrant.map((i) => {
              const year = yearPlanOf(plan, i);
              return (
                <Box
                  key={i}
                  component="section"
                  aria-label={t("grant.yearPlan", { year: years[i] })}
                >
                  <Typography variant="h3" gutterBottom>
                    {t("grant.yearPlan", { year: years[i] })}
                  </Typography>
                  <Stack spacing={1.5}>
                    <TextInput
                      multiline
                      minRows={2}
                      label={t("grant.arrangements")}
                      value={year.arrangements}
                      onChange={(arrangements) =>
                        update((p) => withYearPlan(p, i, { arrangements }))
                      }
                    />
                    <Box sx={{ maxWidth: 280 }}>
                      <NumberInput
                        label={t("grant.budget")}
                        value={year.budget}
                        max={GRANT_AMOUNT}
                        onChange={(budget) =>
                          update((p) => withYearPlan(p, i, { budget }))
                        }
                      />
                    </Box>
                  </Stack>
                </Box>
              );
            })}
          </Stack>
        </Panel>
      )}
      {reports.map(({ due, schoolYear, dueOn }) => {
        const report = reportOf(plan, due);
        const balance = grantBalance(report.expenditure);
        return (
          <Panel key={due} title={t(`grant.report.${due}`)}>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t("grant.reportIntro", {
                dueOn: formatIsoDate(dueOn, locale),
                year: schoolYear,
              })}
            </Typography>
            <Stack spacing={1.5}>
              <Box
                sx={{
                  display: "grid",
                  gap: 1.5,
                  gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" },
                  alignItems: "center",
                }}
              >
                <NumberInput
                  label={t("grant.expenditure")}
                  value={report.expenditure}
                  max={GRANT_AMOUNT}
                  onChange={(expenditure) =>
                    update((p) => withReport(p, due, { expenditure }))
                  }
                />
                <Typography>
                  {balance === null
                    ? t("grant.balanceUnknown", {
                        amount: formatHkd(GRANT_AMOUNT, locale),
                      })
                    : t("grant.balance", {
                        balance: formatHkd(balance, locale),
                        amount: formatHkd(GRANT_AMOUNT, locale),
                      })}
                </Typography>
              </Box>
              <TextInput
                multiline
                minRows={3}
                label={t("grant.evaluation")}
                value={report.evaluation}
                onChange={(evaluation) =>
                  update((p) => withReport(p, due, { evaluation }))
                }
              />
              <Box
                sx={{
                  display: "grid",
                  gap: 1.5,
                  gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" },
                }}
              >
                <DateInput
                  label={t("grant.approvedOn")}
                  value={report.approvedOn}
                  onChange={(approvedOn) =>
                    update((p) => withReport(p, due, { approvedOn }))
                  }
                />
                <DateInput
                  label={t("grant.publishedOn")}
                  value={report.publishedOn}
                  onChange={(publishedOn) =>
                    update((p) => withReport(p, due, { publishedOn }))
                  }
                />
              </Box>
            </Stack>
          </Panel>
        );
      })}
    </>
  );
}
