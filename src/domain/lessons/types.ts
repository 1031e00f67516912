import type { KeyStage, Level } from "../levels";
import type { LessonFlag, LessonStatus } from "./record";

// The stored lesson (its type, schema and defaults) is defined in ./record.ts; re-exported here
// for the many modules that read it. What is derived from lessons is defined below.
export {
  AI_USERS,
  EMPHASES,
  LESSON_FLAGS,
  LESSON_STATUSES,
  THINKING_EVIDENCE,
} from "./record";
export type {
  Activity,
  AiUse,
  AiUser,
  Emphasis,
  Keyword,
  Lesson,
  LessonFlag,
  LessonStatus,
  Mapping,
  ResourceLink,
  ThinkingEvidence,
} from "./record";

/**
 * What coverage and grant summaries need to know about a lesson, without its text: written with
 * the lesson, in the same transaction. A deleted lesson has none.
 */
export interface LessonSummary {
  lessonId: string;
  title: string;
  status: LessonStatus;
  schoolYear: string;
  term: number | null;
  date: string | null;
  period: number | null;
  level: Level | null;
  keyStage: KeyStage | null;
  subject: string;
  className: string;
  author: string;
  updatedAt: string;
  /** Every framework item the lesson or its activities map to, once each. */
  itemIds: string[];
  aiTools: string[];
  /** At least one AI tool recorded: used by the teacher or students, or demonstrated by the teacher. */
  aiAssisted: boolean;
  hasThinkingEvidence: boolean;
  flags: Record<LessonFlag, boolean>;
}
