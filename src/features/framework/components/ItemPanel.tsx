import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Breadcrumbs from "@mui/material/Breadcrumbs";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import OpenInNew from "@mui/icons-material/OpenInNew";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { ancestorsOf } from "../../../domain/framework/tree";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
  Locale,
} from "../../../domain/framework/types";
import { formatLevelRange } from "../../../domain/levels";
import { ItemLabel } from "./ItemLabel";

interface Props {
  item: FrameworkItemRecord;
  framework: FrameworkRecord;
  items: readonly FrameworkItemRecord[];
  byId: ReadonlyMap<string, FrameworkItemRecord>;
  locale: Locale;
  linkTo: (item: FrameworkItemRecord) => string;
}

/** Everything about one item: where it sits, its official and working titles, what it means, where it comes from. */
export function ItemPanel({
  item,
  framework,
  items,
  byId,
  locale,
  linkTo,
}: Props) {
  const { t } = useTranslation();
  const other: Locale = locale === "en" ? "zh-HK" : "en";
  const typeLabel = (type: string) =>
    framework.itemTypes.find((x) => x.id === type)?.label[locale] ?? type;
  const children = items.filter(
    (i) => i.parentId === item.id && i.retiredInVersion === undefined,
  );
  const develops = item.related
    .flatMap((r) => (r.type === "develops" ? [byId.get(r.itemId)] : []))
    .filter(isItem);
  const developedBy = items.filter(
    (i) =>
      i.retiredInVersion === undefined &&
      i.related.some((r) => r.type === "develops" && r.itemId === item.id),
  );
  const source = framework.sources[item.source.document];

  return (
    <Box component="article" aria-labelledby="item-title">
      <Breadcrumbs aria-label={t("framework.itemPath")} sx={{ mb: 1 }}>
        {ancestorsOf(item, byId).map((a) => (
          <Link
            key={a.id}
            component={RouterLink}
            to={linkTo(a)}
            underline="hover"
          >
            {a.code}
          </Link>
        ))}
        <Typography color="text.primary">{item.code}</Typography>
      </Breadcrumbs>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: "wrap", mb: 1 }}
      >
        <Chip color="primary" label={item.code} />
        <Chip variant="outlined" label={typeLabel(item.type)} />
        {item.educationLevel.length > 0 && (
          <Chip
            variant="outlined"
            label={formatLevelRange(item.educationLevel)}
          />
        )}
      </Stack>
      {item.retiredInVersion !== undefined && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t("framework.retired", { version: item.retiredInVersion })}
        </Alert>
      )}
      <Typography variant="h2" id="item-title" lang={locale} sx={{ mb: 0.5 }}>
        {item.title[locale]}
      </Typography>
      <Typography
        variant="caption"
        color="text.secondary"
        component="p"
        sx={{ mb: 1.5 }}
      >
        {t(`framework.titleStatus.${item.titleStatus[locale]}`)}
      </Typography>
      <Box sx={{ borderLeft: 3, borderColor: "divider", pl: 1.5, mb: 2 }}>
        <Typography lang={other}>{item.title[other]}</Typography>
        <Typography variant="caption" color="text.secondary">
          {t(`framework.otherTitle.${other}`)} ·{" "}
          {t(`framework.titleStatus.${item.titleStatus[other]}`)}
        </Typography>
      </Box>

      <Section title={t("framework.description")}>
        <Typography lang={locale}>{item.description[locale]}</Typography>
      </Section>

      {item.contents && item.contents.length > 0 && (
        <Section title={t("framework.contents")}>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ flexWrap: "wrap" }}
          >
            {item.contents.map((c) => (
              <Chip key={c.en} label={c[locale]} lang={locale} />
            ))}
          </Stack>
        </Section>
      )}

      <ItemList
        title={t("framework.children")}
        items={children}
        locale={locale}
        linkTo={linkTo}
      />
      <ItemList
        title={t("framework.develops")}
        note={t("framework.developsNote")}
        items={develops}
        locale={locale}
        linkTo={linkTo}
      />
      <ItemList
        title={t("framework.developedBy")}
        note={t("framework.developsNote")}
        items={developedBy}
        locale={locale}
        linkTo={linkTo}
      />

      <Section title={t("framework.source")}>
        <Typography>
          {t("framework.sourcePage", {
            document: source?.title[locale] ?? item.source.document,
            page: item.source.page,
          })}
        </Typography>
        {source && (
          <Link
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            sx={{
              display: "inline-flex",
              alignItems: "center",
              gap: 0.5,
              minHeight: 44,
            }}
          >
            {t("framework.openOfficial")}
            <OpenInNew fontSize="small" aria-hidden />
          </Link>
        )}
      </Section>
    </Box>
  );
}

function isItem(
  item: FrameworkItemRecord | undefined,
): item is FrameworkItemRecord {
  return item !== undefined;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 2.5 }}>
      <Typography variant="h3" sx={{ mb: 0.75 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function ItemList(props: {
  title: string;
  note?: string;
  items: FrameworkItemRecord[];
  locale: Locale;
  linkTo: (item: FrameworkItemRecord) => string;
}) {
  if (props.items.length === 0) return null;
  return (
    <Section title={props.title}>
      {props.note && (
        <Typography variant="caption" color="text.secondary" component="p">
          {props.note}
        </Typography>
      )}
      <List dense disablePadding>
        {props.items.map((i) => (
          <ListItemButton
            key={i.id}
            component={RouterLink}
            to={props.linkTo(i)}
            sx={{ borderRadius: 2 }}
          >
            <ItemLabel item={i} locale={props.locale} />
          </ListItemButton>
        ))}
      </List>
    </Section>
  );
}
