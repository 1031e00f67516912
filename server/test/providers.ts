import type { HocuspocusProvider } from "@hocuspocus/provider";

// Waiting on a provider, for the tests and the sync benchmark alike (no test runner here).

/** The server's state is in. */
export const synced = (provider: HocuspocusProvider) =>
  new Promise<void>((resolve) => {
    if (provider.isSynced) return resolve();
    provider.on("synced", () => resolve());
  });

/** Everything this device has sent has reached the server. */
export const sent = (provider: HocuspocusProvider) =>
  new Promise<void>((resolve) => {
    if (provider.unsyncedChanges === 0) return resolve();
    provider.on("unsyncedChanges", () => {
      if (provider.unsyncedChanges === 0) resolve();
    });
  });
