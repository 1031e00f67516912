import type { FrameworkItem, FrameworkMeta } from "./schema";

export type { FrameworkItem, FrameworkMeta, LocalisedText } from "./schema";

/** The app's two languages. Framework text is stored in both. */
export type Locale = "en" | "zh-HK";

/** A framework as stored on the device. */
export interface FrameworkRecord extends FrameworkMeta {
  itemCount: number;
  /** Current items per type ("focus": 4, "strategy": 10), so lists need not read every item. */
  typeCounts: Record<string, number>;
  /** When this version was written to the device (ISO time). */
  loadedAt: string;
}

/** A framework item as stored: the file's item, plus where it sits and whether it is still current. */
export interface FrameworkItemRecord extends FrameworkItem {
  frameworkId: string;
  /** Position in the file, which is the reading order among siblings. */
  position: number;
  /**
   * Set when a newer framework version no longer has this item. The record is kept so that
   * lessons and plans that point at it still resolve; it is hidden from pickers and trees.
   */
  retiredInVersion?: string;
}
