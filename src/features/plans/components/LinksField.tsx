import Autocomplete from "@mui/material/Autocomplete";
import Chip, { type ChipProps } from "@mui/material/Chip";
import TextField from "@mui/material/TextField";
import { useTranslation } from "react-i18next";
import type { FrameworkItemRecord } from "../../../domain/framework/types";
import { useLocale } from "../../../lib/useLocale";

interface Props {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Blueprint strategies and AI Literacy learning focuses stored on the device: the only things a plan links to. */
  items: FrameworkItemRecord[];
}

/** Links a target or task to framework items, chosen by code or words. */
export function LinksField({ value, onChange, items }: Props) {
  const { t } = useTranslation("plans");
  const locale = useLocale();
  const byId = new Map(items.map((i) => [i.id, i]));
  return (
    <Autocomplete
      multiple
      options={items.map((i) => i.id)}
      value={value.filter((id) => byId.has(id))}
      onChange={(_, ids) => onChange(ids)}
      getOptionLabel={(id) => {
        const item = byId.get(id);
        return item ? `${item.code} ${item.title[locale]}` : id;
      }}
      renderValue={(ids, getItemProps) =>
        ids.map((id, index) => {
          const { key, ...chip } = getItemProps({ index });
          return (
            <ChipLabel key={key} code={byId.get(id)?.code ?? id} {...chip} />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t("fields.links")}
          placeholder={t("linksHint")}
        />
      )}
    />
  );
}

function ChipLabel({ code, ...props }: ChipProps & { code: string }) {
  return <Chip size="small" label={code} {...props} />;
}
