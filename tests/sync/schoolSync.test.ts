import { describe, expect, it } from "vitest";
import type { PlannerDatabase } from "../../src/db/schema";
import { getLessons } from "../../src/db/lessonRecords";
import { settleSyncConflict } from "../../src/db/sync";
import { teacherDocument } from "../../src/domain/sync/entry";
import { deleteLesson, saveLesson } from "../../src/features/lessons/mutations";
import {
  device,
  makeSchool,
  serve,
  signIn,
  storeKinds,
  synced,
  usePostgres,
} from "../../server/test/harness";
import { eventually, lesson, network, tablet } from "./support";

// The school server as teachers and heads meet it: lessons saved on one tablet reach the other
// tablets of the same teacher and the head's, offline edits are never silently lost, and what
// arrives is read as untrusted input.

const postgres = usePostgres();
const title = async (t: { db: PlannerDatabase }, id: string) =>
  (await getLessons(t.db, [id]))[0]?.title;

describe.each(storeKinds(postgres))("on the %s", (_, storeFor) => {
  it("brings edits made on two offline tablets together, and keeps both sides of a lesson both changed", async () => {
    const open = storeFor();
    const { code } = await makeSchool(open, { "Lee Siu Ming": "teacher" });
    const server = await network(await serve(open));
    const a = await tablet(server, code, "Lee Siu Ming");
    const b = await tablet(server, code, "Lee Siu Ming");

    const shared = await saveLesson(a.db, lesson("Spotting bias in chatbots"));
    const gone = await saveLesson(a.db, lesson("Old lesson"));
    await eventually(async () => (await title(b, gone.id)) === "Old lesson");
    await eventually(() => a.sync.status.get().state === "up-to-date");

    // The network goes: both tablets keep working.
    server.cut();
    await eventually(() => b.sync.status.get().state === "offline");
    await saveLesson(a.db, { ...shared, title: "Bias: A's version" });
    const fresh = await saveLesson(a.db, lesson("Made on A offline"));
    await saveLesson(b.db, {
      ...(await getLessons(b.db, [shared.id]))[0]!,
      title: "Bias: B's version",
    });
    await deleteLesson(b.db, gone.id);
    await eventually(() => b.sync.status.get().waiting.size === 2);

    server.restore();
    await eventually(
      async () => (await title(b, fresh.id)) === "Made on A offline",
    );
    await eventually(
      async () => (await getLessons(a.db, [gone.id]))[0]?.deletedAt,
    );

    // One tablet holds the other's edit of the lesson both changed, for the teacher to settle.
    const conflicts = async () => [
      ...(await a.db.syncConflicts.toArray()),
      ...(await b.db.syncConflicts.toArray()),
    ];
    await eventually(async () => (await conflicts()).length === 1);
    const [conflict] = await conflicts();
    const holder = (await a.db.syncConflicts.count()) ? a : b;
    const other = holder === a ? b : a;
    const versions = [conflict!.theirs.title, await title(holder, shared.id)];
    expect(versions.sort()).toEqual(["Bias: A's version", "Bias: B's version"]);

    // Keeping this tablet's version sends it to the other.
    const kept = await title(holder, shared.id);
    await settleSyncConflict(holder.db, shared.id, "mine");
    await eventually(async () => (await title(other, shared.id)) === kept);
    expect(await holder.db.syncConflicts.count()).toBe(0);
    expect(await other.db.syncConflicts.count()).toBe(0);
    await eventually(() => a.sync.status.get().waiting.size === 0);
  });
});

describe("a tablet restarted with no network", () => {
  it("keeps what it had not sent, and sends it when the network returns", async () => {
    const open = storeKinds(postgres)[0]![1]();
    const { code } = await makeSchool(open, { "Chan Tai Man": "teacher" });
    const server = await network(await serve(open));
    const a = await tablet(server, code, "Chan Tai Man");
    const b = await tablet(server, code, "Chan Tai Man");
    const first = await saveLesson(a.db, lesson("Prompting well"));
    await eventually(
      async () => (await title(b, first.id)) === "Prompting well",
    );
    await eventually(() => a.sync.status.get().state === "up-to-date");

    server.cut();
    await eventually(() => a.sync.status.get().state === "offline");
    const edited = await saveLesson(a.db, {
      ...first,
      title: "Prompting well, taught",
      status: "taught",
    });
    await a.reopen(); // the app closed and opened again, still offline
    expect(a.sync.status.get().waiting).toEqual(new Set([edited.id]));
    expect(a.sync.status.get().state).toBe("offline");

    server.restore();
    await eventually(
      async () => (await title(b, first.id)) === "Prompting well, taught",
    );
    await eventually(() => a.sync.status.get().waiting.size === 0);
    expect(a.sync.status.get().lastSyncedAt).not.toBeNull();
  });
});

describe("values from the school server are untrusted", () => {
  it("leaves out a value that is not a lesson, and takes the next good one", async () => {
    const open = storeKinds(postgres)[0]![1]();
    const { code, ids } = await makeSchool(open, { "Wong Mei": "teacher" });
    const server = await serve(open);
    const a = await tablet(server, code, "Wong Mei");
    const { accessToken } = await signIn(server, code, "Wong Mei");
    const raw = device(
      server,
      teacherDocument(code, ids["Wong Mei"]!, "2026/27"),
      accessToken,
    );
    await synced(raw.provider);

    const id = crypto.randomUUID();
    const map = raw.doc.getMap<unknown>("lessons");
    map.set(id, {
      v: 1,
      rev: "x",
      base: null,
      device: "d",
      lesson: "{not json",
    });
    map.set(crypto.randomUUID(), "<script>alert(1)</script>");
    const good = lesson("After the garbage");
    // A lesson under another lesson's key is not that lesson.
    map.set(id, {
      v: 1,
      rev: good.updatedAt,
      base: null,
      device: "d",
      lesson: JSON.stringify(good),
    });
    map.set(good.id, {
      v: 1,
      rev: good.updatedAt,
      base: null,
      device: "d",
      lesson: JSON.stringify(good),
    });

    await eventually(
      async () => (await title(a, good.id)) === "After the garbage",
    );
    expect(await a.db.lessons.count()).toBe(1);

    // Garbage over the tablet's own lesson replaces nothing: the tablet's lesson goes in again.
    const mine = await saveLesson(a.db, lesson("Mine"));
    const inDocument = () => {
      const value = map.get(mine.id) as { lesson?: unknown } | undefined;
      try {
        return (JSON.parse(String(value?.lesson)) as { title?: string }).title;
      } catch {
        return undefined;
      }
    };
    await eventually(() => inDocument() === "Mine");
    map.set(mine.id, { v: 1, rev: "y", base: null, device: "d", lesson: "{" });
    await eventually(() => inDocument() === "Mine");
    expect(await title(a, mine.id)).toBe("Mine");
  });
});

describe("a head", () => {
  it("sees every teacher's lessons, knows how fresh each is, and can leave no copy on signing out", async () => {
    const open = storeKinds(postgres)[1]![1]();
    const { code } = await makeSchool(open, {
      "Lee Siu Ming": "teacher",
      "Chan Tai Man": "teacher",
      "Ho Wing": "head",
    });
    const server = await serve(open);
    const lee = await tablet(server, code, "Lee Siu Ming");
    const chan = await tablet(server, code, "Chan Tai Man");
    const one = await saveLesson(lee.db, lesson("Lee's lesson"));
    const two = await saveLesson(chan.db, lesson("Chan's lesson"));
    await eventually(() => lee.sync.status.get().state === "up-to-date");
    await eventually(() => chan.sync.status.get().state === "up-to-date");

    const head = await tablet(server, code, "Ho Wing", { listEveryMs: 200 });
    await eventually(
      async () => (await title(head, one.id)) === "Lee's lesson",
    );
    await eventually(
      async () => (await title(head, two.id)) === "Chan's lesson",
    );
    await saveLesson(lee.db, {
      ...one,
      status: "taught",
      title: "Lee's lesson, taught",
    });
    await eventually(
      async () => (await title(head, one.id)) === "Lee's lesson, taught",
    );
    await eventually(async () =>
      (await head.db.syncDocs.toArray()).every((d) => d.syncedAt),
    );
    expect(
      (await head.db.syncDocs.toArray())
        .filter((d) => d.owner)
        .map((d) => d.ownerName)
        .sort(),
    ).toEqual(["Chan Tai Man", "Lee Siu Ming"]);

    await head.sync.signOut({ keepCopy: false });
    expect(await head.db.lessons.count()).toBe(0);
    expect(await head.db.syncDocs.count()).toBe(0);
  });
});
