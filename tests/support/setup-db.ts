// A real IndexedDB implementation in Node, fresh for every test file.
import "fake-indexeddb/auto";
