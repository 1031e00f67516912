import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import type { SearchHit } from "../../../domain/framework/search";
import { ancestorsOf } from "../../../domain/framework/tree";
import type {
  FrameworkItemRecord,
  Locale,
} from "../../../domain/framework/types";
import { ItemLabel } from "./ItemLabel";

interface Props {
  hits: SearchHit[];
  byId: ReadonlyMap<string, FrameworkItemRecord>;
  locale: Locale;
  linkTo: (item: FrameworkItemRecord) => string;
  selectedId: string | undefined;
}

/** Matching items, each with the path above it ("KS2 › KS2-A") so it reads in context. */
export function SearchResults({
  hits,
  byId,
  locale,
  linkTo,
  selectedId,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Typography
        role="status"
        aria-live="polite"
        color="text.secondary"
        sx={{ mb: 1 }}
      >
        {t("framework.resultCount", { count: hits.length })}
      </Typography>
      {hits.length > 0 && (
        <List aria-label={t("framework.searchResults")} disablePadding>
          {hits.map(({ item }) => (
            <ListItemButton
              key={item.id}
              component={RouterLink}
              to={linkTo(item)}
              selected={item.id === selectedId}
              sx={{
                flexDirection: "column",
                alignItems: "stretch",
                borderRadius: 2,
              }}
            >
              <Typography variant="caption" color="text.secondary">
                {ancestorsOf(item, byId)
                  .map((a) => a.code)
                  .join(" › ")}
              </Typography>
              <ItemLabel item={item} locale={locale} />
            </ListItemButton>
          ))}
        </List>
      )}
    </>
  );
}
