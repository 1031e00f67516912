import Box from "@mui/material/Box";
import type { ReactNode } from "react";

const cell = {
  border: "1px solid #888",
  p: "4px 6px",
  verticalAlign: "top",
  textAlign: "left",
  whiteSpace: "pre-wrap",
  overflowWrap: "break-word",
} as const;

/**
 * A table for the print layouts (A4 or "Save as PDF"): fixed column widths so long words wrap
 * instead of squeezing a column, the header repeated on every page, rows never split.
 */
export function PrintTable({
  headers,
  widths,
  rows,
}: {
  headers: string[];
  widths: string[];
  rows: ReactNode[][];
}) {
  return (
    <Box
      component="table"
      sx={{
        width: "100%",
        tableLayout: "fixed",
        borderCollapse: "collapse",
        mb: 2,
        "& tr": { breakInside: "avoid" },
      }}
    >
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {headers.map((h) => (
            <Box component="th" key={h} sx={{ ...cell, bgcolor: "#eef2f7" }}>
              {h}
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => (
              <Box component="td" key={j} sx={cell}>
                {v}
              </Box>
            ))}
          </tr>
        ))}
      </tbody>
    </Box>
  );
}
