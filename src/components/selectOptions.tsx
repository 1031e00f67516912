/** A native select's choices as [value, label]; "" means none. */
export type SelectOptions = readonly (readonly [string, string])[];

/** The <option>s of a native select, with an empty choice first when it has a label. */
export function OptionList({
  options,
  emptyLabel,
}: {
  options: SelectOptions;
  emptyLabel?: string;
}) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </>
  );
}
