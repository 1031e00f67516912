import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

/** One part of the lesson form, with a heading screen readers can jump to. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={`${id}-heading`}
      id={id}
      sx={{ p: { xs: 2, sm: 3 }, mb: 2, scrollMarginTop: 140 }}
    >
      <Typography variant="h2" id={`${id}-heading`} sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
