import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom has no layout: report a landscape tablet (1024×768) unless a test sets another size.
export function setViewport(width: number, height: number) {
  const matches = (query: string) => {
    const minWidth = /min-width:\s*(\d+)px/.exec(query);
    const orientation = /orientation:\s*(landscape|portrait)/.exec(query);
    if (minWidth && width < Number(minWidth[1])) return false;
    if (
      orientation &&
      orientation[1] !== (width >= height ? "landscape" : "portrait")
    )
      return false;
    return true;
  };
  window.matchMedia = (query: string) =>
    ({
      matches: matches(query),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
setViewport(1024, 768);

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
