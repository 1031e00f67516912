import { useEffect, useMemo, useState } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/db";
import { ensureDerivedOnce } from "../../db/derived";
import { orderFrameworks } from "../../domain/framework/tree";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../../domain/framework/types";
import { rowsFromSummaries } from "../../domain/lessons/mapping";
import type { CoverageRow, LessonSummary } from "../../domain/lessons/types";
import type {
  LessonTemplate,
  TemplateFile,
} from "../../domain/lessons/templates";

// Summaries and coverage rows written by an older version are rebuilt once, in the background.
void ensureDerivedOnce(db);

export interface CoverageData {
  frameworks: FrameworkRecord[];
  items: FrameworkItemRecord[];
  rows: CoverageRow[];
  summaries: LessonSummary[];
}

/**
 * Everything the coverage view counts: the lesson summaries of a school year (through their
 * index), the coverage rows made from them in memory, and the frameworks. Lesson bodies and the
 * stored rows (four times as many records) are not read.
 */
export function useCoverageData(
  schoolYear: string | undefined,
): CoverageData | undefined {
  return useLiveQuery(async () => {
    const [frameworks, items, summaries] = await Promise.all([
      db.frameworks.toArray(),
      db.frameworkItems.toArray(),
      schoolYear
        ? db.lessonSummaries.where("schoolYear").equals(schoolYear).toArray()
        : db.lessonSummaries.toArray(),
    ]);
    return {
      frameworks: orderFrameworks(frameworks),
      items: items.sort((a, b) => a.position - b.position),
      rows: rowsFromSummaries(summaries),
      summaries,
    };
  }, [schoolYear]);
}

/** School years that have lessons, newest first, for the year filter. */
export function useSchoolYears(): string[] | undefined {
  return useLiveQuery(async () => {
    const years = (await db.lessonSummaries
      .orderBy("schoolYear")
      .uniqueKeys()) as string[];
    return years.reverse();
  }, []);
}

/** The lessons behind a number, by id, in date order. */
export function useLessonSummaries(
  ids: readonly string[],
): LessonSummary[] | undefined {
  const key = ids.join(",");
  const found = useLiveQuery(() => db.lessonSummaries.bulkGet([...ids]), [key]);
  return useMemo(
    () =>
      found
        ?.filter((s): s is LessonSummary => !!s)
        .sort(
          (a, b) =>
            (a.date ?? "9999").localeCompare(b.date ?? "9999") ||
            a.title.localeCompare(b.title),
        ),
    [found],
  );
}

export const sharingKey = (schoolYear: string) =>
  `sharingSessions:${schoolYear}`;

/** Sharing sessions (a grant condition) are not lessons: the school enters the number. */
export function useSharingSessions(schoolYear: string): number | undefined {
  return useLiveQuery(async () => {
    const record = await db.settings.get(sharingKey(schoolYear));
    return typeof record?.value === "number" ? record.value : 0;
  }, [schoolYear]);
}

/** Our lesson templates, to suggest for gaps; fetched after the map is on screen (they are large). */
export function useTemplates(when: boolean): LessonTemplate[] {
  const [templates, setTemplates] = useState<LessonTemplate[]>([]);
  useEffect(() => {
    if (!when) return;
    let live = true;
    void import("../../domain/lessons/templates.json").then((m) => {
      if (live) setTemplates((m.default as TemplateFile).templates);
    });
    return () => {
      live = false;
    };
  }, [when]);
  return templates;
}

export interface ShareSource {
  teacher: string;
  lessons: number;
  lastReceivedAt: string;
}

/** Whose share files the lessons on this device came from, for the head to see what is in. */
export function useShareSources(): ShareSource[] | undefined {
  return useLiveQuery(async () => {
    const bySource = new Map<string, ShareSource>();
    await db.shareReceipts.each((r) => {
      const s = bySource.get(r.from) ?? {
        teacher: r.from,
        lessons: 0,
        lastReceivedAt: r.receivedAt,
      };
      s.lessons++;
      if (r.receivedAt > s.lastReceivedAt) s.lastReceivedAt = r.receivedAt;
      bySource.set(r.from, s);
    });
    return [...bySource.values()].sort((a, b) =>
      a.teacher.localeCompare(b.teacher),
    );
  }, []);
}
