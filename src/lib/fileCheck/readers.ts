import { readBackup } from "../../domain/backup/backup";
import type {
  EnvelopeResult,
  KnownItems,
  ReadOptions,
} from "../../domain/backup/envelope";
import { readShareFile } from "../../domain/share/read";
import type { FileKind } from "./protocol";

/** The app's reader for a kind of file, with the kind's own size limit unless told another. */
export function readFileOfKind(
  kind: FileKind,
  text: string,
  known: KnownItems,
  { maxBytes, ...options }: ReadOptions & { maxBytes?: number },
): Promise<EnvelopeResult<unknown>> {
  return kind === "backup"
    ? readBackup(text, known, maxBytes, options)
    : readShareFile(text, known, maxBytes, options);
}
