import type { Page } from "playwright-core";

/**
 * Every IndexedDB database of the page's origin, every object store, every record with its key,
 * in key order, as JSON (typed arrays spelled out): two dumps are equal only if nothing was written.
 */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error("IDB"));
      });
    const out: Record<string, Record<string, unknown[]>> = {};
    const names = (await indexedDB.databases()).map((d) => d.name!).sort();
    for (const name of names) {
      const open = indexedDB.open(name);
      const db = await done(open);
      const stores = [...db.objectStoreNames].sort();
      const tx = db.transaction(stores, "readonly");
      out[name] = {};
      for (const store of stores) {
        const s = tx.objectStore(store);
        const [keys, values] = await Promise.all([
          done(s.getAllKeys()),
          done<unknown[]>(s.getAll()),
        ]);
        out[name][store] = keys.map((k, i) => [k, values[i]]);
      }
      db.close();
    }
    return JSON.stringify(out, (_, v: unknown) =>
      ArrayBuffer.isView(v)
        ? {
            [v.constructor.name]: Array.from(v as unknown as ArrayLike<number>),
          }
        : v,
    );
  });
}

type Dump = Record<string, Record<string, [unknown, unknown][]>>;

/** The records two dumps differ in, as [database/store/key, before, after]: [] when none. */
export function changedRecords(before: string, after: string) {
  const [a, b] = [JSON.parse(before) as Dump, JSON.parse(after) as Dump];
  const changes: [string, unknown, unknown][] = [];
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)]))
    for (const store of new Set([
      ...Object.keys(a[name] ?? {}),
      ...Object.keys(b[name] ?? {}),
    ])) {
      const records = (d: Dump) =>
        new Map(
          (d[name]?.[store] ?? []).map(([k, v]) => [JSON.stringify(k), v]),
        );
      const [ra, rb] = [records(a), records(b)];
      for (const key of new Set([...ra.keys(), ...rb.keys()]))
        if (JSON.stringify(ra.get(key)) !== JSON.stringify(rb.get(key)))
          changes.push([`${name}/${store}/${key}`, ra.get(key), rb.get(key)]);
    }
  return changes;
}
