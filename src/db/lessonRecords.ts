import { LessonIndex } from "../domain/lessons/lessonIndex";
import { withChanges } from "../domain/lessons/packColumns";
import { summaryFor } from "../domain/lessons/mapping";
import type { Lesson, LessonSummary } from "../domain/lessons/types";
import type { PlannerDatabase } from "./schema";

/**
 * The lesson index is split by lesson id into this many records, so saving one lesson rewrites
 * a thirty-second of it (about 100 KB on a school's year), while reading all of it stays a
 * handful of records. Changing it needs a DERIVED_VERSION step (a rebuild).
 */
export const INDEX_SHARDS = 32;

const STAMP_SHARD = -1;

/** FNV-1a over the id's code units: a stable, even spread of ids over the shards. */
export function shardOf(lessonId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lessonId.length; i++) {
    h ^= lessonId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % INDEX_SHARDS;
}

/**
 * Rewrites the index shards holding these lessons: their summaries in, deleted lessons out.
 * Call it inside a transaction that holds lessonIndex (and lessons, when they are written too).
 */
export async function indexLessons(
  db: PlannerDatabase,
  lessons: readonly Lesson[],
): Promise<void> {
  const byShard = new Map<number, Map<string, LessonSummary | null>>();
  for (const lesson of lessons) {
    const shard = shardOf(lesson.id);
    const changes =
      byShard.get(shard) ?? new Map<string, LessonSummary | null>();
    changes.set(lesson.id, summaryFor(lesson)); // null: deleted, it leaves the index
    byShard.set(shard, changes);
  }
  const shards = [...byShard.keys()];
  // A few shards at a time: each holds thousands of lessons' summaries, and one put of all of
  // them would hold the page up while it is copied.
  for (let i = 0; i < shards.length; i += SHARDS_PER_PUT) {
    const some = shards.slice(i, i + SHARDS_PER_PUT);
    const stored = await db.lessonIndex.bulkGet(some);
    await db.lessonIndex.bulkPut(
      some.map((shard, k) => ({
        shard,
        columns: withChanges(stored[k]?.columns, byShard.get(shard)!),
      })),
    );
  }
  await db.lessonIndex.put({
    shard: STAMP_SHARD,
    stamp: `${Date.now()}:${Math.random()}`,
  });
}

const SHARDS_PER_PUT = 4;
/**
 * Lessons per put. A put copies its records on the page's main thread before it returns; a
 * restore of 12,000 long lessons (41 MB) in one put held the page up for over a second. In
 * slices, each copy is short and the page answers taps between them, in the same transaction.
 */
export const LESSONS_PER_PUT = 500;

/**
 * Writes lessons with their place in the lesson index (what coverage, plans and the library
 * read). Call it inside a transaction that holds lessons and lessonIndex, so the two never
 * disagree.
 */
export async function putLessons(
  db: PlannerDatabase,
  lessons: readonly Lesson[],
): Promise<void> {
  if (lessons.length === 0) return;
  // Two slices in flight: the next is copied while the last is written, and the page gets a
  // turn between the copies.
  let writing: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < lessons.length; i += LESSONS_PER_PUT) {
    const put = db.lessons.bulkPut(lessons.slice(i, i + LESSONS_PER_PUT));
    // Its failure is awaited below (or the transaction's, if an earlier slice fails first).
    put.catch(() => {});
    await writing;
    writing = put;
  }
  await writing;
  await indexLessons(db, lessons);
}

/**
 * These lessons as stored (undefined where none), read in slices for the same reason they are
 * written in slices (see LESSONS_PER_PUT).
 */
export async function getLessons(
  db: PlannerDatabase,
  ids: readonly string[],
): Promise<(Lesson | undefined)[]> {
  const found: (Lesson | undefined)[] = [];
  for (let i = 0; i < ids.length; i += LESSONS_PER_PUT)
    found.push(
      ...(await db.lessons.bulkGet(ids.slice(i, i + LESSONS_PER_PUT))),
    );
  return found;
}

/** The last index read, kept by the app's services (one per database connection). */
export interface IndexReadCache {
  kept?: { stamp: string; index: LessonIndex };
}

/**
 * The whole lesson index (every lesson that is not deleted), to query. The last one
 * read is kept in memory and used again while the index's stamp is unchanged (moving between
 * the library and coverage, or changing a filter, reads one small record). In a live query,
 * reading the stamp is what makes it re-run when lessons change.
 */
export async function readLessonIndex(
  db: PlannerDatabase,
  cache: IndexReadCache = {},
): Promise<LessonIndex> {
  const stamp = (await db.lessonIndex.get(STAMP_SHARD))?.stamp;
  const kept = cache.kept;
  if (kept && stamp && kept.stamp === stamp) return kept.index;
  const shards = await db.lessonIndex.where("shard").aboveOrEqual(0).toArray();
  const index = LessonIndex.join(shards.flatMap((s) => s.columns ?? []));
  if (stamp) cache.kept = { stamp, index };
  return index;
}

/** The summaries of these lessons (those that are not deleted), read from their shards only. */
export async function summariesOf(
  db: PlannerDatabase,
  ids: readonly string[],
): Promise<LessonSummary[]> {
  const wanted = new Set(ids);
  const shards = [...new Set(ids.map(shardOf))];
  const found: LessonSummary[] = [];
  for (const record of await db.lessonIndex.bulkGet(shards)) {
    if (!record?.columns) continue;
    const shard = new LessonIndex(record.columns);
    for (let i = 0; i < shard.size; i++)
      if (wanted.has(shard.lessonId(i))) found.push(shard.summaryAt(i));
  }
  return found;
}
