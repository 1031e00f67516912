/** The file format of everything in `curricula/`. See docs/curricula-format.md. */
export const FRAMEWORK_FORMAT = "blueprint-planner/framework";
export const FRAMEWORK_FORMAT_VERSION = 1;
