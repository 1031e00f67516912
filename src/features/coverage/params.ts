import type {
  CoverageFilter,
  CoverageStatus,
  Dimension,
} from "../../domain/coverage/coverage";
import { DIMENSIONS } from "../../domain/coverage/coverage";
import { schoolYearOf, todayIso } from "../../domain/lessons/lesson";

export const AI_LITERACY_ID = "hk-edb-ai-literacy-framework";

export interface CoverageView {
  frameworkId: string;
  dimension: Dimension;
  status: CoverageStatus;
  filter: CoverageFilter & { schoolYear: string };
}

/** The view lives in the URL, so a head can bookmark it or send it to a colleague. */
export function viewFrom(params: URLSearchParams): CoverageView {
  const get = (k: string) => params.get(k) || undefined;
  const dimension = get("by");
  const status = get("status");
  return {
    frameworkId: get("framework") ?? AI_LITERACY_ID,
    dimension: DIMENSIONS.find((d) => d === dimension) ?? "keyStage",
    status: status === "taught" || status === "assessed" ? status : "planned",
    filter: {
      schoolYear: get("year") ?? schoolYearOf(todayIso()),
      term: get("term") ? Number(get("term")) : undefined,
      subject: get("subject"),
      level: get("level"),
      className: get("class"),
      author: get("teacher"),
    },
  };
}
