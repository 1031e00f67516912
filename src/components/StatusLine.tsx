import Box from "@mui/material/Box";
import type { ReactNode } from "react";

/** One line of state beside an editor (saved, on the school server…): icon first, announced politely. */
export function StatusLine({
  icon,
  children,
}: {
  icon: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{ display: "flex", alignItems: "center", gap: 0.75, minHeight: 32 }}
    >
      {icon}
      {children}
    </Box>
  );
}
