import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { LEGEND, shade } from "../shade";

export function Legend() {
  const { t } = useTranslation("coverage");
  return (
    <Box
      sx={{
        display: "flex",
        alignItems: "center",
        gap: 1,
        flexWrap: "wrap",
        mb: 1,
      }}
      aria-hidden
    >
      <Typography variant="body2" color="text.secondary">
        {t("legend")}
      </Typography>
      {LEGEND.map((n, i) => {
        const { background, color } = shade(n);
        const next = LEGEND[i + 1];
        return (
          <Box
            key={n}
            sx={{
              px: 1,
              py: 0.25,
              borderRadius: 1,
              bgcolor: background,
              color,
              fontSize: "0.8rem",
              fontWeight: 700,
            }}
          >
            {next === undefined
              ? `${n}+`
              : next - 1 > n
                ? `${n}–${next - 1}`
                : n}
          </Box>
        );
      })}
    </Box>
  );
}
