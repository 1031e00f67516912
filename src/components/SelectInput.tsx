import TextField from "@mui/material/TextField";
import { OptionList, type SelectOptions } from "./selectOptions";
import type { ReactNode } from "react";

/** A native select (the tablet's own picker): options as [value, label]. "" means none. */
export function SelectInput({
  label,
  value,
  options,
  onChange,
  emptyLabel,
  error,
  helperText,
}: {
  label: string;
  value: string;
  options: SelectOptions;
  onChange: (value: string) => void;
  emptyLabel?: string;
  error?: boolean;
  helperText?: ReactNode;
}) {
  return (
    <TextField
      select
      fullWidth
      label={label}
      value={value}
      error={error}
      helperText={helperText}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <OptionList options={options} emptyLabel={emptyLabel} />
    </TextField>
  );
}
