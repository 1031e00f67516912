/**
 * The shape of what is derived from lessons (their summaries, now in the lesson index). Raise
 * it when summaryFor or the packing changes: each device then rebuilds it from its lessons, once.
 * 2: summaries carry period and updatedAt, so the library lists from summaries alone.
 * 3: summaries carry the lesson's item ids, so coverage counts from summaries alone.
 * 4: summaries are packed into the lesson index (schema 4).
 * 5: a teacher's demonstration of AI makes a lesson AI-assisted (the grant counts it).
 */
export const DERIVED_VERSION = 5;

/** The settings key the registry (domain/settings.ts: derivedVersion) reads; a test ties the two. */
export const DERIVED_VERSION_KEY = "derivedVersion";
