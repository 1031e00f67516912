import { styled } from "@mui/material/styles";
import { OptionList, type SelectOptions } from "./selectOptions";
import { memo, useId } from "react";

const Field = styled("div")({
  display: "flex",
  flexDirection: "column",
  gap: 4,
  minWidth: 0,
});

const Label = styled("label")(({ theme }) => ({
  ...theme.typography.body2,
  color: (theme.vars ?? theme).palette.text.secondary,
  overflow: "hidden",
  textOverflow: "ellipsis",
  whiteSpace: "nowrap",
}));

const Select = styled("select")(({ theme }) => ({
  ...theme.typography.body1,
  width: "100%",
  minHeight: 48,
  padding: theme.spacing(0, 1),
  color: (theme.vars ?? theme).palette.text.primary,
  backgroundColor: (theme.vars ?? theme).palette.background.paper,
  border: `1px solid ${(theme.vars ?? theme).palette.grey[400]}`,
  borderRadius: theme.shape.borderRadius,
  cursor: "pointer",
  "&:hover": { borderColor: (theme.vars ?? theme).palette.text.primary },
  "&:focus-visible": {
    outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`,
    outlineOffset: 0,
    borderColor: (theme.vars ?? theme).palette.primary.main,
  },
}));

/**
 * A filter in a filter bar: the tablet's own picker under a visible label. Much lighter than a
 * form's SelectInput (a bar holds eight or nine, re-rendered on every choice), and re-rendered
 * only when its own value or options change. Options are [value, label]; "" is "all".
 */
export const FilterSelect = memo(function FilterSelect({
  label,
  value,
  options,
  emptyLabel,
  name,
  onChange,
}: {
  label: string;
  value: string;
  options: SelectOptions;
  emptyLabel?: string;
  /** Passed back with the value, so one stable handler can serve a whole bar. */
  name: string;
  onChange: (name: string, value: string) => void;
}) {
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        value={value}
        onChange={(e) => onChange(name, e.target.value)}
      >
        <OptionList options={options} emptyLabel={emptyLabel} />
      </Select>
    </Field>
  );
});
