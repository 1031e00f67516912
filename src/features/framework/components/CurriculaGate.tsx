import { lazy, Suspense } from "react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { PageLoading } from "../../../components/PageLoading";
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
    <Box role="status" sx={{ py: 3 }}>
      <PageLoading />
      <Typography sx={{ mt: 1.5 }}>{t("framework.preparing")}</Typography>
    </Box>
  );
}
