import { lazy, Suspense, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import AddLinkOutlined from "@mui/icons-material/AddLinkOutlined";
import CloseOutlined from "@mui/icons-material/CloseOutlined";
import WarningAmberOutlined from "@mui/icons-material/WarningAmberOutlined";
import { useTranslation } from "react-i18next";
import type { Level } from "../../../domain/levels";
import {
  isOutsideKeyStage,
  withoutMapping,
} from "../../../domain/lessons/mapping";
import {
  EMPHASES,
  type Emphasis,
  type Mapping,
} from "../../../domain/lessons/types";
import { formatLevelRange } from "../../../domain/levels";
import { useLocale } from "../../../lib/useLocale";
import type { PickerData } from "../queries";
import { SelectInput } from "../../../components/fields";

const MappingPicker = lazy(() => import("./MappingPicker"));

interface Props {
  mappings: Mapping[];
  onChange: (mappings: Mapping[]) => void;
  level: Level | null;
  data: PickerData;
  /** Names the list for screen readers: "Framework items for this lesson" / "for activity 2". */
  label: string;
}

/** The framework items a lesson or activity is mapped to, each with its emphasis; and the way to add more. */
export function MappingChips({
  mappings,
  onChange,
  level,
  data,
  label,
}: Props) {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const [picking, setPicking] = useState(false);

  return (
    <Box>
      {mappings.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t("lessons.mapping.none")}
        </Typography>
      ) : (
        <Stack
          component="ul"
          aria-label={label}
          spacing={1}
          sx={{ listStyle: "none", p: 0, m: 0, mb: 1.5 }}
        >
          {mappings.map((m) => {
            const item = data.byId.get(m.itemId);
            const outside = item ? isOutsideKeyStage(item, level) : false;
            return (
              <Box
                component="li"
                key={m.itemId}
                sx={{
                  display: "grid",
                  gridTemplateColumns: { xs: "1fr auto", sm: "1fr 180px auto" },
                  gap: 1,
                  alignItems: "center",
                  p: 1,
                  border: 1,
                  borderColor: outside ? "warning.main" : "divider",
                  borderRadius: 2,
                }}
              >
                <Box sx={{ minWidth: 0 }}>
                  <Typography
                    component="span"
                    sx={{ fontWeight: 700, color: "primary.main", mr: 1 }}
                  >
                    {item?.code ?? "?"}
                  </Typography>
                  <Typography component="span" lang={locale}>
                    {item
                      ? item.title[locale]
                      : t("lessons.mapping.missingItem")}
                  </Typography>
                  {outside && item && (
                    <Tooltip
                      title={t("lessons.mapping.outsideStage", {
                        levels: formatLevelRange(item.educationLevel),
                      })}
                    >
                      <Typography
                        component="p"
                        variant="caption"
                        color="warning.main"
                        sx={{ display: "flex", gap: 0.5 }}
                      >
                        <WarningAmberOutlined
                          fontSize="inherit"
                          sx={{ mt: "3px" }}
                        />
                        {t("lessons.mapping.outsideStage", {
                          levels: formatLevelRange(item.educationLevel),
                        })}
                      </Typography>
                    </Tooltip>
                  )}
                </Box>
                <Box sx={{ gridRow: { xs: 2, sm: "auto" } }}>
                  <SelectInput
                    label={t("lessons.mapping.emphasis")}
                    value={m.emphasis}
                    options={EMPHASES.map(
                      (e) => [e, t(`lessons.emphasis.${e}`)] as const,
                    )}
                    onChange={(e) =>
                      onChange(
                        mappings.map((x) =>
                          x.itemId === m.itemId
                            ? { ...x, emphasis: e as Emphasis }
                            : x,
                        ),
                      )
                    }
                  />
                </Box>
                <IconButton
                  aria-label={t("lessons.mapping.remove", {
                    code: item?.code ?? "",
                  })}
                  onClick={() => onChange(withoutMapping(mappings, m.itemId))}
                >
                  <CloseOutlined />
                </IconButton>
              </Box>
            );
          })}
        </Stack>
      )}
      <Button
        variant="outlined"
        startIcon={<AddLinkOutlined />}
        onClick={() => setPicking(true)}
      >
        {t("lessons.mapping.add")}
      </Button>
      {picking && (
        <Suspense fallback={null}>
          <MappingPicker
            open
            data={data}
            level={level}
            selected={mappings}
            onClose={() => setPicking(false)}
            onChange={onChange}
          />
        </Suspense>
      )}
    </Box>
  );
}
