import Alert from "@mui/material/Alert";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../components/PageContainer";
import type { SectionId } from "./navigation";

/** A section that is still being built: says what will be here, so nobody thinks it is broken. */
export default function PlaceholderPage({
  section,
}: {
  section: Exclude<
    SectionId,
    "framework" | "settings" | "lessons" | "coverage"
  >;
}) {
  const { t } = useTranslation();
  const points = t(`placeholder.${section}.points`, {
    returnObjects: true,
  }) as string[];
  return (
    <PageContainer>
      <Typography variant="h1" gutterBottom>
        {t(`nav.${section}`)}
      </Typography>
      <Typography variant="body1" sx={{ mb: 2 }}>
        {t(`placeholder.${section}.intro`)}
      </Typography>
      <List dense aria-label={t("placeholder.whatWillBeHere")}>
        {points.map((point) => (
          <ListItem
            key={point}
            sx={{ display: "list-item", listStyleType: "disc", ml: 3, pl: 0.5 }}
          >
            <ListItemText primary={point} />
          </ListItem>
        ))}
      </List>
      <Alert severity="info" sx={{ mt: 2 }}>
        {t("placeholder.comingSoon")}
      </Alert>
    </PageContainer>
  );
}
