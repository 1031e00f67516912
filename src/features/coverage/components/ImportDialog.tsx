import { useMemo, useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { FileExcerpt } from "../../../components/FileExcerpt";
import { useFileProblemText } from "../../../components/useFileProblemText";
import {
  consentAsks,
  senderKey,
  stepsToApply,
  type MergeStep,
} from "../../../domain/share/merge";
import { senderOf } from "../../../domain/share/share";
import { isQuotaError } from "../../../lib/errors";
import { formatDateTime } from "../../../lib/formatDate";
import { useLocale } from "../../../lib/useLocale";
import { useCoverageWrites, type ImportPreview } from "../mutations";
import { ConflictList, type Choice, type Conflict } from "./ConflictList";
import { OtherSources } from "./OtherSources";
import { useDeviceText } from "./useDeviceText";
import { codesFor } from "../../../domain/device";

export type ImportOutcome =
  | { kind: "done"; text: string }
  | { kind: "failed"; quota: boolean }
  | { kind: "cancelled" };

/**
 * What importing teachers' files would do: each file (or why it was refused), the counts, the
 * files that would change lessons from elsewhere (each held back until the head allows it), and
 * the lessons changed on both sides, each settled by the head, before anything is written in
 * one transaction. Loaded only when a head picks files.
 */
export default function ImportDialog({
  preview,
  onClose,
}: {
  preview: ImportPreview;
  onClose: (outcome: ImportOutcome | null) => void;
}) {
  const { t } = useTranslation("coverage");
  const locale = useLocale();
  const { importShared } = useCoverageWrites();

  const [choices, setChoices] = useState<ReadonlyMap<string, Choice>>(
    new Map(),
  );
  const [allowed, setAllowed] = useState<ReadonlySet<string>>(new Set());
  const asks = useMemo(() => consentAsks(preview.steps), [preview.steps]);
  // Every device the dialog names, so two that would look alike are shown whole.
  const codeOf = useMemo(
    () =>
      codesFor([
        ...preview.files.map((f) =>
          f.result.ok ? f.result.file.data.device : "",
        ),
        ...asks.flatMap((a) => [
          a.sender.device,
          ...a.byOrigin.map(({ origin }) =>
            origin.kind === "file" ? origin.device : "",
          ),
        ]),
      ]),
    [asks, preview.files],
  );
  const deviceText = useDeviceText(preview.device, codeOf);
  const { steps, heldBack } = useMemo(
    () => stepsToApply(preview.steps, allowed),
    [preview.steps, allowed],
  );
  const files = useMemo(() => {
    const bySender = new Map<string, string[]>();
    for (const { name, result } of preview.files) {
      if (!result.ok) continue;
      const key = senderKey(senderOf(result.file.data));
      bySender.set(key, [...(bySender.get(key) ?? []), name]);
    }
    return bySender;
  }, [preview.files]);
  const conflicts = steps.filter((s): s is Conflict => s.kind === "conflict");
  const tally = (kind: MergeStep["kind"]) =>
    steps.filter((s) => s.kind === kind).length;
  const unresolved = conflicts.filter((c) => !choices.has(c.lesson.id)).length;
  const allow = (key: string, yes: boolean) =>
    setAllowed((s) => {
      const next = new Set(s);
      if (yes) next.add(key);
      else next.delete(key);
      return next;
    });

  const apply = async () => {
    try {
      const counts = await importShared(preview.steps, {
        resolutions: choices,
        allowed,
      });
      const done = t("import.done", {
        count: preview.files.filter((f) => f.result.ok).length,
        ...counts,
      });
      onClose({
        kind: "done",
        text:
          counts.heldBack > 0
            ? `${done} ${t("import.doneHeld", { count: counts.heldBack })}`
            : done,
      });
    } catch (e) {
      onClose({ kind: "failed", quota: isQuotaError(e) });
    }
  };

  const problemText = useFileProblemText("coverage:import.problem");

  return (
    <Dialog
      open
      onClose={() => onClose(null)}
      fullWidth
      maxWidth="md"
      scroll="paper"
    >
      <DialogTitle>{t("import.title")}</DialogTitle>
      <DialogContent dividers>
        <Box component="ul" sx={{ pl: 0, listStyle: "none", mt: 0 }}>
          {preview.files.map(({ name, result }, i) => (
            <Box component="li" key={`${name}-${i}`} sx={{ mb: 1 }}>
              <Alert
                severity={result.ok ? "info" : "error"}
                icon={result.ok ? false : undefined}
              >
                <Box
                  component="strong"
                  sx={{ display: "block", overflowWrap: "anywhere" }}
                >
                  {name}
                </Box>
                {result.ok ? (
                  <>
                    {t("import.fileHolds", {
                      teacher: result.file.data.teacher || t("notSet"),
                      count: result.file.data.lessons.length,
                      when: formatDateTime(result.file.createdAt, locale),
                    })}
                    <Box component="span" sx={{ display: "block" }}>
                      {deviceText(result.file.data.device)}
                    </Box>
                  </>
                ) : (
                  <>
                    <Box component="span" sx={{ display: "block" }}>
                      {`${problemText(result.problem)} ${t("import.leftOut")}`}
                    </Box>
                    <FileExcerpt problem={result.problem} />
                  </>
                )}
              </Alert>
            </Box>
          ))}
        </Box>
        <Typography sx={{ mb: 2 }}>
          {t("import.plan", {
            add: tally("add"),
            update: tally("update"),
            same: tally("same"),
            keep: tally("keep"),
          })}
        </Typography>
        {heldBack.length > 0 && (
          <Typography color="warning.main" sx={{ mt: -1, mb: 2 }}>
            {t("import.planHeld", { count: heldBack.length })}
          </Typography>
        )}
        {asks.length > 0 && (
          <OtherSources
            codeOf={codeOf}
            asks={asks}
            files={files}
            self={preview.device}
            allowed={allowed}
            onAllow={allow}
          />
        )}
        {conflicts.length > 0 && (
          <ConflictList
            conflicts={conflicts}
            choices={choices}
            onChoose={setChoices}
          />
        )}
      </DialogContent>
      <DialogActions>
        {unresolved > 0 && (
          <Typography color="warning.main" sx={{ mr: "auto", ml: 1 }}>
            {t("import.unresolved", { count: unresolved })}
          </Typography>
        )}
        <Button onClick={() => onClose(null)}>{t("close")}</Button>
        <Button
          variant="contained"
          disabled={unresolved > 0 || preview.steps.length === 0}
          onClick={() => void apply()}
        >
          {t("import.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
