import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { SchoolServerAccount } from "../../../domain/settings";
import { formatDateTime } from "../../../lib/formatDate";
import { useLocale } from "../../../lib/useLocale";
import { serverProblem } from "../../../services/schoolServer";
import { useServices } from "../../../services/ServicesProvider";
import { settleSyncConflicts } from "../mutations";
import { useSchoolAccount, useSyncConflicts, useSyncStatus } from "../queries";

/** Settings → School server: sign in, the sync's status, conflicts to settle, sign out. */
export function SchoolServerSection() {
  const account = useSchoolAccount();
  const status = useSyncStatus();
  if (account === undefined) return null;
  if (!account) return <SignInForm />;
  return (
    <>
      <SignedIn account={account} />
      {status?.state === "signed-out" && <SignInForm again={account} />}
      <Conflicts />
    </>
  );
}

function SignInForm({ again }: { again?: SchoolServerAccount }) {
  const { t } = useTranslation("settings");
  const { school } = useServices();
  const [fields, setFields] = useState({
    address: again?.url ?? "",
    school: again?.school ?? "",
    name: again?.person.name ?? "",
    passphrase: "",
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const field = (key: keyof typeof fields) => ({
    value: fields[key],
    onChange: (e: { target: { value: string } }) =>
      setFields({ ...fields, [key]: e.target.value }),
    fullWidth: true,
    margin: "dense" as const,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (Object.values(fields).some((v) => !v.trim()))
      return setMessage(t("school.required"));
    setBusy(true);
    setMessage(null);
    try {
      await school.signIn(fields);
    } catch (error) {
      const found = serverProblem(error);
      setMessage(
        t(`school.problem.${found?.problem ?? "unreachable"}`, {
          minutes: Math.max(1, Math.ceil((found?.retryAfter ?? 60) / 60)),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={(e) => void submit(e)} noValidate>
      {!again && <Typography sx={{ mb: 1 }}>{t("school.intro")}</Typography>}
      <TextField
        {...field("address")}
        label={t("school.address")}
        helperText={t("school.addressHint")}
        inputMode="url"
        autoCapitalize="none"
        autoCorrect="off"
        required
      />
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
        <TextField
          {...field("school")}
          label={t("school.school")}
          autoCapitalize="none"
          required
          sx={{ flex: "1 1 12rem" }}
        />
        <TextField
          {...field("name")}
          label={t("school.name")}
          helperText={t("school.nameHint")}
          autoComplete="username"
          required
          sx={{ flex: "2 1 16rem" }}
        />
      </Box>
      <TextField
        {...field("passphrase")}
        label={t("school.passphrase")}
        type="password"
        autoComplete="current-password"
        required
      />
      {message && (
        <Alert severity="error" sx={{ my: 1 }} role="alert">
          {message}
        </Alert>
      )}
      <Button
        type="submit"
        variant="contained"
        disabled={busy}
        sx={{ mt: 1, minHeight: 44 }}
      >
        {busy ? t("school.signingIn") : t("school.signIn")}
      </Button>
    </Box>
  );
}

function SignedIn({ account }: { account: SchoolServerAccount }) {
  const { t } = useTranslation("settings");
  const locale = useLocale();
  const status = useSyncStatus();
  const [asking, setAsking] = useState(false);
  const state = status?.state ?? "connecting";
  const waiting = status?.waiting.size ?? 0;
  return (
    <Box>
      <Typography sx={{ mb: 1 }}>
        {t("school.signedIn", {
          school: account.schoolName || account.school,
          name: account.person.name,
          role: t(`school.role.${account.person.role}`),
        })}
      </Typography>
      <Alert
        severity={
          state === "up-to-date"
            ? "success"
            : state === "offline" || state === "connecting"
              ? "info"
              : "warning"
        }
        role="status"
      >
        <Typography>{t(`school.state.${state}`)}</Typography>
        {waiting > 0 && (
          <Typography>{t("school.waiting", { count: waiting })}</Typography>
        )}
        {account.person.role === "head" && status && (
          <Typography>
            {t("school.teachers", { count: status.teachers })}
          </Typography>
        )}
        <Typography>
          {status?.lastSyncedAt
            ? t("school.lastSynced", {
                when: formatDateTime(status.lastSyncedAt, locale),
              })
            : t("school.neverSynced")}
        </Typography>
      </Alert>
      <Button
        variant="outlined"
        onClick={() => setAsking(true)}
        sx={{ mt: 2, minHeight: 44 }}
      >
        {t("school.signOut")}
      </Button>
      <SignOutDialog
        open={asking}
        waiting={waiting}
        onClose={() => setAsking(false)}
      />
    </Box>
  );
}

function SignOutDialog({
  open,
  waiting,
  onClose,
}: {
  open: boolean;
  waiting: number;
  onClose: () => void;
}) {
  const { t } = useTranslation("settings");
  const { school } = useServices();
  const [busy, setBusy] = useState(false);
  const signOut = async (keepCopy: boolean) => {
    setBusy(true);
    try {
      await school.signOut({ keepCopy });
      onClose();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="sign-out-title">
      <DialogTitle id="sign-out-title">{t("school.signOutTitle")}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t("school.signOutText")}</DialogContentText>
        {waiting > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t("school.signOutWaiting", { count: waiting })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: "wrap", gap: 1 }}>
        <Button onClick={onClose} sx={{ minHeight: 44 }}>
          {t("school.cancel")}
        </Button>
        <Button
          color="error"
          disabled={busy}
          onClick={() => void signOut(false)}
          sx={{ minHeight: 44 }}
        >
          {t("school.removeCopy")}
        </Button>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => void signOut(true)}
          sx={{ minHeight: 44 }}
        >
          {t("school.keepCopy")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Lessons changed here and on another device before they synced: the person keeps one side. */
function Conflicts() {
  const { t } = useTranslation("settings");
  const locale = useLocale();
  const { db } = useServices();
  const conflicts = useSyncConflicts();
  if (!conflicts?.length) return null;
  const keep = (lessonId: string, choice: "mine" | "theirs") =>
    void settleSyncConflicts(db, new Map([[lessonId, choice]]));
  return (
    <Box component="section" aria-labelledby="sync-conflicts" sx={{ mt: 2 }}>
      <Alert severity="warning" id="sync-conflicts">
        {t("school.conflicts", { count: conflicts.length })}
      </Alert>
      {conflicts.map((c) => (
        <Box
          key={c.lessonId}
          sx={{
            border: 1,
            borderColor: "divider",
            borderRadius: 1,
            p: 1.5,
            mt: 1,
          }}
        >
          <Typography
            sx={{ fontWeight: 600, overflowWrap: "anywhere" }}
            id={`sync-conflict-${c.lessonId}`}
          >
            {c.mine.title}
          </Typography>
          {c.theirs.title !== c.mine.title && (
            <Typography
              color="text.secondary"
              sx={{ overflowWrap: "anywhere" }}
            >
              {t("school.theirTitle", { title: c.theirs.title })}
            </Typography>
          )}
          <Box
            sx={{ display: "flex", gap: 1, flexWrap: "wrap", mt: 1 }}
            role="group"
            aria-labelledby={`sync-conflict-${c.lessonId}`}
          >
            <Button
              variant="outlined"
              onClick={() => keep(c.lessonId, "mine")}
              sx={{ minHeight: 44 }}
            >
              {t("school.keepMine", {
                when: formatDateTime(c.mine.updatedAt, locale),
              })}
            </Button>
            <Button
              variant="outlined"
              onClick={() => keep(c.lessonId, "theirs")}
              sx={{ minHeight: 44 }}
            >
              {t("school.keepTheirs", {
                when: formatDateTime(c.theirs.updatedAt, locale),
              })}
            </Button>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
