import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { SECTIONS, type SectionId } from "./navigation";
import { useSectionLink } from "./useSectionLink";

/** A vertical rail of the top-level sections, for landscape screens. */
export function NavigationRail({
  current,
  width,
}: {
  current: SectionId | undefined;
  width: number;
}) {
  const { t } = useTranslation();
  const open = useSectionLink();
  return (
    <Box
      component="nav"
      aria-label={t("shell.mainNavigation")}
      sx={{
        "@media print": { display: "none" },
        position: "fixed",
        top: 0,
        left: 0,
        bottom: 0,
        width,
        pt: 1.5,
        zIndex: (theme) => theme.zIndex.appBar + 1,
        bgcolor: "background.paper",
        borderRight: 1,
        borderColor: "divider",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        gap: 1,
      }}
    >
      <Box
        component="img"
        src="/favicon.svg"
        alt=""
        sx={{ width: 40, height: 40, mb: 2.5, mt: 0.5 }}
      />
      {SECTIONS.map((section) => {
        const active = current === section.id;
        return (
          <ButtonBase
            key={section.id}
            component={RouterLink}
            to={section.path}
            onClick={open(section)}
            aria-current={active ? "page" : undefined}
            sx={{
              width: width - 16,
              minHeight: 64,
              borderRadius: 3,
              flexDirection: "column",
              gap: 0.5,
              color: active ? "primary.main" : "text.secondary",
              bgcolor: active ? "action.selected" : "transparent",
              "&:hover": { bgcolor: "action.hover" },
              "&.Mui-focusVisible": {
                outline: 2,
                outlineColor: "primary.main",
                outlineStyle: "solid",
              },
            }}
          >
            {section.icon}
            <Typography
              variant="caption"
              sx={{
                fontWeight: active ? 700 : 500,
                textAlign: "center",
                lineHeight: 1.2,
              }}
            >
              {t(`nav.${section.id}`)}
            </Typography>
          </ButtonBase>
        );
      })}
    </Box>
  );
}
