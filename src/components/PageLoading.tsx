import Box from "@mui/material/Box";
import { useTranslation } from "react-i18next";

/** A thin animated bar while a section's code loads; plain CSS, so the shell stays small. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Box
      role="progressbar"
      aria-label={t("shell.loading")}
      sx={{
        height: 4,
        overflow: "hidden",
        bgcolor: "action.hover",
        "&::after": {
          content: '""',
          display: "block",
          height: "100%",
          width: "40%",
          bgcolor: "primary.main",
          animation: "page-loading 1.2s ease-in-out infinite",
        },
        "@keyframes page-loading": {
          from: { transform: "translateX(-100%)" },
          to: { transform: "translateX(250%)" },
        },
      }}
    />
  );
}
