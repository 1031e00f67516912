import TextField from "@mui/material/TextField";
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
  options: readonly (readonly [string, string])[];
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
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </TextField>
  );
}
