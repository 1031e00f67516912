import type { SchoolServer } from "./server";
import type { SchoolStore } from "./store";

// How a school server runs as a process (`npm run school-server`, and `npm start`'s demonstration
// server): on Ctrl+C or SIGTERM it stops cleanly, writing every open document first; a failure to
// start is printed as its message and the process exits with 1.

export function runServerProcess(
  start: () => Promise<{ server: SchoolServer; store: SchoolStore }>,
): void {
  start().then(
    ({ server, store }) => {
      const stop = async () => {
        await server.stop();
        await store.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop());
      process.once("SIGTERM", () => void stop());
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
