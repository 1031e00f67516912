import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type {
  FrameworkItemRecord,
  Locale,
} from "../../../domain/framework/types";

/** "KS2-A4  Fact-check…": the code a teacher scans for, then the title, wrapping freely. */
export function ItemLabel({
  item,
  locale,
}: {
  item: FrameworkItemRecord;
  locale: Locale;
}) {
  return (
    <Box sx={{ display: "flex", gap: 1.25, alignItems: "baseline", py: 0.75 }}>
      <Box
        component="span"
        sx={{
          flexShrink: 0,
          minWidth: "3.6em",
          fontWeight: 700,
          fontVariantNumeric: "tabular-nums",
          color: "primary.main",
        }}
      >
        {item.code}
      </Box>{" "}
      <Typography
        component="span"
        variant="body1"
        lang={locale}
        sx={{ overflowWrap: "anywhere" }}
      >
        {item.title[locale]}
      </Typography>
    </Box>
  );
}
