import { useMemo, useState } from "react";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { SimpleTreeView } from "@mui/x-tree-view/SimpleTreeView";
import { TreeItem } from "@mui/x-tree-view/TreeItem";
import { useTranslation } from "react-i18next";
import {
  ancestorsOf,
  buildTree,
  type TreeNode,
} from "../../../domain/framework/tree";
import type {
  FrameworkItemRecord,
  Locale,
} from "../../../domain/framework/types";
import { ItemLabel } from "./ItemLabel";

interface Props {
  items: FrameworkItemRecord[];
  byId: ReadonlyMap<string, FrameworkItemRecord>;
  selectedId: string | undefined;
  locale: Locale;
  label: string;
  onSelect: (itemId: string) => void;
}

/** The framework as an expandable tree; opens with the top level and the selected item's branch open. */
export function FrameworkTree({
  items,
  byId,
  selectedId,
  locale,
  label,
  onSelect,
}: Props) {
  const { t } = useTranslation();
  const roots = useMemo(() => buildTree(items), [items]);
  const parentIds = useMemo(
    () =>
      items
        .filter((i) => items.some((c) => c.parentId === i.id))
        .map((i) => i.id),
    [items],
  );
  const [expanded, setExpanded] = useState<string[]>(() =>
    withBranchOf(
      selectedId,
      byId,
      roots.map((r) => r.item.id),
    ),
  );
  // When the selection moves (a search hit, a related link), open its branch too.
  const [shownSelection, setShownSelection] = useState(selectedId);
  if (shownSelection !== selectedId) {
    setShownSelection(selectedId);
    setExpanded(withBranchOf(selectedId, byId, expanded));
  }

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <Button size="small" onClick={() => setExpanded(parentIds)}>
          {t("framework.expandAll")}
        </Button>
        <Button size="small" onClick={() => setExpanded([])}>
          {t("framework.collapseAll")}
        </Button>
      </Stack>
      <SimpleTreeView
        aria-label={label}
        expandedItems={expanded}
        onExpandedItemsChange={(_, ids) => setExpanded(ids)}
        selectedItems={selectedId ?? null}
        onSelectedItemsChange={(_, id) => {
          if (id) onSelect(id);
        }}
        expansionTrigger="iconContainer"
        sx={{
          "& .MuiTreeItem-content": {
            minHeight: 48,
            alignItems: "center",
            borderRadius: 2,
          },
          "& .MuiTreeItem-iconContainer": {
            minWidth: 32,
            minHeight: 44,
            justifyContent: "center",
            alignItems: "center",
          },
        }}
      >
        {roots.map((node) => renderNode(node, locale))}
      </SimpleTreeView>
    </>
  );
}

function withBranchOf(
  selectedId: string | undefined,
  byId: ReadonlyMap<string, FrameworkItemRecord>,
  open: readonly string[],
): string[] {
  const next = new Set(open);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  if (selected) ancestorsOf(selected, byId).forEach((a) => next.add(a.id));
  return [...next];
}

function renderNode(node: TreeNode, locale: Locale) {
  return (
    <TreeItem
      key={node.item.id}
      itemId={node.item.id}
      label={<ItemLabel item={node.item} locale={locale} />}
    >
      {node.children.length > 0
        ? node.children.map((child) => renderNode(child, locale))
        : null}
    </TreeItem>
  );
}
