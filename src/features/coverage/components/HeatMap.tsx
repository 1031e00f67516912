import { useState } from "react";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import { styled } from "@mui/material/styles";
import ChevronRight from "@mui/icons-material/ChevronRight";
import ExpandMore from "@mui/icons-material/ExpandMore";
import { useTranslation } from "react-i18next";
import { count, type CoverageMatrix } from "../../../domain/coverage/coverage";
import type { TreeNode } from "../../../domain/framework/tree";
import type { Locale } from "../../../domain/framework/types";
import { shade } from "../shade";

// A map shows a hundred or more cells and rows: each is a styled element with one fixed rule
// (the shade inline), not per-instance `sx`, so opening and filtering the map stays quick.
const Cell = styled("button")(({ theme }) => ({
  all: "unset",
  boxSizing: "border-box",
  display: "block",
  width: "100%",
  minHeight: 44,
  lineHeight: "44px",
  textAlign: "center",
  fontWeight: 700,
  fontVariantNumeric: "tabular-nums",
  cursor: "pointer",
  borderRadius: theme.shape.borderRadius,
  "&:focus-visible": {
    outline: `3px solid ${(theme.vars ?? theme).palette.primary.main}`,
    outlineOffset: -3,
  },
  "@media print": {
    minHeight: 0,
    lineHeight: 1.6,
    printColorAdjust: "exact",
  },
}));

const RowHeader = styled("th")(({ theme }) => ({
  textAlign: "left",
  position: "sticky",
  left: 0,
  backgroundColor: (theme.vars ?? theme).palette.background.default,
  zIndex: 1,
  maxWidth: 420,
}));

const ItemButton = styled("button")(({ theme }) => ({
  all: "unset",
  boxSizing: "border-box",
  display: "block",
  textAlign: "left",
  cursor: "pointer",
  borderRadius: theme.shape.borderRadius,
  padding: theme.spacing(0.5, 0),
  minHeight: 44,
  "&:focus-visible": {
    outline: `3px solid ${(theme.vars ?? theme).palette.primary.main}`,
  },
}));

const RowLine = styled("div")(({ theme }) => ({
  display: "flex",
  alignItems: "center",
  gap: theme.spacing(0.5),
}));

const Spacer = styled("span")({ width: 44, flexShrink: 0 });

const Title = styled("span")({ fontSize: "0.9rem", overflowWrap: "anywhere" });

const Code = styled("span")(({ theme }) => ({
  fontWeight: 700,
  color: (theme.vars ?? theme).palette.primary.main,
  marginRight: theme.spacing(0.75),
}));

const Untaught = styled("span")(({ theme }) => ({
  marginLeft: theme.spacing(0.75),
  color: (theme.vars ?? theme).palette.warning.dark,
  fontWeight: 700,
  whiteSpace: "nowrap",
}));

interface Props {
  roots: TreeNode[];
  matrix: CoverageMatrix;
  columnLabel: (column: string) => string;
  locale: Locale;
  /** Items planned but never taught, marked in their row. */
  untaught: ReadonlySet<string>;
  onCell: (itemId: string, column: string | null) => void;
  caption: string;
}

/**
 * Framework items down, the chosen split across, lessons counted in each cell. A real table,
 * so screen readers announce row and column; numbers in every cell, so colour is never the
 * only signal; every row shown, zero or not, so gaps are visible.
 */
export function HeatMap({
  roots,
  matrix,
  columnLabel,
  locale,
  untaught,
  onCell,
  caption,
}: Props) {
  const { t } = useTranslation("coverage");
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(roots.map((r) => r.item.id)),
  );
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const rows: { node: TreeNode; depth: number }[] = [];
  const walk = (node: TreeNode, depth: number) => {
    rows.push({ node, depth });
    if (open.has(node.item.id))
      node.children.forEach((c) => walk(c, depth + 1));
  };
  roots.forEach((r) => walk(r, 0));

  const cellButton = (itemId: string, column: string | null, label: string) => {
    const n =
      column === null ? count(matrix, itemId) : count(matrix, itemId, column);
    const { background, color } = shade(n);
    return (
      <Cell
        type="button"
        onClick={() => onCell(itemId, column)}
        aria-label={t("cellLabel", { count: n, where: label })}
        style={{ background, color }}
      >
        {n}
      </Cell>
    );
  };

  return (
    <Box sx={{ overflowX: "auto", maxWidth: "100%" }}>
      <Box
        component="table"
        id="coverage-heat-map"
        sx={{
          borderCollapse: "separate",
          borderSpacing: 2,
          width: "100%",
          "& th, & td": { p: 0 },
          "@media print": { fontSize: "9pt", "& th": { minWidth: 0 } },
        }}
      >
        <caption style={{ textAlign: "left", paddingBottom: 8 }}>
          {caption}
        </caption>
        <thead>
          <tr>
            <Box
              component="th"
              scope="col"
              sx={{
                textAlign: "left",
                minWidth: 220,
                position: "sticky",
                left: 0,
                bgcolor: "background.default",
                zIndex: 1,
              }}
            >
              {t("item")}
            </Box>
            {matrix.columns.map((c) => (
              <Box
                component="th"
                scope="col"
                key={c}
                sx={{ minWidth: 52, px: 0.5, fontSize: "0.85rem" }}
              >
                {columnLabel(c)}
              </Box>
            ))}
            <Box component="th" scope="col" sx={{ minWidth: 56 }}>
              {t("total")}
            </Box>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ node, depth }) => {
            const item = node.item;
            const name = `${item.code} ${item.title[locale]}`;
            return (
              <tr key={item.id}>
                <RowHeader
                  scope="row"
                  style={{ fontWeight: depth === 0 ? 700 : 400 }}
                >
                  <RowLine style={{ paddingLeft: depth * 16 }}>
                    {node.children.length > 0 ? (
                      <IconButton
                        size="small"
                        aria-expanded={open.has(item.id)}
                        aria-label={t(
                          open.has(item.id) ? "collapse" : "expand",
                          { name: item.code },
                        )}
                        onClick={() => toggle(item.id)}
                        sx={{ "@media print": { display: "none" } }}
                      >
                        {open.has(item.id) ? <ExpandMore /> : <ChevronRight />}
                      </IconButton>
                    ) : (
                      <Spacer />
                    )}
                    <ItemButton
                      type="button"
                      onClick={() => onCell(item.id, null)}
                    >
                      <Code>{item.code}</Code>{" "}
                      <Title lang={locale}>
                        {item.title[locale]}
                        {untaught.has(item.id) && (
                          <Untaught>{t("plannedNotTaughtMark")}</Untaught>
                        )}
                      </Title>
                    </ItemButton>
                  </RowLine>
                </RowHeader>
                {matrix.columns.map((c) => (
                  <td key={c}>
                    {cellButton(item.id, c, `${name}, ${columnLabel(c)}`)}
                  </td>
                ))}
                <td>{cellButton(item.id, null, `${name}, ${t("total")}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </Box>
    </Box>
  );
}
