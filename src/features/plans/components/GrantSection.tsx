import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import AddOutlined from "@mui/icons-material/AddOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import { SelectInput, TextInput } from "../../../components/fields";
import { GrantAccounts } from "./GrantAccounts";
import { GrantStanding } from "../../../components/GrantStanding";
import { todayIso } from "../../../domain/lessons/lesson";
import { putBack } from "../../../domain/plans/edit";
import type { SharingSession } from "../../../domain/plans/sessions";
import type { SchoolPlan } from "../../../domain/plans/types";
import { newId } from "../../../lib/id";
import type { GrantView } from "../../../services/useGrantStanding";
import type { Removed } from "./RemovedNotice";
import { Panel } from "../../../components/Panel";

interface Props {
  plan: SchoolPlan;
  /** Where the school stands on the conditions (with this plan as on screen). */
  standing: GrantView | undefined;
  update: (change: (p: SchoolPlan) => SchoolPlan) => void;
  removed: Removed;
}

const withSessions = (
  p: SchoolPlan,
  change: (sessions: SharingSession[]) => SharingSession[],
): SchoolPlan => ({
  ...p,
  grant: { ...p.grant, sessions: change(p.grant.sessions) },
});

/**
 * The 「智」啟學教 grant in the plan: where the school stands on the circular's conditions over
 * the grant period and each year, and the sharing sessions it has held (dated, with a topic),
 * which count towards them.
 */
export function GrantSection({ plan, standing, update, removed }: Props) {
  const { t } = useTranslation("plans");
  const sessions = plan.grant.sessions;
  const setSession = (id: string, change: Partial<SharingSession>) =>
    update((p) =>
      withSessions(p, (all) =>
        all.map((s) => (s.id === id ? { ...s, ...change } : s)),
      ),
    );
  return (
    <Stack spacing={2}>
      <Panel title={t("grant.title")}>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t("grant.source", { ns: "translation" })}
        </Typography>
        {standing ? (
          <GrantStanding period={standing.period} years={standing.years} />
        ) : (
          <LinearProgress aria-label={t("grant.title")} />
        )}
      </Panel>
      <Panel title={t("grant.sessions")}>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t("grant.sessionsIntro")}
        </Typography>
        {sessions.length === 0 && (
          <Typography sx={{ mb: 2 }}>{t("grant.noSessions")}</Typography>
        )}
        <Stack
          component="ol"
          spacing={2}
          sx={{ listStyle: "none", p: 0, m: 0 }}
        >
          {sessions.map((s, at) => (
            <Box
              component="li"
              key={s.id}
              aria-label={t("grant.sessionN", { n: at + 1 })}
              sx={{
                display: "grid",
                gap: 1.5,
                alignItems: "start",
                gridTemplateColumns: {
                  xs: "1fr auto",
                  md: "11rem minmax(0, 1fr) 11rem auto",
                },
              }}
            >
              <TextField
                type="date"
                label={t("grant.date")}
                value={s.date}
                required
                onChange={(e) => {
                  // Cleared while a new date is picked: the session keeps its date.
                  if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value))
                    setSession(s.id, { date: e.target.value });
                }}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <Box
                sx={{
                  gridColumn: { xs: "1 / -1", md: "auto" },
                  order: { xs: 3, md: 0 },
                }}
              >
                <TextInput
                  required
                  label={t("grant.topic")}
                  value={s.topic}
                  error={!s.topic.trim()}
                  helperText={
                    s.topic.trim() ? undefined : t("grant.topicNeeded")
                  }
                  onChange={(topic) => setSession(s.id, { topic })}
                />
              </Box>
              <Box
                sx={{
                  order: { xs: 4, md: 0 },
                  gridColumn: { xs: "1 / -1", md: "auto" },
                }}
              >
                <SelectInput
                  label={t("grant.where")}
                  value={s.where}
                  options={(["school", "outside"] as const).map(
                    (w) => [w, t(`grant.places.${w}`)] as const,
                  )}
                  onChange={(where) =>
                    setSession(s.id, {
                      where: where as SharingSession["where"],
                    })
                  }
                />
              </Box>
              <IconButton
                aria-label={t("grant.removeSession", { n: at + 1 })}
                onClick={() => {
                  update((p) =>
                    withSessions(p, (all) => all.filter((x) => x.id !== s.id)),
                  );
                  removed(t("removed.session", { n: at + 1 }), (p) =>
                    withSessions(p, (all) => putBack(all, at, s)),
                  );
                }}
              >
                <DeleteOutlined />
              </IconButton>
            </Box>
          ))}
        </Stack>
        <Button
          startIcon={<AddOutlined />}
          sx={{ mt: 2 }}
          onClick={() =>
            update((p) =>
              withSessions(p, (all) => [
                ...all,
                { id: newId(), date: todayIso(), topic: "", where: "school" },
              ]),
            )
          }
        >
          {t("grant.addSession")}
        </Button>
      </Panel>
      <GrantAccounts plan={plan} update={update} />
    </Stack>
  );
}
