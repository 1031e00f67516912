import Container from "@mui/material/Container";
import type { ReactNode } from "react";

/** The readable column every page sits in. */
export function PageContainer({
  children,
  wide = false,
}: {
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <Container maxWidth={wide ? "xl" : "md"} sx={{ py: { xs: 2, sm: 3 } }}>
      {children}
    </Container>
  );
}
