import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import { visuallyHidden } from "@mui/utils";
import { useTranslation } from "react-i18next";
import type { GrantStanding as Standing } from "../domain/plans/grant";
import { countsText, partsText } from "./grantText";

/**
 * The 「智」啟學教 grant's conditions (EDBCM 221/2025): where the school stands over the grant
 * period (2025/26–2027/28), and what each year of it brought.
 */
export function GrantStanding({
  period,
  years,
}: {
  period: readonly Standing[];
  years: readonly (readonly [string, readonly Standing[]])[];
}) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
      {period.map(({ key, result }) => {
        const [first] = result.parts;
        const share = first
          ? Math.min(
              100,
              Math.round(
                (Math.min(
                  ...result.parts.map((p) =>
                    p.target ? p.value / p.target : 1,
                  ),
                ) || 0) * 100,
              ),
            )
          : 0;
        const label = t(`grant.condition.${key}`);
        return (
          <Box component="li" key={key} sx={{ mb: 1.5 }}>
            <Typography variant="body2">{label}</Typography>
            <Typography variant="body2" sx={{ fontWeight: 700 }}>
              {result.met && (
                <CheckCircleOutlined
                  fontSize="small"
                  color="success"
                  aria-hidden
                  sx={{ verticalAlign: "text-bottom", mr: 0.5 }}
                />
              )}
              {t("grant.overPeriod", { parts: partsText(result.parts, t) })}
              <Box component="span" sx={result.met ? visuallyHidden : {}}>
                {result.met ? t("grant.met") : ` · ${t("grant.notMet")}`}
              </Box>
            </Typography>
            <LinearProgress
              variant="determinate"
              value={share}
              color={result.met ? "success" : "primary"}
              aria-label={label}
            />
            <Typography variant="caption" color="text.secondary">
              {years
                .map(([year, standing]) => {
                  const found = standing.find((s) => s.key === key);
                  return `${year}: ${found ? countsText(found.result.parts, t) : ""}`;
                })
                .join(t("grant.yearSeparator"))}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
