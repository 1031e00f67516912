import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import IconButton from "@mui/material/IconButton";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddOutlined from "@mui/icons-material/AddOutlined";
import ArrowUpwardOutlined from "@mui/icons-material/ArrowUpwardOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import { LinesInput, TextInput } from "../../../components/fields";
import type {
  MajorConcern,
  SchoolPlan,
  Target,
} from "../../../domain/plans/types";
import { planYears } from "../../../domain/plans/years";
import { newId } from "../../../lib/id";
import { useLinkableItems } from "../queries";
import { LinksField } from "./LinksField";
import type { Removed } from "./RemovedNotice";
import { Panel } from "../../../components/Panel";
import { putBack, withConcern, withTarget } from "../../../domain/plans/edit";

interface Props {
  plan: SchoolPlan;
  update: (change: (p: SchoolPlan) => SchoolPlan) => void;
  removed: Removed;
}

const SWOT = ["strengths", "weaknesses", "opportunities", "threats"] as const;

/** The three-year School Development Plan: who the school is, where it stands, and its major concerns in priority order. */
export function SdpSection({ plan, update, removed }: Props) {
  const { t } = useTranslation("plans");
  const set =
    <K extends keyof SchoolPlan>(key: K) =>
    (value: SchoolPlan[K]) =>
      update((p) => ({ ...p, [key]: value }));
  const setConcern = (id: string, change: (c: MajorConcern) => MajorConcern) =>
    update((p) => withConcern(p, id, change));
  const setTarget = (targetId: string, change: (t: Target) => Target) =>
    update((p) => withTarget(p, targetId, change));
  const years = planYears(plan.startYear);
  const linkable = useLinkableItems();

  return (
    <Stack spacing={2}>
      <Panel title={t("sections.school")}>
        <Stack spacing={2}>
          <TextInput
            label={t("fields.schoolName")}
            value={plan.schoolName}
            onChange={set("schoolName")}
          />
          <TextInput
            multiline
            minRows={2}
            label={t("fields.vision")}
            value={plan.vision}
            onChange={set("vision")}
          />
          <TextInput
            multiline
            minRows={2}
            label={t("fields.mission")}
            value={plan.mission}
            onChange={set("mission")}
          />
          <LinesInput
            label={t("fields.goals")}
            helperText={t("onePerLine")}
            value={plan.goals}
            onChange={set("goals")}
          />
          <TextInput
            multiline
            minRows={3}
            label={t("fields.holisticReview")}
            value={plan.holisticReview}
            onChange={set("holisticReview")}
          />
        </Stack>
      </Panel>
      <Panel title={t("sections.swot")}>
        <Box
          sx={{
            display: "grid",
            gap: 2,
            gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" },
          }}
        >
          {SWOT.map((k) => (
            <LinesInput
              key={k}
              label={t(`swot.${k}`)}
              value={plan.swot[k]}
              onChange={(v) =>
                update((p) => ({ ...p, swot: { ...p.swot, [k]: v } }))
              }
            />
          ))}
        </Box>
      </Panel>
      <Typography variant="h2">{t("sections.concerns")}</Typography>
      {plan.concerns.map((concern, ci) => (
        <Paper
          key={concern.id}
          variant="outlined"
          component="section"
          aria-label={t("concernN", { n: ci + 1 })}
          sx={{ p: 2 }}
        >
          <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 1.5 }}>
            <Typography variant="h3" sx={{ flex: 1 }}>
              {t("concernN", { n: ci + 1 })}
            </Typography>
            <IconButton
              aria-label={t("raise", { n: ci + 1 })}
              disabled={ci === 0}
              onClick={() =>
                update((p) => {
                  const next = [...p.concerns];
                  [next[ci - 1], next[ci]] = [next[ci]!, next[ci - 1]!];
                  return { ...p, concerns: next };
                })
              }
            >
              <ArrowUpwardOutlined />
            </IconButton>
            <IconButton
              aria-label={t("removeConcern", { n: ci + 1 })}
              onClick={() => {
                update((p) => ({
                  ...p,
                  concerns: p.concerns.filter((c) => c.id !== concern.id),
                }));
                removed(t("removed.concern", { n: ci + 1 }), (p) => ({
                  ...p,
                  concerns: putBack(p.concerns, ci, concern),
                }));
              }}
            >
              <DeleteOutlined />
            </IconButton>
          </Box>
          <TextInput
            label={t("fields.concern")}
            value={concern.title}
            onChange={(title) =>
              setConcern(concern.id, (c) => ({ ...c, title }))
            }
          />
          {concern.targets.map((target, ti) => (
            <Box
              key={target.id}
              sx={{ mt: 2, pl: 2, borderLeft: 3, borderColor: "divider" }}
            >
              <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start" }}>
                <TextInput
                  multiline
                  label={t("targetN", { n: ti + 1 })}
                  value={target.text}
                  onChange={(text) =>
                    setTarget(target.id, (x) => ({ ...x, text }))
                  }
                />
                <IconButton
                  aria-label={t("removeTarget", { n: ti + 1 })}
                  onClick={() => {
                    setConcern(concern.id, (c) => ({
                      ...c,
                      targets: c.targets.filter((x) => x.id !== target.id),
                    }));
                    removed(t("removed.target", { n: ti + 1 }), (p) =>
                      withConcern(p, concern.id, (c) => ({
                        ...c,
                        targets: putBack(c.targets, ti, target),
                      })),
                    );
                  }}
                >
                  <DeleteOutlined />
                </IconButton>
              </Box>
              <Box
                role="group"
                aria-label={t("fields.timeScale")}
                sx={{
                  display: "flex",
                  flexWrap: "wrap",
                  alignItems: "center",
                  gap: 1,
                  my: 1,
                }}
              >
                <Typography variant="body2">{t("fields.timeScale")}</Typography>
                {years.map((y, i) => (
                  <FormControlLabel
                    key={y}
                    label={y}
                    control={
                      <Checkbox
                        checked={target.years[i]}
                        onChange={(e) =>
                          setTarget(target.id, (x) => {
                            const ticks = [...x.years] as Target["years"];
                            ticks[i] = e.target.checked;
                            return { ...x, years: ticks };
                          })
                        }
                      />
                    }
                  />
                ))}
              </Box>
              <TextInput
                multiline
                label={t("fields.strategiesOutline")}
                value={target.strategiesOutline}
                onChange={(strategiesOutline) =>
                  setTarget(target.id, (x) => ({
                    ...x,
                    strategiesOutline,
                  }))
                }
              />
              {linkable && (
                <Box sx={{ mt: 1.5 }}>
                  <LinksField
                    items={linkable}
                    value={target.links}
                    onChange={(links) =>
                      setTarget(target.id, (x) => ({ ...x, links }))
                    }
                  />
                </Box>
              )}
            </Box>
          ))}
          <Button
            startIcon={<AddOutlined />}
            sx={{ mt: 1.5 }}
            onClick={() =>
              setConcern(concern.id, (c) => ({
                ...c,
                targets: [
                  ...c.targets,
                  {
                    id: newId(),
                    text: "",
                    years: [true, true, true],
                    strategiesOutline: "",
                    links: [],
                    tasks: [],
                  },
                ],
              }))
            }
          >
            {t("addTarget")}
          </Button>
        </Paper>
      ))}
      <Box>
        <Button
          variant="outlined"
          startIcon={<AddOutlined />}
          onClick={() =>
            update((p) => ({
              ...p,
              concerns: [
                ...p.concerns,
                { id: newId(), title: "", links: [], targets: [] },
              ],
            }))
          }
        >
          {t("addConcern")}
        </Button>
      </Box>
    </Stack>
  );
}
