import { z } from "zod";
import { frameworkFileSchema, type FrameworkFile } from "../framework/schema";
import { allMappings } from "../lessons/mapping";
import type { Lesson } from "../lessons/record";
import { planSchema, type SchoolPlan } from "../plans/record";
import { backedUpSettings, settingOf, type StoredSetting } from "../settings";
import { receiptSchema, type ShareReceipt } from "../share/receipt";
import {
  teacherCycleSchema,
  trainingCourseSchema,
  type TeacherCycle,
  type TrainingCourse,
} from "../training/record";
import {
  makeEnvelope,
  readEnvelope,
  type Envelope,
  type EnvelopeResult,
  type EnvelopeSpec,
  type KnownItems,
  type ReadOptions,
} from "./envelope";
import { lessonMappings, lessonSection } from "./lessonSection";
import { zodParts } from "./zodParts";

export const BACKUP_FORMAT = "blueprint-planner/backup";
/**
 * 1: lessons, plans and settings (app 0.1).
 * 2: the frameworks too, so a device restored from a newer app's backup understands every item;
 *    and the share receipts, so a head's restored device still tells who changed a lesson.
 * 3: settings are every backed-up setting of the registry (src/domain/settings.ts), the backup
 *    reminder too; a key this app does not know, or a value of the wrong type, is left out.
 * 4: each share receipt names the device its lesson's file came from ("" not known), so a
 *    restored head's device still tells one teacher's device from another using her name.
 * 5: teachers' training courses and CPD cycles (strategy S4).
 */
export const BACKUP_VERSION = 5;
/** Larger than any real school's year of plans; a bigger file is refused before it is parsed. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface BackupData {
  /** Each framework on the device, as a curricula file of its current items. */
  frameworks: FrameworkFile[];
  lessons: Lesson[];
  plans: SchoolPlan[];
  /** Backed-up settings only (see src/domain/settings.ts), each of its type. */
  settings: StoredSetting[];
  /** On a head's device: which teacher's file each imported lesson came from, and at which edit. */
  shareReceipts: ShareReceipt[];
  /** Teachers' training courses, removal marks too. */
  training: TrainingCourse[];
  teacherCycles: TeacherCycle[];
}

export type BackupFile = Envelope<BackupData>;

/** Versions 1 and 2 carried only these two settings; any other key refuses the file. */
const oldSettingSchema = z.strictObject({
  key: z
    .string()
    .max(200)
    .regex(/^(teacherName|sharingSessions:\d{4}\/\d{2})$/),
  value: z.union([z.string().max(500), z.number()]),
});
/** From version 3, any key; the registry keeps the backed-up ones of their type (see upgrade). */
const settingSchema = z
  .strictObject({
    key: z.string().max(200),
    value: z.union([z.string().max(500), z.number(), z.boolean(), z.null()]),
  })
  // A setting this app knows must hold a value of its type and within its bounds (a count of
  // -1e308 is a damaged file, not a count); one it does not know (a newer app's) is left out.
  .refine(({ key, value }) => settingOf(key)?.accepts(value) ?? true, {
    path: ["value"],
  });

/**
 * A share receipt as versions 2 and 3 carried it, without its device; kept as it was (not
 * derived from today's receipt) so a change to receipts cannot change what an old file may hold.
 */
const oldReceiptSchema = z.strictObject({
  lessonId: z.string().min(1).max(100),
  baseUpdatedAt: z.string().max(40),
  from: z.string().max(200),
  receivedAt: z.string().max(40),
});

type Times = (string | null)[];
const lessons = lessonSection(500_000);
const plans = {
  list: true,
  item: planSchema(zodParts),
  max: 1_000,
  idOf: (p: SchoolPlan) => p.id,
  timesOf: (p: SchoolPlan): Times => [p.createdAt, p.updatedAt],
} as const;
const frameworks = {
  list: true,
  item: frameworkFileSchema,
  max: 20,
  idOf: (f: FrameworkFile) => f.framework.id,
} as const;
const receiptsOf = (item: z.ZodType) =>
  ({
    list: true,
    item,
    max: 500_000,
    idOf: (r: ShareReceipt) => r.lessonId,
    timesOf: (r: ShareReceipt): Times => [r.baseUpdatedAt, r.receivedAt],
  }) as const;
const settingsOf = (item: z.ZodType) =>
  ({
    list: true,
    item,
    max: 1_000,
    idOf: (s: StoredSetting) => s.key,
  }) as const;

const v1 = { lessons, plans, settings: settingsOf(oldSettingSchema) };
const v2 = { ...v1, frameworks, shareReceipts: receiptsOf(oldReceiptSchema) };
const v3 = { ...v2, settings: settingsOf(settingSchema) };
const v4 = { ...v3, shareReceipts: receiptsOf(receiptSchema(zodParts)) };
const v5 = {
  ...v4,
  training: {
    list: true,
    item: trainingCourseSchema(zodParts),
    max: 100_000,
    idOf: (c: TrainingCourse) => c.id,
    timesOf: (c: TrainingCourse): Times => [c.updatedAt, c.deletedAt],
  },
  teacherCycles: {
    list: true,
    item: teacherCycleSchema(zodParts),
    max: 10_000,
    idOf: (c: TeacherCycle) => c.teacher,
    timesOf: (c: TeacherCycle): Times => [c.updatedAt],
  },
} as const;

/** Every framework item a plan's concerns, targets and tasks link to. */
export function planItemIds(plan: SchoolPlan): string[] {
  return plan.concerns.flatMap((c) => [
    ...c.links,
    ...c.targets.flatMap((t) => [
      ...t.links,
      ...t.tasks.flatMap((k) => k.links),
    ]),
  ]);
}

export const backupSpec: EnvelopeSpec<BackupData> = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  dataSchemas: { 1: v1, 2: v2, 3: v3, 4: v4, 5: v5 },
  upgrade: (version, data) => {
    // Before 5, no training was recorded.
    const training = version < 5 ? { training: [], teacherCycles: [] } : {};
    const upgraded =
      version === 1
        ? {
            ...(data as Omit<BackupData, "frameworks" | "shareReceipts">),
            frameworks: [],
            shareReceipts: [],
          }
        : version < 4
          ? {
              ...(data as BackupData),
              // Receipts from before files named their device: not known.
              shareReceipts: (data as BackupData).shareReceipts.map((r) => ({
                ...r,
                device: "",
              })),
            }
          : (data as BackupData);
    return {
      ...upgraded,
      ...training,
      settings: backedUpSettings(upgraded.settings),
    };
  },
  referencedItems: (data) => {
    // Items the backup brings with it are known once it is restored.
    const brought = new Set(
      data.frameworks.flatMap((f) => f.items.map((i) => i.id)),
    );
    return [
      ...data.lessons.flatMap((l) => allMappings(l).map((m) => m.itemId)),
      ...data.plans.flatMap(planItemIds),
    ].filter((id) => !brought.has(id));
  },
  mappingsOf: (data) => lessonMappings(data.lessons),
  itemsBrought: (data) =>
    new Map(
      data.frameworks.flatMap((f) =>
        f.items.map((i) => [i.id, f.framework.id] as const),
      ),
    ),
  maxBytes: MAX_BACKUP_BYTES,
};

export function makeBackup(
  data: BackupData,
  appVersion: string,
  now = new Date(),
): Promise<BackupFile> {
  return makeEnvelope(BACKUP_FORMAT, BACKUP_VERSION, data, appVersion, now);
}

/**
 * Reads an untrusted backup file (see readEnvelope): refused with the reason, or upgraded to
 * the current version. Nothing here touches the database.
 */
export function readBackup(
  text: string,
  knownItems: KnownItems,
  maxBytes = MAX_BACKUP_BYTES,
  options: ReadOptions = {},
): Promise<EnvelopeResult<BackupData>> {
  return readEnvelope(text, { ...backupSpec, maxBytes }, knownItems, options);
}
