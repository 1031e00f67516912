import { lazy, Suspense, useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import { Link as RouterLink, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { missingFor, type RequiredField } from "../../../domain/lessons/lesson";
import {
  LESSON_STATUSES,
  type Lesson,
  type LessonStatus,
} from "../../../domain/lessons/types";
import {
  openingFor,
  type JournalEntry,
  type Opening,
} from "../../../lib/journal";
import { useJournalEntry } from "../../../lib/useJournalEntry";
import { EditConflicts } from "../../../components/EditConflicts";
import { useLesson, usePickerData, type PickerData } from "../queries";
import { useLessonDraft, useLessonJournal } from "../useLessonDraft";
import { useLessonConflictText } from "./conflictText";
import { ActivitiesSection } from "./ActivitiesSection";
import { AiUseSection } from "./AiUseSection";
import { BasicsSection } from "./BasicsSection";
import { IntentSection } from "./IntentSection";
import { LessonActions } from "./LessonActions";
import { MappingChips } from "./MappingChips";
import { SaveStatus } from "./SaveStatus";
import { SyncStatus } from "./SyncStatus";
import { Section } from "./Section";
import { SelectInput } from "../../../components/fields";
import { SupportSection } from "./SupportSection";

const CopyDialog = lazy(() => import("./CopyDialog"));

/** Writing one lesson, on a tablet: everything saves as it is typed. */
export default function LessonEditorPage() {
  const { t } = useTranslation("lessons");
  const { lessonId = "" } = useParams();
  // Live: the editor merges in what another tab or an import writes while it is open.
  const stored = useLesson(lessonId);
  const entry = useJournalEntry(useLessonJournal(), lessonId);
  const data = usePickerData();
  if (stored === undefined || entry === undefined || !data)
    return <LinearProgress aria-label={t("shell.loading")} />;
  return (
    <OpenLesson key={lessonId} stored={stored} entry={entry} data={data} />
  );
}

/** Opens the stored lesson, or the unsaved edits the journal kept from last time. */
function OpenLesson({
  stored,
  entry,
  data,
}: {
  stored: Lesson | null;
  entry: JournalEntry<Lesson> | null;
  data: PickerData;
}) {
  const { t } = useTranslation("lessons");
  // Decided once: a lesson deleted while it is open stays open (the form says so).
  const [opening] = useState(() => {
    const found = openingFor(stored, entry);
    return found && !(stored ?? found.record).deletedAt ? found : null;
  });
  if (!opening) {
    return (
      <PageContainer>
        <Alert
          severity="warning"
          action={
            <Button component={RouterLink} to="/lessons">
              {t("lessons.library")}
            </Button>
          }
        >
          {t("lessons.notFound")}
        </Alert>
      </PageContainer>
    );
  }
  return <LessonForm opening={opening} stored={stored} data={data} />;
}

function LessonForm({
  opening,
  stored,
  data,
}: {
  opening: Opening<Lesson>;
  stored: Lesson | null;
  data: PickerData;
}) {
  const { t } = useTranslation(["lessons", "editing"]);
  const draft = useLessonDraft(opening, stored);
  const { lesson, update, state, error, saveNow } = draft;
  const conflictText = useLessonConflictText();
  const [blocked, setBlocked] = useState<{
    status: LessonStatus;
    missing: RequiredField[];
  } | null>(null);
  const [copying, setCopying] = useState(false);

  const changeStatus = (status: LessonStatus) => {
    const missing = missingFor(lesson, status);
    if (missing.length > 0) {
      setBlocked({ status, missing });
      return;
    }
    setBlocked(null);
    update((l) => ({ ...l, status }));
  };
  const missing = blocked ? missingFor(lesson, blocked.status) : [];

  return (
    <PageContainer>
      <Paper
        elevation={0}
        sx={{
          position: "sticky",
          top: 64,
          zIndex: 2,
          mb: 2,
          py: 1.5,
          bgcolor: "background.default",
          borderBottom: 1,
          borderColor: "divider",
        }}
      >
        <TextField
          fullWidth
          label={t("lessons.fields.title")}
          value={lesson.title}
          error={state === "incomplete"}
          onChange={(e) => update((l) => ({ ...l, title: e.target.value }))}
          slotProps={{
            htmlInput: { style: { fontSize: "1.25rem", fontWeight: 600 } },
          }}
        />
        <Box
          sx={{
            display: "flex",
            flexWrap: "wrap",
            gap: 1.5,
            alignItems: "center",
            mt: 1.5,
          }}
        >
          <Box sx={{ width: 200 }}>
            <SelectInput
              label={t("lessons.fields.status")}
              value={lesson.status}
              options={LESSON_STATUSES.map(
                (s) => [s, t(`lessons.status.${s}`)] as const,
              )}
              onChange={(s) => changeStatus(s as LessonStatus)}
            />
          </Box>
          <SaveStatus
            state={state}
            error={error}
            onRetry={() => void saveNow()}
          />
          <SyncStatus lesson={lesson} />
          <Box sx={{ flex: 1 }} />
          <LessonActions
            lesson={lesson}
            data={data}
            onCopy={() => setCopying(true)}
            beforeLeave={saveNow}
          />
        </Box>
        {blocked && missing.length > 0 && (
          <Alert
            severity="warning"
            sx={{ mt: 1.5 }}
            onClose={() => setBlocked(null)}
          >
            {t("lessons.statusNeeds", {
              status: t(`lessons.status.${blocked.status}`),
              fields: missing
                .map((f) => t(`lessons.fields.${f}`))
                .join(t("lessons.listSeparator")),
            })}
          </Alert>
        )}
        {lesson.copiedFrom && (
          <Alert severity="info" sx={{ mt: 1.5 }}>
            {t("lessons.copiedFrom", { title: lesson.copiedFrom.title })}{" "}
            <RouterLink to={`/lessons/${lesson.copiedFrom.lessonId}`}>
              {t("lessons.openOriginal")}
            </RouterLink>
          </Alert>
        )}
      </Paper>

      {lesson.deletedAt && (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button
              color="inherit"
              onClick={() => update((l) => ({ ...l, deletedAt: null }))}
              sx={{ minHeight: 44 }}
            >
              {t("editing:editConflict.restore")}
            </Button>
          }
        >
          {t("editing:editConflict.deletedElsewhere")}
        </Alert>
      )}
      <EditConflicts
        conflicts={draft.conflicts}
        merged={draft.mergedFromElsewhere}
        record={lesson}
        text={conflictText}
        onResolve={draft.resolve}
        onDismissMerged={draft.dismissMerged}
      />
      <BasicsSection lesson={lesson} update={update} missing={missing} />
      <IntentSection lesson={lesson} update={update} />
      <Section id="framework" title={t("lessons.sections.framework")}>
        <MappingChips
          label={t("lessons.mapping.forLesson")}
          mappings={lesson.mappings}
          onChange={(mappings) => update((l) => ({ ...l, mappings }))}
          level={lesson.level}
          data={data}
        />
      </Section>
      <ActivitiesSection lesson={lesson} update={update} data={data} />
      <AiUseSection lesson={lesson} update={update} />
      <SupportSection lesson={lesson} update={update} />
      {copying && (
        <Suspense fallback={null}>
          <CopyDialog lesson={lesson} onClose={() => setCopying(false)} />
        </Suspense>
      )}
    </PageContainer>
  );
}
