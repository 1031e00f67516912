// A real IndexedDB implementation in Node; a fresh app (services and database) for every test.
import "fake-indexeddb/auto";
import { afterEach, beforeEach } from "vitest";
import { startTestServices, stopTestServices } from "./services";

beforeEach(startTestServices);
afterEach(stopTestServices);
