import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { useDeviceText } from "./useDeviceText";
import type { Sender } from "../../../domain/share/receipt";
import type {
  ConsentAsk,
  MergeStep,
  Origin,
} from "../../../domain/share/merge";

/** Lesson titles shown for each group before "and 3 more". */
const SHOWN = 3;

/**
 * The files that would change lessons that came from elsewhere (another teacher's files, another
 * device, or this device), one sender at a time, each held back until the head allows it. A
 * share file cannot prove who made it, so this is the head's call, never the file's.
 */
export function OtherSources({
  asks,
  files,
  self,
  allowed,
  onAllow,
  codeOf,
}: {
  /** How each device is shown (see codesFor): the same in the whole dialog. */
  codeOf: (id: string) => string;
  asks: readonly ConsentAsk[];
  /** The names of each sender's files (by senderKey). */
  files: ReadonlyMap<string, readonly string[]>;
  /** This device's identity. */
  self: string;
  allowed: ReadonlySet<string>;
  onAllow: (key: string, allow: boolean) => void;
}) {
  const { t } = useTranslation("coverage");
  const deviceText = useDeviceText(self, codeOf);
  const nameOf = (teacher: string) => teacher || t("import.others.noName");
  const titles = (steps: readonly MergeStep[]) => {
    const shown = steps
      .slice(0, SHOWN)
      .map((s) =>
        t("import.others.title", {
          title: "local" in s ? s.local.title : s.lesson.title,
        }),
      )
      .join(t("separator"));
    return steps.length > SHOWN
      ? t("import.others.more", { list: shown, count: steps.length - SHOWN })
      : shown;
  };
  const sentence = (sender: Sender, origin: Origin, steps: MergeStep[]) => {
    const common = {
      sender: nameOf(sender.teacher),
      count: steps.length,
      titles: titles(steps),
    };
    if (origin.kind === "here") return t("import.others.here", common);
    const teacher = nameOf(origin.teacher);
    return origin.device
      ? t("import.others.device", {
          ...common,
          teacher,
          code: codeOf(origin.device),
        })
      : t("import.others.legacy", { ...common, teacher });
  };

  return (
    <Box component="section" aria-labelledby="import-others" sx={{ mb: 2 }}>
      <Typography variant="h3" component="h2" id="import-others">
        {t("import.others.heading", { count: asks.length })}
      </Typography>
      <Alert severity="warning" sx={{ my: 1 }}>
        {t("import.others.help")}
      </Alert>
      {asks.map((ask, n) => (
        <Box
          key={ask.key}
          component="article"
          aria-labelledby={`others-${n}`}
          sx={{
            border: 1,
            borderColor: "warning.main",
            borderRadius: 1,
            p: 1.5,
            mb: 1,
          }}
        >
          <Typography
            id={`others-${n}`}
            sx={{ fontWeight: 600, overflowWrap: "anywhere" }}
          >
            {t("import.others.sender", {
              teacher: nameOf(ask.sender.teacher),
              files: (files.get(ask.key) ?? []).join(t("separator")),
            })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {deviceText(ask.sender.device)}
          </Typography>
          <Box component="ul" sx={{ my: 1, pl: 3 }}>
            {ask.byOrigin.map(({ origin, steps }, i) => (
              <Typography
                component="li"
                key={i}
                sx={{ overflowWrap: "anywhere" }}
              >
                {sentence(ask.sender, origin, steps)}
              </Typography>
            ))}
          </Box>
          <FormControlLabel
            sx={{ minHeight: 48 }}
            control={
              <Checkbox
                sx={{ p: 1.25 }}
                checked={allowed.has(ask.key)}
                onChange={(e) => onAllow(ask.key, e.target.checked)}
              />
            }
            label={t("import.others.allow", {
              teacher: nameOf(ask.sender.teacher),
              count: ask.count,
            })}
          />
        </Box>
      ))}
    </Box>
  );
}
