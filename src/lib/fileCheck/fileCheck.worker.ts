// Checks one incoming file (a backup or a share file) off the page's main thread: reading the
// text, parsing the JSON, checking every record and the checksum take seconds for a big file,
// and here they never stop the page from answering a tap. See checkFile.ts.
import { fileText } from "../fileText";
import { readFileOfKind } from "./readers";
import { PART_SIZE, type CheckMessage, type CheckRequest } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  void check(data).catch(() => scope.postMessage({ type: "failed" }));
};

async function check({ kind, file, known, now }: CheckRequest) {
  const result = await readFileOfKind(
    kind,
    await fileText(file),
    new Map(known),
    {
      now: new Date(now),
      onProgress: (done) => scope.postMessage({ type: "progress", done }),
    },
  );
  if (result.ok) {
    const data = result.file.data as Record<string, unknown>;
    for (const [key, value] of Object.entries(data)) {
      if (!Array.isArray(value) || value.length <= PART_SIZE) continue;
      for (let i = 0; i < value.length; i += PART_SIZE)
        scope.postMessage({
          type: "part",
          key,
          items: value.slice(i, i + PART_SIZE),
        });
      data[key] = [];
    }
  }
  scope.postMessage({ type: "result", result });
}
