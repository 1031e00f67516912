import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddOutlined from "@mui/icons-material/AddOutlined";
import { Link as RouterLink, useLocation, useNavigate } from "react-router";
import { UndoSnackbar } from "../../../components/UndoSnackbar";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { SelectInput, TextInput } from "../../../components/fields";
import {
  nearbySchoolYears,
  schoolYearOf,
  todayIso,
} from "../../../domain/lessons/lesson";
import { blueprintDraft, type SchoolType } from "../../../domain/plans/draft";
import { emptyPlan } from "../../../domain/plans/record";
import type { SchoolPlan } from "../../../domain/plans/types";
import { planPeriod } from "../../../domain/plans/years";
import { newId } from "../../../lib/id";
import { useLocale } from "../../../lib/useLocale";
import { usePlanWrites } from "../mutations";
import { formatDateTime } from "../../../lib/formatDate";
import {
  usePlans,
  useSchoolPlanMarks,
  useSchoolTypeOfLessons,
  useStrategies,
} from "../queries";

/** The school's plans, and a start: empty, or drafted from the Blueprint. */
export default function PlansPage() {
  const { t } = useTranslation("plans");
  const plans = usePlans();
  const marks = useSchoolPlanMarks();
  const locale = useLocale();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const { restorePlan } = usePlanWrites();
  const deleted = (
    location.state as { deleted?: { id: string; name: string } } | null
  )?.deleted;
  const markOf = (p: SchoolPlan) => {
    if (marks?.held.has(p.id)) return t("marks.held");
    const copy = marks?.copies.get(p.id);
    if (!copy) return null;
    const original = plans?.find((o) => o.id === copy.of);
    return t("marks.copy", {
      at: formatDateTime(copy.at, locale),
      of: original?.schoolName || t("untitledSchool"),
    });
  };
  return (
    <PageContainer>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 2 }}>
        <Typography variant="h1" sx={{ flex: 1 }}>
          {t("title")}
        </Typography>
        <Button
          variant="contained"
          startIcon={<AddOutlined />}
          onClick={() => setCreating(true)}
        >
          {t("new")}
        </Button>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t("intro")}
      </Typography>
      {plans && plans.length === 0 && <Typography>{t("none")}</Typography>}
      <Stack
        component="ul"
        spacing={1.5}
        sx={{ listStyle: "none", p: 0, m: 0 }}
      >
        {(plans ?? []).map((p) => {
          const mark = markOf(p);
          return (
            <li key={p.id}>
              <Card variant="outlined">
                <CardActionArea
                  component={RouterLink}
                  to={`/plans/${p.id}`}
                  sx={{ p: 2 }}
                >
                  <Typography variant="h3" component="h2">
                    {p.schoolName || t("untitledSchool")}
                  </Typography>
                  <Typography color="text.secondary">
                    {t("planLine", {
                      period: planPeriod(p.startYear),
                      count: p.concerns.length,
                    })}
                  </Typography>
                  {mark && (
                    <Typography variant="body2" color="text.secondary">
                      {mark}
                    </Typography>
                  )}
                </CardActionArea>
              </Card>
            </li>
          );
        })}
      </Stack>
      {creating && <NewPlanDialog onClose={() => setCreating(false)} />}
      <UndoSnackbar
        open={!!deleted}
        message={t("deleted", { name: deleted?.name ?? "" })}
        onClose={() => void navigate("/plans", { replace: true, state: null })}
        onUndo={() => {
          if (!deleted) return;
          void restorePlan(deleted.id).then(
            (restored) =>
              restored && navigate(`/plans/${deleted.id}`, { replace: true }),
          );
        }}
      />
    </PageContainer>
  );
}

function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("plans");
  const locale = useLocale();
  const navigate = useNavigate();
  const strategies = useStrategies();
  const thisYear = schoolYearOf(todayIso());
  const [schoolName, setSchoolName] = useState("");
  const [startYear, setStartYear] = useState(thisYear);
  const [start, setStart] = useState<"blueprint" | "empty">("blueprint");
  // A primary school's draft differs from a secondary school's: the school's lessons say which,
  // or the school does (nothing is assumed).
  const fromLessons = useSchoolTypeOfLessons();
  const [chosenType, setSchoolType] = useState<SchoolType | "">("");
  const schoolType = chosenType || fromLessons || "";
  const [askType, setAskType] = useState(false);
  const { createPlan } = usePlanWrites();

  const create = async () => {
    if (start === "blueprint" && !schoolType) {
      setAskType(true);
      return;
    }
    const now = new Date();
    const plan =
      start === "empty"
        ? emptyPlan(newId(), startYear, now)
        : blueprintDraft({
            id: newId,
            startYear,
            schoolType: schoolType || "secondary",
            locale,
            strategy: (code) => strategies?.find((s) => s.code === code)?.id,
            now,
          });
    if (!(await createPlan({ ...plan, schoolName: schoolName.trim() }))) return;
    onClose();
    void navigate(`/plans/${plan.id}`);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t("new")}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextInput
            label={t("fields.schoolName")}
            value={schoolName}
            onChange={setSchoolName}
          />
          <SelectInput
            label={t("fields.startYear")}
            value={startYear}
            options={nearbySchoolYears(todayIso()).map(
              (y) => [y, planPeriod(y)] as const,
            )}
            onChange={setStartYear}
          />
          <RadioGroup
            value={start}
            onChange={(e) => setStart(e.target.value as "blueprint" | "empty")}
            aria-label={t("start.label")}
          >
            <FormControlLabel
              value="blueprint"
              control={<Radio />}
              label={t("start.blueprint")}
            />
            <FormControlLabel
              value="empty"
              control={<Radio />}
              label={t("start.empty")}
            />
          </RadioGroup>
          {start === "blueprint" && (
            <SelectInput
              label={t("fields.schoolType")}
              value={schoolType}
              emptyLabel={t("schoolType.choose")}
              error={askType && !schoolType}
              helperText={
                askType && !schoolType
                  ? t("schoolType.needed")
                  : !chosenType && fromLessons
                    ? t("schoolType.fromLessons")
                    : ""
              }
              options={(["primary", "secondary"] as const).map(
                (s) => [s, t(`schoolType.${s}`)] as const,
              )}
              onChange={(v) => setSchoolType(v as SchoolType | "")}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t("cancel")}</Button>
        <Button
          variant="contained"
          disabled={!strategies}
          onClick={() => void create()}
        >
          {t("create")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
