import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import type { CoverageStatus } from "../../../domain/coverage/coverage";
import type { Gap } from "../../../domain/coverage/gaps";
import type {
  FrameworkItemRecord,
  Locale,
} from "../../../domain/framework/types";
import type { LessonTemplate } from "../../../domain/lessons/templates";
import { KEY_STAGE_CODES } from "../../../domain/levels";

interface Props {
  status: CoverageStatus;
  gaps: Gap[];
  untaught: FrameworkItemRecord[];
  templates: LessonTemplate[];
  locale: Locale;
  schoolYear: string;
}

/**
 * What is missing: learning focuses of each key stage with no lesson at that stage this year,
 * each with our templates that teach it; and items planned but never yet taught or assessed.
 */
export function GapList({
  status,
  gaps,
  untaught,
  templates,
  locale,
  schoolYear,
}: Props) {
  const { t } = useTranslation("coverage");
  const templatesFor = (code: string) =>
    templates.filter((tpl) =>
      [...tpl.mappings, ...tpl.activities.flatMap((a) => a.mappings)].some(
        (m) => m.code === code,
      ),
    );
  return (
    <Box component="section" aria-labelledby="gaps-heading" sx={{ mt: 4 }}>
      <Typography variant="h2" id="gaps-heading" gutterBottom>
        {t("gaps.title")}
      </Typography>
      <Box
        sx={{
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" },
        }}
      >
        {KEY_STAGE_CODES.map((ks) => {
          const here = gaps.filter((g) => g.keyStage === ks);
          return (
            <Paper
              key={ks}
              variant="outlined"
              component="section"
              aria-label={t(`gaps.stage.${status}`, {
                stage: ks,
                year: schoolYear,
              })}
              sx={{ p: 2 }}
            >
              <Typography variant="h3" component="h3" gutterBottom>
                {t(`gaps.stage.${status}`, { stage: ks, year: schoolYear })}
              </Typography>
              {here.length === 0 ? (
                <Typography color="success.main">{t("gaps.none")}</Typography>
              ) : (
                <Box component="ul" sx={{ pl: 2.5, m: 0 }}>
                  {here.map(({ item }) => {
                    const suggestions = templatesFor(item.code);
                    return (
                      <li key={item.id}>
                        <Typography
                          component="span"
                          sx={{ fontWeight: 700, mr: 0.75 }}
                        >
                          {item.code}
                        </Typography>
                        <span lang={locale}>{item.title[locale]}</span>
                        {suggestions.map((tpl) => (
                          <Button
                            key={tpl.id}
                            size="small"
                            component={RouterLink}
                            to={`/lessons/new?template=${tpl.id}`}
                            sx={{ ml: 0.5 }}
                          >
                            {t("gaps.suggest", { title: tpl.title[locale] })}
                          </Button>
                        ))}
                      </li>
                    );
                  })}
                </Box>
              )}
            </Paper>
          );
        })}
      </Box>
      <Paper
        variant="outlined"
        component="section"
        aria-labelledby="untaught-heading"
        sx={{ p: 2, mt: 2 }}
      >
        <Typography variant="h3" id="untaught-heading" gutterBottom>
          {t("gaps.untaught")}
        </Typography>
        {untaught.length === 0 ? (
          <Typography color="text.secondary">
            {t("gaps.untaughtNone")}
          </Typography>
        ) : (
          <Box component="ul" sx={{ pl: 2.5, m: 0 }}>
            {untaught.map((item) => (
              <li key={item.id}>
                <strong>{item.code}</strong>{" "}
                <span lang={locale}>{item.title[locale]}</span>
              </li>
            ))}
          </Box>
        )}
      </Paper>
    </Box>
  );
}
