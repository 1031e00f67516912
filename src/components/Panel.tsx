import type { ReactNode } from "react";
import { useId } from "react";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";

/** An outlined region of a page, named by its heading (an h2, shown at `look`'s size). */
export function Panel({
  title,
  look = "h2",
  wide = false,
  children,
}: {
  title: string;
  look?: "h2" | "h3";
  /** Across the whole row of a grid (a long list). */
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={id}
      sx={{ p: 2, gridColumn: wide ? "1 / -1" : undefined }}
    >
      <Typography variant={look} component="h2" id={id} gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
