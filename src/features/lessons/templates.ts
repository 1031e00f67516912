import file from "../../domain/lessons/templates.json";
import type { TemplateFile } from "../../domain/lessons/templates";

/** Our bilingual starting lessons, at least two per key stage (validated in templates.test.ts). */
export const TEMPLATES = (file as TemplateFile).templates;
