import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../components/PageContainer";

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <Typography variant="h1" gutterBottom>
        {t("notFound.title")}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t("notFound.body")}</Typography>
      <Button variant="contained" component={RouterLink} to="/framework">
        {t("notFound.toFramework")}
      </Button>
    </PageContainer>
  );
}
