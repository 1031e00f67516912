import Button from "@mui/material/Button";
import TranslateOutlined from "@mui/icons-material/TranslateOutlined";
import { useTranslation } from "react-i18next";
import { useLocale } from "../lib/useLocale";

/**
 * One button that names the other language in that language ("繁體中文" / "English"), as
 * Hong Kong sites do, so a reader who cannot read the current language still finds theirs.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const next = locale === "en" ? "zh-HK" : "en";
  return (
    <Button
      variant="outlined"
      color="inherit"
      startIcon={<TranslateOutlined />}
      lang={next}
      title={t("shell.language")}
      onClick={() => void i18n.changeLanguage(next)}
      sx={{ flexShrink: 0, borderColor: "divider" }}
    >
      {next === "en" ? "English" : "繁體中文"}
    </Button>
  );
}
