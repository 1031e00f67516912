import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddOutlined from "@mui/icons-material/AddOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import { SelectInput, TextInput } from "../../../components/fields";
import { MEASURE_PRESETS, measureText } from "../presets";
import type { Evidence } from "../../../domain/plans/measures";
import type { SchoolPlan, Task } from "../../../domain/plans/types";
import { newId } from "../../../lib/id";
import { CriterionEditor } from "./CriterionEditor";
import { useLinkableItems } from "../queries";
import { LinksField } from "./LinksField";
import type { Removed } from "./RemovedNotice";
import { putBack, withTargetTasks, withTask } from "../../../domain/plans/edit";

interface Props {
  plan: SchoolPlan;
  yearIndex: number;
  evidence: Evidence | undefined;
  update: (change: (p: SchoolPlan) => SchoolPlan) => void;
  removed: Removed;
}

/** One year's Annual School Plan: under each concern and target, the strategies/tasks table as cards. */
export function AspSection({
  plan,
  yearIndex,
  evidence,
  update,
  removed,
}: Props) {
  const { t } = useTranslation("plans");
  const linkable = useLinkableItems();
  const setTask = (taskId: string, change: (task: Task) => Task) =>
    update((p) => withTask(p, taskId, change));
  const setTargetTasks = (
    targetId: string,
    change: (tasks: Task[]) => Task[],
  ) => update((p) => withTargetTasks(p, targetId, change));

  if (plan.concerns.length === 0)
    return <Typography color="text.secondary">{t("noConcerns")}</Typography>;
  return (
    <Stack spacing={2}>
      {plan.concerns.map((concern, ci) => (
        <Box
          key={concern.id}
          component="section"
          aria-label={`${t("concernN", { n: ci + 1 })}: ${concern.title}`}
        >
          <Typography variant="h2" gutterBottom>
            {t("concernN", { n: ci + 1 })}: {concern.title}
          </Typography>
          {concern.targets.map((target, ti) => (
            <Box key={target.id} sx={{ mb: 2 }}>
              <Typography variant="h3" gutterBottom>
                {t("targetN", { n: ti + 1 })}: {target.text}
              </Typography>
              {target.tasks
                .filter((k) => k.yearIndex === yearIndex)
                .map((task) => (
                  <Paper
                    key={task.id}
                    variant="outlined"
                    sx={{ p: 2, mb: 1.5 }}
                  >
                    <Box sx={{ display: "flex", gap: 1 }}>
                      <TextInput
                        multiline
                        label={t("fields.task")}
                        value={task.text}
                        onChange={(text) =>
                          setTask(task.id, (k) => ({ ...k, text }))
                        }
                      />
                      <IconButton
                        aria-label={t("removeTask")}
                        onClick={() => {
                          const at = target.tasks.indexOf(task);
                          setTargetTasks(target.id, (all) =>
                            all.filter((k) => k.id !== task.id),
                          );
                          removed(t("removed.task"), (p) =>
                            withTargetTasks(p, target.id, (all) =>
                              putBack(all, at, task),
                            ),
                          );
                        }}
                      >
                        <DeleteOutlined />
                      </IconButton>
                    </Box>
                    <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
                      {t("fields.successCriteria")}
                    </Typography>
                    <Stack spacing={1.5}>
                      {task.criteria.map((criterion, at) => (
                        <CriterionEditor
                          key={criterion.id}
                          criterion={criterion}
                          n={at + 1}
                          evidence={evidence}
                          onChange={(next) =>
                            setTask(task.id, (k) => ({
                              ...k,
                              criteria: k.criteria.map((c) =>
                                c.id === next.id ? next : c,
                              ),
                            }))
                          }
                          onRemove={() => {
                            setTask(task.id, (k) => ({
                              ...k,
                              criteria: k.criteria.filter(
                                (c) => c.id !== criterion.id,
                              ),
                            }));
                            removed(
                              t("removed.criterion", { n: at + 1 }),
                              (p) =>
                                withTask(p, task.id, (k) => ({
                                  ...k,
                                  criteria: putBack(k.criteria, at, criterion),
                                })),
                            );
                          }}
                        />
                      ))}
                    </Stack>
                    <Button
                      size="small"
                      startIcon={<AddOutlined />}
                      onClick={() =>
                        setTask(task.id, (k) => ({
                          ...k,
                          criteria: [
                            ...k.criteria,
                            { id: newId(), text: "", measure: null },
                          ],
                        }))
                      }
                    >
                      {t("addCriterion")}
                    </Button>
                    <Box sx={{ maxWidth: 420, mt: 1 }}>
                      <SelectInput
                        label={t("addMeasured")}
                        value=""
                        emptyLabel="—"
                        options={MEASURE_PRESETS.map(
                          (m, index) =>
                            [String(index), measureText(m, t)] as const,
                        )}
                        onChange={(v) => {
                          const measure = MEASURE_PRESETS[Number(v)];
                          if (!measure) return;
                          setTask(task.id, (k) => ({
                            ...k,
                            criteria: [
                              ...k.criteria,
                              { id: newId(), text: "", measure },
                            ],
                          }));
                        }}
                      />
                    </Box>
                    <Box
                      sx={{
                        display: "grid",
                        gap: 1.5,
                        mt: 1.5,
                        gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" },
                      }}
                    >
                      <TextInput
                        label={t("fields.timeScaleAsp")}
                        value={task.timeScale}
                        onChange={(timeScale) =>
                          setTask(task.id, (k) => ({ ...k, timeScale }))
                        }
                      />
                      <TextInput
                        label={t("fields.evaluationMethods")}
                        value={task.evaluationMethods}
                        onChange={(evaluationMethods) =>
                          setTask(task.id, (k) => ({ ...k, evaluationMethods }))
                        }
                      />
                      <TextInput
                        label={t("fields.responsible")}
                        value={task.responsible}
                        onChange={(responsible) =>
                          setTask(task.id, (k) => ({ ...k, responsible }))
                        }
                      />
                      <TextInput
                        label={t("fields.resources")}
                        value={task.resources}
                        onChange={(resources) =>
                          setTask(task.id, (k) => ({ ...k, resources }))
                        }
                      />
                    </Box>
                    {linkable && (
                      <Box sx={{ mt: 1.5 }}>
                        <LinksField
                          items={linkable}
                          value={task.links}
                          onChange={(links) =>
                            setTask(task.id, (k) => ({ ...k, links }))
                          }
                        />
                      </Box>
                    )}
                  </Paper>
                ))}
              <Button
                startIcon={<AddOutlined />}
                onClick={() =>
                  setTargetTasks(target.id, (all) => [
                    ...all,
                    {
                      id: newId(),
                      yearIndex,
                      text: "",
                      timeScale: "",
                      criteria: [],
                      evaluationMethods: "",
                      responsible: "",
                      resources: "",
                      links: [],
                    },
                  ])
                }
              >
                {t("addTask")}
              </Button>
            </Box>
          ))}
        </Box>
      ))}
    </Stack>
  );
}
