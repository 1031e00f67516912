import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { FileProblem } from "../domain/backup/envelope";

/**
 * The only place a refused file's own words are shown: a short piece of it (see excerptOf),
 * quoted and headed as the file's, not the app's, so a line a file carries ("update now at
 * http://…") never reads as something the app says.
 */
export function FileExcerpt({ problem }: { problem: FileProblem }) {
  const { t } = useTranslation("files");
  const id = useId();
  const excerpt = "excerpt" in problem ? problem.excerpt : undefined;
  if (!excerpt) return null;
  return (
    <Box component="figure" aria-labelledby={id} sx={{ m: 0, mt: 1 }}>
      <Typography component="figcaption" variant="body2" id={id}>
        {t("fileCheck.excerpt")}
      </Typography>
      <Box
        component="blockquote"
        dir="auto"
        sx={{
          m: 0,
          mt: 0.5,
          px: 1,
          py: 0.5,
          borderLeft: 4,
          borderColor: "divider",
          bgcolor: "action.hover",
          fontFamily: "monospace",
          overflowWrap: "anywhere",
          "&::before": { content: '"“"' },
          "&::after": { content: '"”"' },
        }}
      >
        {excerpt}
      </Box>
    </Box>
  );
}
