import { useId } from "react";
import FormControl from "@mui/material/FormControl";
import InputAdornment from "@mui/material/InputAdornment";
import InputLabel from "@mui/material/InputLabel";
import OutlinedInput from "@mui/material/OutlinedInput";
import Search from "@mui/icons-material/Search";

interface Props {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A labelled search box. Built from the input parts rather than TextField, which would also
 * bring Select, Menu and Modal into the page's download.
 */
export function SearchField({ label, placeholder, value, onChange }: Props) {
  const id = useId();
  return (
    <FormControl fullWidth variant="outlined" sx={{ mb: 2 }}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        type="search"
        label={label}
        notched
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        startAdornment={
          <InputAdornment position="start">
            <Search />
          </InputAdornment>
        }
        inputProps={{ enterKeyHint: "search", autoComplete: "off" }}
      />
    </FormControl>
  );
}
