import { useId } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import type { Path } from "../domain/merge";

export interface ShownConflict {
  path: Path;
  mine: unknown;
  theirs: unknown;
}

export interface ConflictText {
  /** The field's name, as the form labels it ("Lesson title", "Activity 2: What students do"). */
  label: (path: Path, record: unknown) => string;
  /** A value as a person reads it; the generic preview where undefined. */
  value?: (path: Path, value: unknown) => string | undefined;
}

const LONGEST = 280;

/**
 * Shown when the record open here was changed elsewhere (another tab, an import) while it was
 * being edited. Changes merged on their own get a short note; each field changed on both sides
 * is listed with both versions and a choice (keep mine / take the other). The summary line is a
 * polite live region, so a screen reader hears that something needs a decision without the
 * focus leaving the field being typed in.
 */
export function EditConflicts({
  conflicts,
  merged,
  record,
  text,
  onResolve,
  onDismissMerged,
}: {
  conflicts: readonly ShownConflict[];
  /** Changes made elsewhere were merged in without a conflict. */
  merged: boolean;
  record: unknown;
  text: ConflictText;
  onResolve: (path: Path, choice: "mine" | "theirs") => void;
  onDismissMerged: () => void;
}) {
  const { t } = useTranslation("editing");
  const headingId = useId();
  const preview = (path: Path, value: unknown) => {
    const shown = text.value?.(path, value) ?? plain(value, t);
    return shown.length > LONGEST ? `${shown.slice(0, LONGEST)}…` : shown;
  };
  const summary =
    conflicts.length > 0
      ? t("editConflict.summary", { count: conflicts.length })
      : merged
        ? t("editConflict.merged")
        : "";
  return (
    <Box sx={{ mb: 2 }}>
      {/* Always in the page, so its changes are announced. */}
      <Box role="status" aria-live="polite" aria-atomic="true" sx={srOnly}>
        {summary}
      </Box>
      {conflicts.length > 0 && (
        <Paper
          component="section"
          aria-labelledby={headingId}
          variant="outlined"
          sx={{ p: 2, borderColor: "warning.main", borderWidth: 2 }}
        >
          <Typography id={headingId} variant="h2" sx={{ fontSize: "1.15rem" }}>
            {summary}
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 0.5, mb: 1.5 }}>
            {t("editConflict.explain")}
          </Typography>
          <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
            {conflicts.map((c) => (
              <ConflictRow
                key={JSON.stringify(c.path)}
                label={text.label(c.path, record)}
                mine={preview(c.path, c.mine)}
                theirs={preview(c.path, c.theirs)}
                onResolve={(choice) => onResolve(c.path, choice)}
              />
            ))}
          </Box>
        </Paper>
      )}
      {conflicts.length === 0 && merged && (
        <Alert
          severity="info"
          role="none"
          action={
            <Button
              color="inherit"
              onClick={onDismissMerged}
              sx={{ minHeight: 44, minWidth: 44 }}
            >
              {t("editConflict.dismiss")}
            </Button>
          }
        >
          {/* Read out by the status line above; hidden here so it is not heard twice. */}
          <span aria-hidden="true">{summary}</span>
        </Alert>
      )}
    </Box>
  );
}

function ConflictRow({
  label,
  mine,
  theirs,
  onResolve,
}: {
  label: string;
  mine: string;
  theirs: string;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const { t } = useTranslation("editing");
  const labelId = useId();
  return (
    <Box
      component="li"
      aria-labelledby={labelId}
      sx={{ py: 1.5, borderTop: 1, borderColor: "divider" }}
    >
      <Typography
        id={labelId}
        variant="subtitle1"
        component="h3"
        sx={{ fontWeight: 600 }}
      >
        {label}
      </Typography>
      <Box
        sx={{
          display: "grid",
          gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" },
          gap: 1.5,
          my: 1,
        }}
      >
        <Version heading={t("editConflict.mine")} value={mine} />
        <Version heading={t("editConflict.theirs")} value={theirs} />
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1.5 }}>
        <Button
          variant="contained"
          onClick={() => onResolve("mine")}
          aria-label={t("editConflict.keepMineFor", { field: label })}
          sx={{ minHeight: 44 }}
        >
          {t("editConflict.keepMine")}
        </Button>
        <Button
          variant="outlined"
          onClick={() => onResolve("theirs")}
          aria-label={t("editConflict.takeTheirsFor", { field: label })}
          sx={{ minHeight: 44 }}
        >
          {t("editConflict.takeTheirs")}
        </Button>
      </Box>
    </Box>
  );
}

function Version({ heading, value }: { heading: string; value: string }) {
  return (
    <Box sx={{ bgcolor: "action.hover", borderRadius: 1, p: 1.25 }}>
      <Typography variant="caption" component="p" color="text.secondary">
        {heading}
      </Typography>
      <Typography sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {value}
      </Typography>
    </Box>
  );
}

/** A value as text, for fields a form does not describe itself. */
function plain(value: unknown, t: (key: string) => string): string {
  if (value === undefined || value === null || value === "")
    return t("editConflict.empty");
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean")
    return t(value ? "editConflict.yes" : "editConflict.no");
  if (Array.isArray(value))
    return value.length === 0
      ? t("editConflict.empty")
      : value.map((v) => plain(v, t)).join("\n");
  if (typeof value === "object") {
    const words = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k !== "id" && typeof v === "string" && v !== "")
      .map(([, v]) => v as string);
    return words.length > 0 ? words.join(" · ") : t("editConflict.empty");
  }
  return t("editConflict.empty");
}

const srOnly = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;
