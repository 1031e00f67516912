import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import {
  device,
  makeSchool,
  onCleanup,
  refused,
  sent,
  serve,
  signIn,
  storeKinds,
  synced,
  until,
  usePostgres,
} from "../test/harness";
import { plansDocumentName, teacherDocumentName } from "./access";
import { openAccounts } from "./accounts";
import type { SchoolServer } from "./server";

// Permissions are the server's: each test connects with the real provider (or a raw socket)
// and checks what the other side sees.

const postgres = usePostgres();
const YEAR = "2026-27";
const MAX_MESSAGE = 256 * 1024;
const lesson = (id: string, title: string) => JSON.stringify({ id, title });

/** What a fresh device of this person finds in the document now. */
async function freshLook(server: SchoolServer, name: string, token: string) {
  const look = device(server, name, token);
  await synced(look.provider);
  const keys = [...look.lessons.keys()];
  look.provider.destroy();
  return keys;
}

describe.each(storeKinds(postgres))("who may open what (%s)", (_, storeFor) => {
  async function school() {
    const open = storeFor();
    const { code, ids } = await makeSchool(open, {
      "Chan Tai Man": "teacher",
      "Wong Mei Ling": "teacher",
      "Ho Ka Yan": "head",
    });
    const server = await serve(open, {
      revocationCheckMs: 100,
      maxMessageBytes: MAX_MESSAGE,
    });
    const doc = (person: string) =>
      teacherDocumentName(code, ids[person]!, YEAR);
    const token = async (person: string) =>
      (await signIn(server, code, person)).accessToken;
    return { open, code, ids, server, doc, token };
  }

  it("refuses a teacher another teacher's lessons, and anyone another school's", async () => {
    const { server, doc, token, open } = await school();
    const chan = device(
      server,
      doc("Chan Tai Man"),
      await token("Chan Tai Man"),
    );
    await synced(chan.provider);
    chan.lessons.set("l1", lesson("l1", "Chan's lesson"));
    await sent(chan.provider);

    const wong = device(
      server,
      doc("Chan Tai Man"),
      await token("Wong Mei Ling"),
    );
    expect(await refused(wong.provider)).toBe("forbidden");
    expect(wong.lessons.size).toBe(0);

    const other = await makeSchool(open, { "Ho Ka Yan": "head" });
    const elsewhere = (await signIn(server, other.code, "Ho Ka Yan"))
      .accessToken;
    const outsider = device(server, doc("Chan Tai Man"), elsewhere);
    expect(await refused(outsider.provider)).toBe("forbidden");
    expect(outsider.lessons.size).toBe(0);
  });

  it("refuses a device with no token, a forged token or an unknown document", async () => {
    const { server, doc, token, code } = await school();
    for (const [name, t, reason] of [
      [doc("Chan Tai Man"), null, "signed-out"],
      [
        doc("Chan Tai Man"),
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
        "signed-out",
      ],
      [
        `school:${code}:teacher:../../etc:${YEAR}`,
        await token("Chan Tai Man"),
        "forbidden",
      ],
    ] as const) {
      const stranger = device(server, name, t);
      expect(await refused(stranger.provider)).toBe(reason);
    }
  });

  it("lets the head read every teacher's lessons and drops the head's writes to them", async () => {
    const { server, doc, token, code } = await school();
    const chanToken = await token("Chan Tai Man");
    const chan = device(server, doc("Chan Tai Man"), chanToken);
    await synced(chan.provider);
    chan.lessons.set("l1", lesson("l1", "Taught on Monday"));
    await sent(chan.provider);

    const head = device(server, doc("Chan Tai Man"), await token("Ho Ka Yan"));
    await until(head.doc, () => head.lessons.has("l1"));
    // The head's own edit: the server answers it (not applied) and keeps the teacher's document.
    const answered = new Promise((resolve) =>
      head.provider.on("message", resolve),
    );
    head.lessons.set("l2", lesson("l2", "Written by the head"));
    await answered;
    expect(await freshLook(server, doc("Chan Tai Man"), chanToken)).toEqual([
      "l1",
    ]);
    expect(chan.lessons.has("l2")).toBe(false);

    // The plans are the head's to write, and the teachers' to read.
    const plans = device(
      server,
      plansDocumentName(code),
      await token("Ho Ka Yan"),
    );
    await synced(plans.provider);
    plans.doc.getMap("plans").set("sdp", "{}");
    await sent(plans.provider);
    const teacherView = device(server, plansDocumentName(code), chanToken);
    await until(teacherView.doc, () =>
      teacherView.doc.getMap("plans").has("sdp"),
    );
  });

  it("cuts a revoked teacher off at once and refuses them after", async () => {
    const { server, doc, token, code, open } = await school();
    const chanToken = await token("Chan Tai Man");
    const chan = device(server, doc("Chan Tai Man"), chanToken);
    await synced(chan.provider);
    const closed = new Promise<string>((resolve) =>
      chan.provider.on("close", ({ event }: { event: CloseEvent }) =>
        resolve(event.reason),
      ),
    );

    const store = await open();
    onCleanup(() => store.close());
    await (await openAccounts(store)).revoke(code, "Chan Tai Man");
    expect(await closed).toBe("signed-out");

    chan.lessons.set("l9", lesson("l9", "After revocation"));
    const again = device(server, doc("Chan Tai Man"), chanToken);
    expect(await refused(again.provider)).toBe("signed-out");
    await expect(signIn(server, code, "Chan Tai Man")).rejects.toThrow(/401/);
    const headView = await freshLook(
      server,
      doc("Chan Tai Man"),
      await token("Ho Ka Yan"),
    );
    expect(headView).not.toContain("l9");
  });

  it("survives a client sending garbage, and keeps serving the others", async () => {
    const { server, doc, token } = await school();
    const chanToken = await token("Chan Tai Man");
    const chan = device(server, doc("Chan Tai Man"), chanToken);
    await synced(chan.provider);
    chan.lessons.set("l1", lesson("l1", "Before the garbage"));
    await sent(chan.provider);

    const frames = [
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      new TextEncoder().encode("not a Yjs message at all"),
      // Signed in properly, then a sync update that is not a Yjs update.
      message(doc("Chan Tai Man"), (e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint(e, 0);
        encoding.writeVarString(e, chanToken);
        encoding.writeVarString(e, "4.8.0");
      }),
      message(doc("Chan Tai Man"), (e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, new Uint8Array([9, 9, 9, 9, 200, 1, 2]));
      }),
    ];
    await rawSocket(server, frames);
    // Too large a message: that socket is closed, nobody else is.
    await rawSocket(server, [new Uint8Array(MAX_MESSAGE + 1)]);

    chan.lessons.set("l2", lesson("l2", "After the garbage"));
    await sent(chan.provider);
    expect(
      (await freshLook(server, doc("Chan Tai Man"), chanToken)).sort(),
    ).toEqual(["l1", "l2"]);
  });
});

function message(documentName: string, write: (e: encoding.Encoder) => void) {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  write(e);
  return encoding.toUint8Array(e);
}

/** Sends the frames over a plain WebSocket, then waits until the server closes it or answers. */
async function rawSocket(server: SchoolServer, frames: Uint8Array[]) {
  const socket = new WebSocket(server.url);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  for (const frame of frames) socket.send(frame);
  // The server closes a socket that sent something it cannot read; else close it ourselves
  // once a ping's answer shows every frame before it was read.
  await new Promise<void>((resolve) => {
    socket.onclose = () => resolve();
    socket.onmessage = () => socket.close();
    socket.send(message("ping", (e) => encoding.writeVarUint(e, 9)));
  });
}
