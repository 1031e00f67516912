import { Database } from "@hocuspocus/extension-database";
import { Server } from "@hocuspocus/server";
import type { DocumentStore } from "./embeddedStore";

export interface SchoolServerOptions {
  /** 0: any free port. */
  port: number;
  /** Only this address is listened on (127.0.0.1 unless a deployment says otherwise). */
  host?: string;
  store: DocumentStore;
}

export interface SchoolServer {
  /** ws://host:port, for the app's provider. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The school's sync server: Hocuspocus, storing each Yjs document whole in the store given.
 * This first step has no accounts yet (issue 14, part 2 adds sign-in and per-document access):
 * it listens on 127.0.0.1 only.
 */
export async function startSchoolServer(
  options: SchoolServerOptions,
): Promise<SchoolServer> {
  const host = options.host ?? "127.0.0.1";
  const server = new Server({
    port: options.port,
    address: host,
    quiet: true,
    stopOnSignals: false,
    extensions: [
      new Database({
        fetch: ({ documentName }) => options.store.fetch(documentName),
        store: ({ documentName, state }) =>
          options.store.store(documentName, state),
      }),
    ],
  });
  await server.listen();
  return {
    url: `ws://${host}:${server.address.port}`,
    async stop() {
      await server.destroy();
    },
  };
}
