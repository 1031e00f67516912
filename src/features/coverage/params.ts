import type { CoverageStatus, Dimension } from "../../domain/coverage/coverage";
import { DIMENSIONS } from "../../domain/coverage/coverage";
import type { LessonFilter } from "../../domain/lessons/filter";
import { schoolYearOf, todayIso } from "../../domain/lessons/lesson";
import { LEVELS } from "../../domain/levels";

export const AI_LITERACY_ID = "hk-edb-ai-literacy-framework";

export interface CoverageView {
  frameworkId: string;
  dimension: Dimension;
  status: CoverageStatus;
  filter: LessonFilter & { schoolYear: string };
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
      level: LEVELS.find((l) => l === get("level")),
      className: get("class"),
      author: get("teacher"),
    },
  };
}
