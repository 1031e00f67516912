// The stored school plan (its type, schema and defaults) is defined in ./record.ts; re-exported
// here for the modules that read it.
export type {
  Achievement,
  Criterion,
  MajorConcern,
  Measure,
  PlanGrant,
  SchoolPlan,
  Target,
  TargetReport,
  Task,
} from "./record";
