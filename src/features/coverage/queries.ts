import { useEffect, useMemo, useState } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { useServices } from "../../services/ServicesProvider";
import { useEnsureIndex } from "../../services/useIndexState";
import { orderFrameworks } from "../../domain/framework/tree";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../../domain/framework/types";
import type { LessonIndex } from "../../domain/lessons/lessonIndex";
import type { LessonSummary } from "../../domain/lessons/types";
import { readFrameworks } from "../../db/frameworkItems";
import { readSetting } from "../../db/settings";
import { sharingSessions } from "../../domain/settings";
import { readLessonIndex, summariesOf } from "../../db/lessonRecords";
import type {
  LessonTemplate,
  TemplateFile,
} from "../../domain/lessons/templates";

export { useIndexState } from "../../services/useIndexState";

export interface CoverageData {
  frameworks: FrameworkRecord[];
  items: FrameworkItemRecord[];
  /** The school year's lessons (see domain/lessons/lessonIndex). */
  lessons: LessonIndex;
  /** School years that have lessons, newest first, for the year filter. */
  schoolYears: string[];
}

/**
 * Everything the coverage view counts: the lesson index (a few records holding every lesson's
 * summary as columns) narrowed to the school year, and the frameworks. Lesson bodies are not
 * read.
 */
export function useCoverageData(
  schoolYear: string | undefined,
): CoverageData | undefined {
  const { db, caches } = useServices();
  useEnsureIndex();
  return useLiveQuery(async () => {
    const [{ frameworks, items }, all] = await Promise.all([
      readFrameworks(db, caches.frameworks),
      readLessonIndex(db, caches.lessonIndex),
    ]);
    return {
      frameworks: orderFrameworks(frameworks),
      items: items.sort((a, b) => a.position - b.position),
      lessons: schoolYear ? all.year(schoolYear) : all,
      schoolYears: [...all.facets().schoolYears].reverse(),
    };
  }, [db, schoolYear]);
}

/** The lessons behind a number, by id, in date order. */
export function useLessonSummaries(
  ids: readonly string[],
): LessonSummary[] | undefined {
  const { db } = useServices();
  const key = ids.join(",");
  const found = useLiveQuery(() => summariesOf(db, ids), [db, key]);
  return useMemo(
    () =>
      found?.sort(
        (a, b) =>
          (a.date ?? "9999").localeCompare(b.date ?? "9999") ||
          a.title.localeCompare(b.title),
      ),
    [found],
  );
}

/** Sharing sessions (a grant condition) are not lessons: the school enters the number. */
export function useSharingSessions(schoolYear: string): number | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () => readSetting(db, sharingSessions.of(schoolYear)),
    [db, schoolYear],
  );
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
  const { db } = useServices();
  return useLiveQuery(async () => {
    const books = await db.receipts.toArray();
    return books
      .map((b) => ({
        teacher: b.from,
        lessons: b.lessonId.length,
        lastReceivedAt: b.receivedAt.reduce((a, r) => (r > a ? r : a), ""),
      }))
      .filter((s) => s.lessons > 0)
      .sort((a, b) => a.teacher.localeCompare(b.teacher));
  }, [db]);
}

export interface SyncedTeacher {
  /** Their person id on the school server. */
  owner: string;
  teacher: string;
  /** The last time this device and the server agreed on any of the teacher's documents. */
  syncedAt: string | null;
}

/** The teachers whose lessons reach this device through the school server, stalest first. */
export function useSyncedTeachers(): SyncedTeacher[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const byOwner = new Map<string, SyncedTeacher>();
    for (const d of await db.syncDocs.toArray()) {
      if (!d.owner) continue; // the school's plans
      const had = byOwner.get(d.owner);
      const latest =
        had?.syncedAt && (!d.syncedAt || had.syncedAt > d.syncedAt)
          ? had.syncedAt
          : d.syncedAt;
      byOwner.set(d.owner, {
        owner: d.owner,
        teacher: d.ownerName,
        syncedAt: latest,
      });
    }
    return [...byOwner.values()].sort(
      (a, b) =>
        (a.syncedAt ?? "").localeCompare(b.syncedAt ?? "") ||
        a.teacher.localeCompare(b.teacher),
    );
  }, [db]);
}
