import Chip from "@mui/material/Chip";
import { useTranslation } from "react-i18next";

/**
 * Marks a framework that is not one the app ships (the EDB's) but a school's own that arrived
 * in a file: whatever its title or publisher says, the reader is told where it came from.
 */
export function SchoolFrameworkChip() {
  const { t } = useTranslation();
  return (
    <Chip color="warning" variant="outlined" label={t("framework.schoolOwn")} />
  );
}
