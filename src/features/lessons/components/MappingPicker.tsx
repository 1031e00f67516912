import { useMemo, useState, type ReactNode } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTranslation } from "react-i18next";
import { SearchField } from "../../../components/SearchField";
import { searchItems } from "../../../domain/framework/search";
import { buildTree, type TreeNode } from "../../../domain/framework/tree";
import type { FrameworkItemRecord } from "../../../domain/framework/types";
import {
  KEY_STAGE_CODES,
  keyStageOfLevel,
  type KeyStage,
  type Level,
} from "../../../domain/levels";
import {
  isOutsideKeyStage,
  withMapping,
  withoutMapping,
} from "../../../domain/lessons/mapping";
import type { Mapping } from "../../../domain/lessons/types";
import { useLocale } from "../../../lib/useLocale";
import type { PickerData } from "../queries";
import { SelectInput } from "../../../components/fields";

interface Props {
  open: boolean;
  data: PickerData;
  level: Level | null;
  selected: Mapping[];
  onChange: (mappings: Mapping[]) => void;
  onClose: () => void;
}

const inStage = (item: FrameworkItemRecord, stage: KeyStage | "") =>
  !stage ||
  item.educationLevel.length === 0 ||
  item.educationLevel.some((l) => keyStageOfLevel(l) === stage);

/**
 * Chooses framework items for a lesson or activity. It lists only items stored on the device,
 * so a mapping can never point at a code that does not exist. Learning focuses are shown for the
 * lesson's key stage unless the teacher widens the view.
 */
export default function MappingPicker({
  open,
  data,
  level,
  selected,
  onChange,
  onClose,
}: Props) {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const fullScreen = useMediaQuery("(max-width: 899px)", { noSsr: true });
  const [frameworkId, setFrameworkId] = useState(
    () =>
      data.byId.get(selected[0]?.itemId ?? "")?.frameworkId ??
      data.frameworks.at(-1)?.id ??
      "",
  );
  const [stage, setStage] = useState<KeyStage | "">(
    level ? keyStageOfLevel(level) : "",
  );
  const [query, setQuery] = useState("");

  const items = useMemo(
    () =>
      data.items.filter(
        (i) =>
          i.frameworkId === frameworkId && i.retiredInVersion === undefined,
      ),
    [data.items, frameworkId],
  );
  const parents = useMemo(() => new Set(items.map((i) => i.parentId)), [items]);
  const selectable = (item: FrameworkItemRecord) => !parents.has(item.id);
  const chosen = new Set(selected.map((m) => m.itemId));
  const hasStages = items.some((i) => i.educationLevel.length > 0);

  const toggle = (item: FrameworkItemRecord, on: boolean) =>
    onChange(
      on
        ? withMapping(selected, {
            frameworkId: item.frameworkId,
            itemId: item.id,
            emphasis: "introduce",
          })
        : withoutMapping(selected, item.id),
    );

  const row = (item: FrameworkItemRecord, depth: number) => {
    const outside = isOutsideKeyStage(item, level);
    return (
      <Box key={item.id} sx={{ pl: depth * 2 }}>
        <FormControlLabel
          sx={{ alignItems: "flex-start", py: 0.5, mr: 0, width: "100%" }}
          control={
            <Checkbox
              checked={chosen.has(item.id)}
              onChange={(e) => toggle(item, e.target.checked)}
              sx={{ mt: -0.5 }}
            />
          }
          label={
            <Box component="span" sx={{ display: "block" }}>
              <Box
                component="span"
                sx={{ fontWeight: 700, color: "primary.main", mr: 1 }}
              >
                {item.code}
              </Box>{" "}
              <span lang={locale}>{item.title[locale]}</span>
              {outside && (
                <Typography
                  component="span"
                  variant="caption"
                  color="warning.main"
                  sx={{ display: "block" }}
                >
                  {t("lessons.mapping.outsideStageShort")}
                </Typography>
              )}
            </Box>
          }
        />
      </Box>
    );
  };

  const renderNode = (node: TreeNode, depth: number): ReactNode => {
    if (!inStage(node.item, stage)) return null;
    if (selectable(node.item)) return row(node.item, depth);
    return (
      <Box
        key={node.item.id}
        component="section"
        sx={{ mt: depth === 0 ? 2 : 1 }}
      >
        <Typography
          variant={depth === 0 ? "h3" : "subtitle2"}
          sx={{
            pl: depth * 2,
            color: depth === 0 ? undefined : "text.secondary",
          }}
        >
          {node.item.code} ·{" "}
          <span lang={locale}>{node.item.title[locale]}</span>
        </Typography>
        {node.children.map((c) => renderNode(c, depth + 1))}
      </Box>
    );
  };

  // Key stages (which carry levels) before strands, so the lesson's learning focuses come first.
  const roots = buildTree(items).sort(
    (a, b) =>
      Number(a.item.educationLevel.length === 0) -
      Number(b.item.educationLevel.length === 0),
  );
  const hits = query.trim()
    ? searchItems(items, query).filter(
        (h) => selectable(h.item) && inStage(h.item, stage),
      )
    : [];

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="md"
      scroll="paper"
    >
      <DialogTitle>{t("lessons.mapping.pickerTitle")}</DialogTitle>
      <Box sx={{ px: 3 }}>
        <Tabs
          value={frameworkId}
          onChange={(_, v: string) => setFrameworkId(v)}
          variant="scrollable"
          aria-label={t("lessons.mapping.frameworks")}
        >
          {data.frameworks.map((f) => (
            <Tab key={f.id} value={f.id} label={f.shortTitle[locale]} />
          ))}
        </Tabs>
        <Box
          sx={{
            display: "grid",
            gridTemplateColumns: {
              xs: "1fr",
              sm: hasStages ? "2fr 1fr" : "1fr",
            },
            gap: 2,
            mt: 2,
          }}
        >
          <SearchField
            label={t("lessons.mapping.search")}
            placeholder={t("framework.searchPlaceholder")}
            value={query}
            onChange={setQuery}
          />
          {hasStages && (
            <SelectInput
              label={t("lessons.mapping.keyStage")}
              value={stage}
              emptyLabel={t("lessons.mapping.allStages")}
              options={KEY_STAGE_CODES.map(
                (ks) => [ks, t(`keyStages.${ks}`)] as const,
              )}
              onChange={(v) => setStage(v as KeyStage | "")}
            />
          )}
        </Box>
      </Box>
      <DialogContent dividers>
        {query.trim() ? (
          <>
            <Typography role="status" color="text.secondary">
              {t("framework.resultCount", { count: hits.length })}
            </Typography>
            {hits.map((h) => row(h.item, 0))}
          </>
        ) : (
          roots.map((r) => renderNode(r, 0))
        )}
      </DialogContent>
      <DialogActions sx={{ justifyContent: "space-between", px: 3 }}>
        <Typography role="status">
          {t("lessons.mapping.selectedCount", { count: selected.length })}
        </Typography>
        <Button variant="contained" onClick={onClose}>
          {t("common.done")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
