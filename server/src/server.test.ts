import { describe, expect, it } from "vitest";
import {
  device,
  makeSchool,
  onCleanup,
  sent,
  serve,
  signIn,
  storeKinds,
  synced,
  until,
  usePostgres,
} from "../test/harness";
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
} from "@hocuspocus/provider";
import * as Y from "yjs";
import { teacherDocumentName } from "./access";

// The real server on 127.0.0.1 (a free port), the real provider, with both stores.

const postgres = usePostgres();

describe.each(storeKinds(postgres))("the school server (%s)", (_, storeFor) => {
  it("opens every teacher's documents for a head over one connection, a large school's too", async () => {
    const open = storeFor();
    const { code } = await makeSchool(open, { "Ho Wing": "head" });
    const server = await serve(open);
    const { accessToken } = await signIn(server, code, "Ho Wing");
    // 150 teachers' documents of one year, asked for at once, as the head's device does.
    const socket = new HocuspocusProviderWebsocket({ url: server.url });
    const providers = Array.from(
      { length: 150 },
      () =>
        new HocuspocusProvider({
          websocketProvider: socket,
          name: teacherDocumentName(code, crypto.randomUUID(), "2026-27"),
          document: new Y.Doc(),
          token: accessToken,
          awareness: null,
        }),
    );
    onCleanup(() => {
      providers.forEach((p) => p.destroy());
      socket.destroy();
    });
    providers.forEach((p) => p.attach());
    await Promise.all(providers.map(synced));
    expect(providers.every((p) => p.isSynced)).toBe(true);
  });

  it("carries a lesson from one of a teacher's devices to another", async () => {
    const open = storeFor();
    const { code, ids } = await makeSchool(open, { "Chan Tai Man": "teacher" });
    const server = await serve(open);
    const { accessToken } = await signIn(server, code, "Chan Tai Man");
    const name = teacherDocumentName(code, ids["Chan Tai Man"]!, "2026-27");
    const tablet = device(server, name, accessToken);
    const laptop = device(server, name, accessToken);
    await Promise.all([synced(tablet.provider), synced(laptop.provider)]);
    tablet.lessons.set(
      "l1",
      JSON.stringify({ id: "l1", title: "Is the chatbot right?" }),
    );
    await until(laptop.doc, () => laptop.lessons.has("l1"));
    expect(JSON.parse(laptop.lessons.get("l1")!)).toMatchObject({
      title: "Is the chatbot right?",
    });
  });

  it("keeps every document and every account through a restart", async () => {
    const open = storeFor();
    const { code, ids } = await makeSchool(open, { "Lee Siu Ming": "teacher" });
    const first = await serve(open);
    const name = teacherDocumentName(code, ids["Lee Siu Ming"]!, "2026-27");
    const { accessToken } = await signIn(first, code, "Lee Siu Ming");
    const a = device(first, name, accessToken);
    await synced(a.provider);
    a.lessons.set("l1", JSON.stringify({ id: "l1", title: "Kept" }));
    await sent(a.provider);
    a.provider.destroy();
    await first.stop();

    // A token of the first process still opens documents: the signing secret is in the database.
    const second = await serve(open);
    const b = device(second, name, accessToken);
    await synced(b.provider);
    expect(JSON.parse(b.lessons.get("l1") ?? "null")).toMatchObject({
      title: "Kept",
    });
  });
});
