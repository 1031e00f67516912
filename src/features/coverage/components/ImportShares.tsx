import { lazy, Suspense, useRef, useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import FileUploadOutlined from "@mui/icons-material/FileUploadOutlined";
import { useTranslation } from "react-i18next";
import { FileCheckProgress } from "../../../components/FileCheckProgress";
import { ReadCancelled } from "../../../lib/fileCheck/checkFile";
import { useCoverageWrites, type ImportPreview } from "../mutations";
import { useShareSources } from "../queries";
import type { ImportOutcome } from "./ImportDialog";

const ImportDialog = lazy(() => import("./ImportDialog"));

/**
 * The head's side of sharing: import many teachers' share files at once, and see whose files the
 * lessons on this device came from. Every file is checked first (see ImportDialog); nothing is
 * written until the head confirms.
 */
export function ImportShares() {
  const { t } = useTranslation("coverage");
  const sources = useShareSources();
  const { previewShareImport } = useCoverageWrites();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  /** While files are checked: how far (0 to 1), and how to stop. */
  const [checking, setChecking] = useState<{
    done: number;
    stop: AbortController;
  } | null>(null);

  const pick = async (files: File[]) => {
    setOutcome(null);
    if (files.length === 0) return;
    const stop = new AbortController();
    setChecking({ done: 0, stop });
    try {
      setPreview(
        await previewShareImport(files, {
          signal: stop.signal,
          onProgress: (done) => setChecking({ done, stop }),
        }),
      );
    } catch (e) {
      setOutcome(
        e instanceof ReadCancelled
          ? { kind: "cancelled" }
          : { kind: "failed", quota: false },
      );
    } finally {
      setChecking(null);
    }
  };

  return (
    <Box
      component="section"
      sx={{ mb: 2, "@media print": { display: "none" } }}
    >
      <Box
        sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1 }}
      >
        <Button
          variant="outlined"
          startIcon={<FileUploadOutlined />}
          onClick={() => input.current?.click()}
        >
          {t("import.open")}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept="application/json,.json"
          hidden
          aria-label={t("import.open")}
          onChange={(e) => {
            void pick([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
        <Typography color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
          {sources && sources.length > 0
            ? t("import.sources", {
                count: sources.length,
                list: sources
                  .map((s) =>
                    t("import.source", {
                      teacher: s.teacher || t("notSet"),
                      count: s.lessons,
                    }),
                  )
                  .join(t("separator")),
              })
            : t("import.none")}
        </Typography>
      </Box>
      {checking && (
        <FileCheckProgress
          label={t("import.checking")}
          done={checking.done}
          onCancel={() => checking.stop.abort()}
        />
      )}
      <Box role="status">
        {outcome?.kind === "cancelled" && (
          <Alert severity="info" sx={{ mt: 1 }}>
            {t("import.cancelled")}
          </Alert>
        )}
        {outcome?.kind === "done" && (
          <Alert severity="success" sx={{ mt: 1 }}>
            {outcome.text}
          </Alert>
        )}
        {outcome?.kind === "failed" && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {t(outcome.quota ? "import.quota" : "import.failed")}{" "}
            {t("import.nothingChanged")}
          </Alert>
        )}
      </Box>
      {preview && (
        <Suspense fallback={null}>
          <ImportDialog
            preview={preview}
            onClose={(result) => {
              setOutcome(result);
              setPreview(null);
            }}
          />
        </Suspense>
      )}
    </Box>
  );
}
