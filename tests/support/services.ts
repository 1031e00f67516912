import { Dexie } from "dexie";
import { createServices, type AppServices } from "../../src/services/services";

let current: AppServices | undefined;
let count = 0;

/**
 * The app's services for the test that is running: every test gets a fresh set, as a new
 * device would (tests/support/setup-db.ts makes it before each test and stops it after).
 * Saves wait 50 ms after the last change instead of the app's 600 ms.
 */
export function appServices(): AppServices {
  if (!current)
    throw new Error("appServices: the services exist only inside a test");
  return current;
}

/** The database of this test's app. */
export const db = () => appServices().db;

export function startTestServices(): void {
  current = createServices({
    databaseName: `app-test-${count++}`,
    saveDelayMs: 50,
  });
}

export async function stopTestServices(): Promise<void> {
  const services = current;
  current = undefined;
  if (!services) return;
  services.stop();
  await Dexie.delete(services.db.name);
}

/** Starts over as another device would: this test's app gets new services and an empty database. */
export async function newDevice(): Promise<void> {
  await stopTestServices();
  startTestServices();
}
