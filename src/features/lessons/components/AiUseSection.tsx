import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormGroup from "@mui/material/FormGroup";
import IconButton from "@mui/material/IconButton";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import AddOutlined from "@mui/icons-material/AddOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import {
  AI_USERS,
  LESSON_FLAGS,
  THINKING_EVIDENCE,
  type AiUse,
  type AiUser,
  type Lesson,
} from "../../../domain/lessons/types";
import { newId } from "../../../lib/id";
import { SelectInput, TextInput } from "../../../components/fields";
import { Section } from "./Section";
import { memoOnFields } from "./memoOnFields";

interface Props {
  lesson: Lesson;
  update: (change: (l: Lesson) => Lesson) => void;
}

/** Supplement II: which AI tools the lesson uses and how, and how students' own thinking is evidenced. */
function AiUseSectionFields({ lesson, update }: Props) {
  const { t } = useTranslation("lessons");
  const setUses = (change: (u: AiUse[]) => AiUse[]) =>
    update((l) => ({ ...l, aiUses: change(l.aiUses) }));
  const setOne = (id: string, patch: Partial<AiUse>) =>
    setUses((all) => all.map((u) => (u.id === id ? { ...u, ...patch } : u)));

  return (
    <Section id="ai-use" title={t("lessons.sections.aiUse")}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t("lessons.ai.intro")}
      </Typography>
      {lesson.aiUses.map((u, i) => (
        <Paper
          key={u.id}
          variant="outlined"
          component="section"
          aria-label={t("lessons.ai.toolN", { n: i + 1 })}
          sx={{ p: 2, mb: 2 }}
        >
          <Box sx={{ display: "flex", alignItems: "center", mb: 1.5 }}>
            <Typography variant="h3" sx={{ flex: 1 }}>
              {t("lessons.ai.toolN", { n: i + 1 })}
            </Typography>
            <IconButton
              aria-label={t("lessons.ai.remove", { n: i + 1 })}
              onClick={() => setUses((all) => all.filter((x) => x.id !== u.id))}
            >
              <DeleteOutlined />
            </IconButton>
          </Box>
          <Box
            sx={{
              display: "grid",
              gap: 2,
              gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" },
            }}
          >
            <TextInput
              label={t("lessons.ai.tool")}
              value={u.tool}
              onChange={(tool) => setOne(u.id, { tool })}
            />
            <SelectInput
              label={t("lessons.ai.usedBy")}
              value={u.usedBy}
              options={AI_USERS.map(
                (x) => [x, t(`lessons.ai.users.${x}`)] as const,
              )}
              onChange={(usedBy) => setOne(u.id, { usedBy: usedBy as AiUser })}
            />
            <TextInput
              label={t("lessons.ai.purpose")}
              value={u.purpose}
              onChange={(purpose) => setOne(u.id, { purpose })}
            />
            <TextInput
              label={t("lessons.ai.outputCheck")}
              value={u.outputCheck}
              onChange={(outputCheck) => setOne(u.id, { outputCheck })}
            />
          </Box>
          <FormGroup row sx={{ mt: 1 }}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={u.ageAndTermsChecked}
                  onChange={(e) =>
                    setOne(u.id, { ageAndTermsChecked: e.target.checked })
                  }
                />
              }
              label={t("lessons.ai.ageAndTermsChecked")}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={u.noPersonalData}
                  onChange={(e) =>
                    setOne(u.id, { noPersonalData: e.target.checked })
                  }
                />
              }
              label={t("lessons.ai.noPersonalData")}
            />
          </FormGroup>
        </Paper>
      ))}
      <Button
        startIcon={<AddOutlined />}
        onClick={() =>
          setUses((all) => [
            ...all,
            {
              id: newId(),
              tool: "",
              usedBy: "teacher",
              purpose: "",
              ageAndTermsChecked: false,
              noPersonalData: false,
              outputCheck: "",
            },
          ])
        }
      >
        {t("lessons.ai.add")}
      </Button>

      <Typography variant="h3" sx={{ mt: 3, mb: 1 }} id="thinking-heading">
        {t("lessons.ai.thinkingEvidence")}
      </Typography>
      <FormGroup row aria-labelledby="thinking-heading">
        {THINKING_EVIDENCE.map((e) => (
          <FormControlLabel
            key={e}
            label={t(`lessons.ai.evidence.${e}`)}
            control={
              <Checkbox
                checked={lesson.thinkingEvidence.includes(e)}
                onChange={(ev) =>
                  update((l) => ({
                    ...l,
                    thinkingEvidence: ev.target.checked
                      ? [...l.thinkingEvidence, e]
                      : l.thinkingEvidence.filter((x) => x !== e),
                  }))
                }
              />
            }
          />
        ))}
      </FormGroup>
      <TextInput
        multiline
        minRows={2}
        sx={{ mt: 1 }}
        label={t("lessons.ai.thinkingNote")}
        value={lesson.thinkingEvidenceNote}
        onChange={(thinkingEvidenceNote) =>
          update((l) => ({ ...l, thinkingEvidenceNote }))
        }
      />

      <Typography variant="h3" sx={{ mt: 3, mb: 1 }} id="flags-heading">
        {t("lessons.flags.title")}
      </Typography>
      <FormGroup row aria-labelledby="flags-heading">
        {LESSON_FLAGS.map((f) => (
          <FormControlLabel
            key={f}
            label={t(`lessons.flags.${f}`)}
            control={
              <Checkbox
                checked={lesson.flags[f]}
                onChange={(e) =>
                  update((l) => ({
                    ...l,
                    flags: { ...l.flags, [f]: e.target.checked },
                  }))
                }
              />
            }
          />
        ))}
      </FormGroup>
    </Section>
  );
}

export const AiUseSection = memoOnFields(AiUseSectionFields, [
  "aiUses",
  "thinkingEvidence",
  "thinkingEvidenceNote",
  "flags",
]);
