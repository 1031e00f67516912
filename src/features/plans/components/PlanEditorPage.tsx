import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Typography from "@mui/material/Typography";
import DataObjectOutlined from "@mui/icons-material/DataObjectOutlined";
import DescriptionOutlined from "@mui/icons-material/DescriptionOutlined";
import PrintOutlined from "@mui/icons-material/PrintOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import { Link as RouterLink, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { SelectInput } from "../../../components/fields";
import type { SchoolPlan } from "../../../domain/plans/types";
import { planPeriod, planYears } from "../../../domain/plans/years";
import { downloadBlob, safeFileName } from "../../../lib/download";
import { useEvidence, usePlan, useSchoolPlanMarks } from "../queries";
import { usePlanDraft, usePlanJournal } from "../usePlanDraft";
import { usePlanWrites } from "../mutations";
import { EditConflicts } from "../../../components/EditConflicts";
import { openingFor, type Opening } from "../../../lib/journal";
import { useJournalEntry } from "../../../lib/useJournalEntry";
import { usePlanConflictText } from "./conflictText";
import { isQuotaError } from "../../../lib/errors";
import { AspSection } from "./AspSection";
import { GrantSection } from "./GrantSection";
import { useGrantStanding } from "../../../services/useGrantStanding";
import { ReportSection } from "./ReportSection";
import { SdpSection } from "./SdpSection";
import { useRemovedNotice } from "./RemovedNotice";

export default function PlanEditorPage() {
  const { t } = useTranslation("plans");
  const { planId = "" } = useParams();
  // Live: the editor merges in what another tab or a restored backup writes while it is open.
  const plan = usePlan(planId);
  const entry = useJournalEntry(usePlanJournal(), planId);
  const marks = useSchoolPlanMarks();
  if (plan === undefined || entry === undefined || marks === undefined)
    return <LinearProgress aria-label={t("loading")} />;
  if (!plan || plan.deletedAt) {
    return (
      <PageContainer>
        <Alert
          severity="warning"
          action={
            <Button component={RouterLink} to="/plans">
              {t("title")}
            </Button>
          }
        >
          {t("notFound")}
        </Alert>
      </PageContainer>
    );
  }
  return (
    <OpenPlan
      key={plan.id}
      stored={plan}
      entry={entry}
      readOnly={marks.held.has(plan.id)}
    />
  );
}

/** Opens the stored plan, or the unsaved edits the journal kept from last time. */
function OpenPlan({
  stored,
  entry,
  readOnly,
}: {
  stored: SchoolPlan;
  entry: Parameters<typeof openingFor<SchoolPlan>>[1];
  readOnly: boolean;
}) {
  const [opening] = useState(() => openingFor(stored, entry)!);
  return <PlanForm opening={opening} stored={stored} readOnly={readOnly} />;
}

/** What a read-only plan's fields call on a change: nothing is kept. */
const keepNothing = () => {};

type View = "sdp" | "asp" | "report" | "grant";
type Languages = "zh-HK" | "en" | "both";

function PlanForm({
  opening,
  stored,
  readOnly,
}: {
  opening: Opening<SchoolPlan>;
  stored: SchoolPlan;
  /** A plan the school's heads keep on the school server (a teacher's device): nothing changes. */
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation("plans");
  const draft = usePlanDraft(opening, stored);
  const { plan, state, error, saveNow } = draft;
  const update = readOnly ? keepNothing : draft.update;
  const { removed, notice } = useRemovedNotice(update);
  const conflictText = usePlanConflictText();
  const { deletePlan } = usePlanWrites();
  const navigate = useNavigate();
  const [view, setView] = useState<View>("sdp");
  const [yearIndex, setYearIndex] = useState(0);
  const [languages, setLanguages] = useState<Languages>(
    i18n.language === "en" ? "en" : "zh-HK",
  );
  const years = planYears(plan.startYear);
  const evidence = [
    useEvidence(years[0], plan),
    useEvidence(years[1], plan),
    useEvidence(years[2], plan),
  ];
  const grant = useGrantStanding(plan);

  const exportDocx = async () => {
    await saveNow();
    const wanted =
      languages === "both"
        ? (["zh-HK", "en"] as const)
        : ([languages] as const);
    // The other language's strings may not be on screen yet: fetch them (from the cache offline).
    await i18n.loadLanguages([...wanted]);
    await i18n.loadNamespaces("plans");
    const { buildPlanDocx } = await import("../export/planDocx");
    const blob = await buildPlanDocx(
      plan,
      wanted.map((lng) => ({ t: i18n.getFixedT(lng, "plans"), locale: lng })),
      evidence,
      grant?.period,
    );
    downloadBlob(
      blob,
      safeFileName(
        `${plan.schoolName || t("untitledSchool")} ${t("sdpTitle")} ${plan.startYear}`,
        "docx",
      ),
    );
  };
  const exportJson = () => {
    const file = {
      format: "blueprint-planner/school-plan",
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      plan,
    };
    downloadBlob(
      new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }),
      safeFileName(plan.schoolName || "plan", "json"),
    );
  };

  return (
    <PageContainer wide>
      <Paper
        elevation={0}
        sx={{
          position: "sticky",
          top: 64,
          zIndex: 2,
          py: 1.5,
          mb: 2,
          bgcolor: "background.default",
          borderBottom: 1,
          borderColor: "divider",
        }}
      >
        <Box
          sx={{
            display: "flex",
            flexWrap: "wrap",
            gap: 1.5,
            alignItems: "center",
          }}
        >
          <Box sx={{ flex: 1, minWidth: 240 }}>
            <Typography variant="h1">
              {plan.schoolName || t("untitledSchool")}
            </Typography>
            <Typography color="text.secondary">
              {t("sdpTitle")} {planPeriod(plan.startYear)}
            </Typography>
          </Box>
          <Typography
            role="status"
            variant="body2"
            color={state === "failed" ? "error" : "text.secondary"}
          >
            {state === "failed" || readOnly
              ? ""
              : t(state === "saved" ? "save.saved" : "save.saving")}
          </Typography>
          <Box sx={{ width: 170 }}>
            <SelectInput
              label={t("export.language")}
              value={languages}
              options={(["zh-HK", "en", "both"] as const).map(
                (l) => [l, t(`export.languages.${l}`)] as const,
              )}
              onChange={(v) => setLanguages(v as Languages)}
            />
          </Box>
          <Button
            variant="contained"
            startIcon={<DescriptionOutlined />}
            onClick={() => void exportDocx()}
          >
            {t("export.word")}
          </Button>
          <Button
            startIcon={<PrintOutlined />}
            onClick={() =>
              void saveNow().then(() => navigate(`/plans/${plan.id}/print`))
            }
          >
            {t("print")}
          </Button>
          <Button startIcon={<DataObjectOutlined />} onClick={exportJson}>
            {t("export.json")}
          </Button>
          {!readOnly && (
            <Button
              color="error"
              startIcon={<DeleteOutlined />}
              onClick={() =>
                void saveNow()
                  .then(() => deletePlan(plan.id))
                  .then(
                    (deleted) =>
                      deleted &&
                      navigate("/plans", {
                        state: {
                          deleted: {
                            id: plan.id,
                            name: plan.schoolName || t("untitledSchool"),
                          },
                        },
                      }),
                  )
              }
            >
              {t("deletePlan")}
            </Button>
          )}
        </Box>
        {state === "failed" && (
          <Alert
            severity="error"
            role="alert"
            sx={{ mt: 1 }}
            action={
              <Button color="inherit" onClick={() => void saveNow()}>
                {t("common.tryAgain", { ns: "translation" })}
              </Button>
            }
          >
            {t(isQuotaError(error) ? "save.failedQuota" : "save.failed")}
          </Alert>
        )}
        <Tabs
          value={view}
          onChange={(_, v: View) => setView(v)}
          aria-label={t("parts")}
          sx={{ mt: 1 }}
        >
          <Tab value="sdp" label={t("tabs.sdp")} />
          <Tab value="asp" label={t("tabs.asp")} />
          <Tab value="report" label={t("tabs.report")} />
          <Tab value="grant" label={t("tabs.grant")} />
        </Tabs>
        {(view === "asp" || view === "report") && (
          <Tabs
            value={yearIndex}
            onChange={(_, v: number) => setYearIndex(v)}
            aria-label={t("year")}
          >
            {years.map((y, i) => (
              <Tab
                key={y}
                value={i}
                label={t("yearN", { n: i + 1, year: y })}
              />
            ))}
          </Tabs>
        )}
      </Paper>
      <EditConflicts
        conflicts={draft.conflicts}
        merged={draft.mergedFromElsewhere}
        record={plan}
        text={conflictText}
        onResolve={draft.resolve}
        onDismissMerged={draft.dismissMerged}
      />
      {readOnly && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t("readOnly")}
        </Alert>
      )}
      {/* A disabled fieldset disables every field and button in it, and says so to a screen reader. */}
      <Box
        component="fieldset"
        disabled={readOnly}
        sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}
      >
        {view === "sdp" && (
          <SdpSection plan={plan} update={update} removed={removed} />
        )}
        {view === "asp" && (
          <AspSection
            plan={plan}
            yearIndex={yearIndex}
            evidence={evidence[yearIndex]}
            update={update}
            removed={removed}
          />
        )}
        {view === "grant" && (
          <GrantSection
            plan={plan}
            standing={grant}
            update={update}
            removed={removed}
          />
        )}
        {view === "report" && (
          <ReportSection
            plan={plan}
            yearIndex={yearIndex}
            evidence={evidence[yearIndex]}
            update={update}
            removed={removed}
          />
        )}
      </Box>
      {notice}
    </PageContainer>
  );
}
