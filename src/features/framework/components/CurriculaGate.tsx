import { lazy, Suspense } from "react";
import CircularProgress from "@mui/material/CircularProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { useCurriculaState } from "../queries";

// Only needed when something went wrong, so it stays out of the first download.
const CurriculaFailure = lazy(() => import("./CurriculaFailure"));

/**
 * What to show while the frameworks are not on the device yet: a short wait on first run,
 * or, if writing them failed (for example a full disk), why and a way to try again.
 */
export function CurriculaGate() {
  const { t } = useTranslation();
  const state = useCurriculaState();
  if (state.status === "failed") {
    return (
      <Suspense fallback={null}>
        <CurriculaFailure error={state.error} />
      </Suspense>
    );
  }
  return (
    <Stack
      direction="row"
      spacing={2}
      role="status"
      sx={{ alignItems: "center", py: 4 }}
    >
      <CircularProgress size={28} />
      <Typography>{t("framework.preparing")}</Typography>
    </Stack>
  );
}
