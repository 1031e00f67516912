import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import AddOutlined from "@mui/icons-material/AddOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import type { ReactNode } from "react";

/** A list of small records (keywords, links) with add and remove; each row renders its own fields. */
export function RowsEditor<T>({
  rows,
  onChange,
  blank,
  renderRow,
  addLabel,
  removeLabel,
}: {
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  renderRow: (row: T, set: (row: T) => void, index: number) => ReactNode;
  addLabel: string;
  removeLabel: (index: number) => string;
}) {
  return (
    <Box>
      {rows.map((row, i) => (
        <Box
          key={i}
          sx={{ display: "flex", gap: 1, alignItems: "flex-start", mb: 1.5 }}
        >
          <Box
            sx={{
              flex: 1,
              display: "grid",
              gap: 1.5,
              gridTemplateColumns: { xs: "1fr", sm: "1fr 2fr" },
            }}
          >
            {renderRow(
              row,
              (next) => onChange(rows.map((r, j) => (j === i ? next : r))),
              i,
            )}
          </Box>
          <IconButton
            aria-label={removeLabel(i)}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <DeleteOutlined />
          </IconButton>
        </Box>
      ))}
      <Button
        startIcon={<AddOutlined />}
        onClick={() => onChange([...rows, blank()])}
      >
        {addLabel}
      </Button>
    </Box>
  );
}
