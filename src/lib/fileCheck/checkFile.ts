import { ReadCancelled } from "../../domain/backup/checkData";
import type { EnvelopeResult, KnownItems } from "../../domain/backup/envelope";
import { fileText } from "../fileText";
import type { CheckMessage, CheckRequest, FileKind } from "./protocol";

export { ReadCancelled };

export interface CheckOptions {
  /** How far checking has got, 0 to 1, now and then. */
  onProgress?: (done: number) => void;
  /** Aborting stops the check at once; the promise then rejects with ReadCancelled. */
  signal?: AbortSignal;
  now?: Date;
}

/**
 * Checks an incoming file with the app's reader for its kind (see src/domain/backup), in a
 * worker: a 41 MB backup takes seconds to parse and check, and on the page's main thread that
 * froze every tap for as long (1.7 s measured; 34 s for a 300 KB share file of 100,000 empty
 * lessons before counts were checked first). A file over the kind's limit is refused before a
 * byte is read. Where the browser cannot make a worker (tests in jsdom), the page checks it
 * itself, yielding every 50 ms. Nothing here touches the database.
 */
export async function checkFile<D>(
  kind: FileKind,
  file: Blob,
  maxBytes: number,
  known: KnownItems,
  options: CheckOptions = {},
): Promise<EnvelopeResult<D>> {
  if (file.size > maxBytes) return { ok: false, problem: { code: "tooLarge" } };
  if (options.signal?.aborted) throw new ReadCancelled();
  const now = options.now ?? new Date();
  if (typeof Worker === "undefined")
    return untilAborted(
      onPage<D>(kind, file, maxBytes, known, { ...options, now }),
      options.signal,
    );
  return inWorker<D>(
    { kind, file, known: [...known], now: now.getTime() },
    options,
  );
}

/** The check on the page itself, yielding every 50 ms (see checkData). */
async function onPage<D>(
  kind: FileKind,
  file: Blob,
  maxBytes: number,
  known: KnownItems,
  options: CheckOptions & { now: Date },
): Promise<EnvelopeResult<D>> {
  const { readFileOfKind } = await import("./readers");
  return readFileOfKind(kind, await fileText(file), known, {
    ...options,
    maxBytes,
  }) as Promise<EnvelopeResult<D>>;
}

/** Rejects with ReadCancelled the moment the signal is aborted, whatever the work is waiting on. */
function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const cancel = () => reject(new ReadCancelled());
    signal.addEventListener("abort", cancel, { once: true });
    work
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", cancel));
  });
}

/**
 * A worker that finished a check waits this long for the next one before it ends: a head picks
 * 120 teachers' files at once, and starting a worker (its code, its schemas) for each cost more
 * than checking most of them.
 */
const KEEP_WORKER_MS = 10_000;
/** Workers kept between checks: as many as the files a pick checks at once (see CHECKS_AT_ONCE). */
const spares: { worker: Worker; timer: ReturnType<typeof setTimeout> }[] = [];

/** How many files of one pick are checked at once, each in its own worker. */
export const CHECKS_AT_ONCE = 2;

function takeWorker(): Worker {
  const spare = spares.pop();
  if (spare) {
    clearTimeout(spare.timer);
    return spare.worker;
  }
  return new Worker(new URL("./fileCheck.worker.ts", import.meta.url), {
    type: "module",
    name: "file-check",
  });
}

function keepWorker(worker: Worker) {
  worker.onmessage = null;
  worker.onerror = null;
  if (spares.length >= CHECKS_AT_ONCE) {
    worker.terminate();
    return;
  }
  const spare = {
    worker,
    timer: setTimeout(() => {
      worker.terminate();
      spares.splice(spares.indexOf(spare), 1);
    }, KEEP_WORKER_MS),
  };
  spares.push(spare);
}

function inWorker<D>(
  request: CheckRequest,
  { onProgress, signal }: CheckOptions,
): Promise<EnvelopeResult<D>> {
  const worker = takeWorker();
  return new Promise<EnvelopeResult<D>>((resolve, reject) => {
    const parts = new Map<string, unknown[]>();
    /** A worker that answered is kept for the next file; one stopped or failed is ended. */
    const finish = (answered = false) => {
      signal?.removeEventListener("abort", cancel);
      if (answered) keepWorker(worker);
      else worker.terminate();
    };
    const cancel = () => {
      finish();
      reject(new ReadCancelled());
    };
    signal?.addEventListener("abort", cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<CheckMessage>) => {
      if (data.type === "progress") onProgress?.(data.done);
      else if (data.type === "part") {
        const list = parts.get(data.key);
        if (list) for (const item of data.items) list.push(item);
        else parts.set(data.key, data.items);
      } else if (data.type === "result") {
        finish(true);
        const { result } = data;
        if (result.ok) {
          const filled = result.file.data as Record<string, unknown>;
          for (const [key, items] of parts) filled[key] = items;
        }
        resolve(result as EnvelopeResult<D>);
      } else {
        finish();
        reject(new Error("The file could not be checked"));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error("The file could not be checked"));
    };
    worker.postMessage(request);
  });
}
