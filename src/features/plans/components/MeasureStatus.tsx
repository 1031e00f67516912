import Chip from "@mui/material/Chip";
import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import HourglassEmptyOutlined from "@mui/icons-material/HourglassEmptyOutlined";
import { useTranslation } from "react-i18next";
import type { MeasureResult } from "../../../domain/plans/measures";

/** "4 / 6 lessons · not yet met": a measured criterion's value now, from the year's lessons. */
export function describeResult(
  result: MeasureResult,
  t: (key: string, o?: Record<string, unknown>) => string,
): string {
  const parts = result.parts.map((p) =>
    t(`measure.part.${p.key}`, { value: p.value, target: p.target }),
  );
  return `${parts.join(t("separator"))} · ${result.met ? t("measure.met") : t("measure.notMet")}`;
}

export function MeasureStatus({ result }: { result: MeasureResult }) {
  const { t } = useTranslation("plans");
  return (
    <Chip
      size="small"
      color={result.met ? "success" : "default"}
      variant={result.met ? "filled" : "outlined"}
      icon={result.met ? <CheckCircleOutlined /> : <HourglassEmptyOutlined />}
      label={describeResult(result, t)}
      sx={{
        height: "auto",
        "& .MuiChip-label": { whiteSpace: "normal", py: 0.5 },
      }}
    />
  );
}
