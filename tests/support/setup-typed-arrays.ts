// Runs before anything imports Dexie, which keeps the typed-array constructors it finds.
// jsdom brings its own typed-array constructors, but fake-indexeddb clones records with Node's
// structuredClone, which makes Node's. Dexie keeps typed arrays as they are only when they are
// the page's own (in a browser they always are); otherwise it copies them into plain objects.
// Make the page's typed arrays Node's, as a browser has one set.
for (const name of [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
] as const) {
  const Own = globalThis[name] as unknown as new (n: number) => object;
  const cloned = structuredClone(new Own(0)).constructor;
  if (cloned !== Own) Object.assign(globalThis, { [name]: cloned });
}
