// Schema version 7: a school plan keeps the 「智」啟學教 grant's records (`grant`: its sharing
// sessions, each year's grant plan and the interim and final reports), and each measured criterion says which lesson status it counts from
// (`reached`) and, for flagged lessons, across how many subjects (`subjects`). Plans written
// before counted lessons taught (thinking evidence: planned) in any subject, so that is what
// they get. Frozen: a shipped migration never changes and imports no live code.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const each = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter(isObject) : [];

function measureV7(measure: Json): Json {
  if (measure.kind === "sharingSessions") return measure;
  const out: Json = {
    ...measure,
    reached:
      measure.reached ??
      (measure.kind === "thinkingEvidenceShare" ? "planned" : "taught"),
  };
  if (measure.kind === "flaggedLessons") out.subjects = measure.subjects ?? 0;
  return out;
}

/** A plan as version 7 stores it (anything not a plan is returned as it is). */
export function planV7(plan: unknown): unknown {
  if (!isObject(plan) || !Array.isArray(plan.concerns)) return plan;
  return {
    ...plan,
    concerns: each(plan.concerns).map((c) => ({
      ...c,
      targets: each(c.targets).map((t) => ({
        ...t,
        tasks: each(t.tasks).map((k) => ({
          ...k,
          criteria: each(k.criteria).map((cr) => ({
            ...cr,
            measure: isObject(cr.measure) ? measureV7(cr.measure) : null,
          })),
        })),
      })),
    })),
    grant: isObject(plan.grant)
      ? plan.grant
      : { sessions: [], years: [], reports: [] },
  };
}

/** A journal record (unsaved edits) as version 7 keeps it: a plan's drafts reshaped. */
export function journalV7(record: Json): Json {
  if (record.kind !== "plan") return record;
  const out: Json = { ...record, record: planV7(record.record) };
  if (isObject(record.base)) out.base = planV7(record.base);
  if (isObject(record.saving))
    out.saving = {
      record: planV7(record.saving.record),
      base: planV7(record.saving.base),
    };
  return out;
}
