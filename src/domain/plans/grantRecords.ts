import type { GrantReport, GrantYearPlan, SchoolPlan } from "./record";

// Reading and editing the grant's records kept in a plan (a year's grant plan, a grant report),
// which are made when the school first writes in them.

/** The grant plan for one of the plan's years, empty until written. */
export function yearPlanOf(plan: SchoolPlan, yearIndex: number): GrantYearPlan {
  return (
    plan.grant.years.find((y) => y.yearIndex === yearIndex) ?? {
      yearIndex,
      arrangements: "",
      budget: null,
    }
  );
}

export function withYearPlan(
  plan: SchoolPlan,
  yearIndex: number,
  change: Partial<Omit<GrantYearPlan, "yearIndex">>,
): SchoolPlan {
  const next = { ...yearPlanOf(plan, yearIndex), ...change };
  return {
    ...plan,
    grant: {
      ...plan.grant,
      years: [
        ...plan.grant.years.filter((y) => y.yearIndex !== yearIndex),
        next,
      ].sort((a, b) => a.yearIndex - b.yearIndex),
    },
  };
}

/** The interim or final grant report, empty until written. */
export function reportOf(
  plan: SchoolPlan,
  due: GrantReport["due"],
): GrantReport {
  return (
    plan.grant.reports.find((r) => r.due === due) ?? {
      due,
      expenditure: null,
      evaluation: "",
      approvedOn: "",
      publishedOn: "",
    }
  );
}

export function withReport(
  plan: SchoolPlan,
  due: GrantReport["due"],
  change: Partial<Omit<GrantReport, "due">>,
): SchoolPlan {
  const next = { ...reportOf(plan, due), ...change };
  return {
    ...plan,
    grant: {
      ...plan.grant,
      reports: [...plan.grant.reports.filter((r) => r.due !== due), next].sort(
        (a, b) => a.due.localeCompare(b.due),
      ),
    },
  };
}
