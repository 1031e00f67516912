import TextField, { type TextFieldProps } from "@mui/material/TextField";
import type { ReactNode } from "react";
export { SelectInput } from "./SelectInput";

/** A text field bound to one string, full width, multiline when asked. */
export function TextInput({
  value,
  onChange,
  ...props
}: Omit<TextFieldProps, "value" | "onChange"> & {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      fullWidth
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...props}
    />
  );
}

/**
 * A list edited as lines of text ("I can…" objectives, misconceptions): quick to type on a tablet's
 * keyboard, one item per line. Blank lines are dropped when read.
 */
export function LinesInput({
  value,
  onChange,
  label,
  helperText,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  label: string;
  helperText?: string;
}) {
  return (
    <TextField
      fullWidth
      multiline
      minRows={2}
      label={label}
      helperText={helperText}
      value={value.join("\n")}
      onChange={(e) => onChange(e.target.value.split("\n"))}
      onBlur={() => onChange(value.map((v) => v.trim()).filter(Boolean))}
    />
  );
}

/** Whole minutes or periods; empty means not set. */
export function NumberInput({
  label,
  value,
  onChange,
  min = 0,
  max,
  error,
  helperText,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  error?: boolean;
  helperText?: ReactNode;
}) {
  return (
    <TextField
      fullWidth
      type="number"
      label={label}
      value={value ?? ""}
      error={error}
      helperText={helperText}
      onChange={(e) => {
        const n = Number.parseInt(e.target.value, 10);
        onChange(
          Number.isNaN(n)
            ? null
            : Math.max(min, max === undefined ? n : Math.min(max, n)),
        );
      }}
      slotProps={{
        htmlInput: { min, max, inputMode: "numeric" },
        inputLabel: { shrink: true },
      }}
    />
  );
}
