import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { useLocale } from "../../../lib/useLocale";
import { formatIsoDate } from "../../../lib/formatDate";
import { SchoolFrameworkChip } from "../../../components/SchoolFrameworkChip";
import { isShippedFramework, useFrameworks } from "../queries";
import { CurriculaGate } from "./CurriculaGate";

export default function FrameworkListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const frameworks = useFrameworks();

  return (
    <PageContainer>
      <Typography variant="h1" gutterBottom>
        {t("framework.listTitle")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t("framework.listIntro")}
      </Typography>
      {frameworks === undefined || frameworks.length === 0 ? (
        <CurriculaGate />
      ) : (
        <Box
          component="ul"
          sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 2 }}
        >
          {frameworks.map((fw) => (
            <li key={fw.id}>
              <Card variant="outlined">
                <CardActionArea
                  component={RouterLink}
                  to={`/framework/${fw.id}`}
                >
                  <CardContent>
                    <Typography
                      variant="h2"
                      component="h2"
                      gutterBottom
                      lang={locale}
                    >
                      {fw.title[locale]}
                    </Typography>
                    <Typography color="text.secondary" sx={{ mb: 1.5 }}>
                      {fw.description[locale]}
                    </Typography>
                    <Box
                      sx={{ display: "flex", flexWrap: "wrap", gap: 1, mb: 1 }}
                    >
                      {!isShippedFramework(fw.id) && <SchoolFrameworkChip />}
                      {fw.itemTypes
                        .filter((type) => (fw.typeCounts[type.id] ?? 0) > 0)
                        .map((type) => (
                          <Chip
                            key={type.id}
                            label={t("framework.typeCount", {
                              count: fw.typeCounts[type.id] ?? 0,
                              type: ((fw.typeCounts[type.id] ?? 0) === 1
                                ? type.label
                                : type.plural)[locale],
                            })}
                            variant="outlined"
                          />
                        ))}
                    </Box>
                    <Typography variant="body2" color="text.secondary">
                      {t("framework.publishedBy", {
                        publisher: fw.publisher[locale],
                        date: formatIsoDate(fw.issued, locale),
                        version: fw.version,
                      })}
                    </Typography>
                  </CardContent>
                </CardActionArea>
              </Card>
            </li>
          ))}
        </Box>
      )}
    </PageContainer>
  );
}
