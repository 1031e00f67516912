import { useState } from "react";
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import IconButton from "@mui/material/IconButton";
import ChevronRight from "@mui/icons-material/ChevronRight";
import ExpandMore from "@mui/icons-material/ExpandMore";
import { useTranslation } from "react-i18next";
import { count, type CoverageMatrix } from "../../../domain/coverage/coverage";
import type { TreeNode } from "../../../domain/framework/tree";
import type { Locale } from "../../../domain/framework/types";
import { shade } from "../shade";

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
      <Box
        component="button"
        type="button"
        onClick={() => onCell(itemId, column)}
        aria-label={t("cellLabel", { count: n, where: label })}
        sx={{
          all: "unset",
          boxSizing: "border-box",
          display: "block",
          width: "100%",
          minHeight: 44,
          lineHeight: "44px",
          textAlign: "center",
          fontWeight: 700,
          fontVariantNumeric: "tabular-nums",
          bgcolor: background,
          color,
          cursor: "pointer",
          borderRadius: 1,
          "&:focus-visible": {
            outline: "3px solid",
            outlineColor: "primary.main",
            outlineOffset: -3,
          },
          "@media print": {
            minHeight: 0,
            lineHeight: 1.6,
            printColorAdjust: "exact",
          },
        }}
      >
        {n}
      </Box>
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
                <Box
                  component="th"
                  scope="row"
                  sx={{
                    textAlign: "left",
                    fontWeight: depth === 0 ? 700 : 400,
                    position: "sticky",
                    left: 0,
                    bgcolor: "background.default",
                    zIndex: 1,
                    maxWidth: 420,
                  }}
                >
                  <Box
                    sx={{
                      display: "flex",
                      alignItems: "center",
                      pl: depth * 2,
                      gap: 0.5,
                    }}
                  >
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
                      <Box sx={{ width: 44, flexShrink: 0 }} />
                    )}
                    <ButtonBase
                      onClick={() => onCell(item.id, null)}
                      sx={{
                        display: "block",
                        textAlign: "left",
                        borderRadius: 1,
                        py: 0.5,
                        minHeight: 44,
                        "&.Mui-focusVisible": {
                          outline: "3px solid",
                          outlineColor: "primary.main",
                        },
                      }}
                    >
                      <Box
                        component="span"
                        sx={{
                          fontWeight: 700,
                          color: "primary.main",
                          mr: 0.75,
                        }}
                      >
                        {item.code}
                      </Box>{" "}
                      <Box
                        component="span"
                        lang={locale}
                        sx={{ fontSize: "0.9rem", overflowWrap: "anywhere" }}
                      >
                        {item.title[locale]}
                        {untaught.has(item.id) && (
                          <Box
                            component="span"
                            sx={{
                              ml: 0.75,
                              color: "warning.dark",
                              fontWeight: 700,
                              whiteSpace: "nowrap",
                            }}
                          >
                            {t("plannedNotTaughtMark")}
                          </Box>
                        )}
                      </Box>
                    </ButtonBase>
                  </Box>
                </Box>
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
