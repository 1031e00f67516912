import { describe, expect, it } from "vitest";
import {
  makeSchool,
  onCleanup,
  passphraseOf,
  post,
  serve,
  signIn,
  storeKinds,
  usePostgres,
} from "../test/harness";
import { openAccounts } from "./accounts";

// Sign-in and tokens over the real HTTP API, with both stores.

const postgres = usePostgres();

describe.each(storeKinds(postgres))("signing in (%s)", (_, storeFor) => {
  async function school() {
    const open = storeFor();
    const { code, ids } = await makeSchool(open, {
      "Chan Tai Man": "teacher",
      "Ho Ka Yan": "head",
    });
    const server = await serve(open, {
      signInLimits: {
        failuresPerName: 3,
        failuresPerAddress: 50,
        windowSeconds: 60,
      },
    });
    const accounts = async () => {
      const store = await open();
      onCleanup(() => store.close());
      return openAccounts(store);
    };
    return { code, ids, server, accounts, open };
  }

  it("signs a teacher in by school, name (as typed) and passphrase", async () => {
    const { code, ids, server } = await school();
    const { status, body } = await post(server, "/api/sign-in", {
      school: code.toUpperCase(),
      name: "  chan tai man ",
      passphrase: passphraseOf("Chan Tai Man"),
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      person: {
        id: ids["Chan Tai Man"],
        name: "Chan Tai Man",
        role: "teacher",
      },
      school: { code, name: "St Paul's Primary" },
    });
    expect(body.accessToken).toEqual(expect.any(String));
  });

  it("gives one answer for a wrong passphrase, name or school", async () => {
    const { code, server } = await school();
    for (const attempt of [
      { school: code, name: "Chan Tai Man", passphrase: "not the passphrase" },
      {
        school: code,
        name: "Nobody Here",
        passphrase: passphraseOf("Chan Tai Man"),
      },
      {
        school: "no-such-school",
        name: "Chan Tai Man",
        passphrase: "whatever it is",
      },
    ])
      expect(await post(server, "/api/sign-in", attempt)).toEqual({
        status: 401,
        body: { error: "wrong-sign-in" },
      });
  });

  it("stops guessing at one name, even with the right passphrase after", async () => {
    const { code, server } = await school();
    const wrong = {
      school: code,
      name: "Chan Tai Man",
      passphrase: "guess guess guess",
    };
    for (let i = 0; i < 3; i++)
      expect((await post(server, "/api/sign-in", wrong)).status).toBe(401);
    const right = await fetch(`${server.httpUrl}/api/sign-in`, {
      method: "POST",
      body: JSON.stringify({
        ...wrong,
        passphrase: passphraseOf("Chan Tai Man"),
      }),
    });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await right.json()).toEqual({ error: "too-many-attempts" });
    // Another teacher at the same school is not locked out.
    await expect(signIn(server, code, "Ho Ka Yan")).resolves.toBeTruthy();
  });

  it("refreshes tokens until the passphrase is reset", async () => {
    const { code, server, accounts } = await school();
    const { refreshToken, accessToken } = await signIn(
      server,
      code,
      "Chan Tai Man",
    );
    const refreshed = await post(server, "/api/refresh", { refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    // An access token is not a refresh token.
    expect(
      (await post(server, "/api/refresh", { refreshToken: accessToken }))
        .status,
    ).toBe(401);

    await (
      await accounts()
    ).resetPassphrase(code, "Chan Tai Man", "a brand new phrase");
    expect(await post(server, "/api/refresh", { refreshToken })).toEqual({
      status: 401,
      body: { error: "signed-out" },
    });
    expect(
      (
        await post(server, "/api/sign-in", {
          school: code,
          name: "Chan Tai Man",
          passphrase: "a brand new phrase",
        })
      ).status,
    ).toBe(200);
  });

  it("lists the school's people to its head only", async () => {
    const { code, server } = await school();
    const people = (token: string) =>
      fetch(`${server.httpUrl}/api/people`, {
        headers: { Authorization: `Bearer ${token}` },
      });
    const head = await signIn(server, code, "Ho Ka Yan");
    const list = (await (await people(head.accessToken)).json()) as {
      people: { name: string; role: string }[];
    };
    expect(list.people.map((p) => [p.name, p.role])).toEqual([
      ["Chan Tai Man", "teacher"],
      ["Ho Ka Yan", "head"],
    ]);
    const teacher = await signIn(server, code, "Chan Tai Man");
    expect((await people(teacher.accessToken)).status).toBe(403);
    expect((await people("nonsense")).status).toBe(401);
  });

  it("lists each person the teachers' documents they may open, with the teacher's name", async () => {
    const { code, ids, server, open } = await school();
    const store = await open();
    onCleanup(() => store.close());
    const docOf = (id: string, year: string) =>
      `school:${code}:teacher:${id}:${year}`;
    const other = await makeSchool(open, { "Lee Siu Ming": "teacher" });
    for (const name of [
      docOf(ids["Chan Tai Man"]!, "2025-26"),
      docOf(ids["Chan Tai Man"]!, "2026-27"),
      `school:${other.code}:teacher:${other.ids["Lee Siu Ming"]}:2026-27`,
      `school:${code}:plans`,
    ])
      await store.store(name, new Uint8Array([0, 0]));
    const documents = async (token: string) => {
      const response = await fetch(`${server.httpUrl}/api/documents`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return {
        status: response.status,
        body: (await response.json()) as { documents?: unknown },
      };
    };
    const chan = { id: ids["Chan Tai Man"], name: "Chan Tai Man" };
    const expected = [
      { name: docOf(chan.id!, "2025-26"), owner: chan },
      { name: docOf(chan.id!, "2026-27"), owner: chan },
    ];
    const head = await signIn(server, code, "Ho Ka Yan");
    expect((await documents(head.accessToken)).body.documents).toEqual(
      expected,
    );
    const teacher = await signIn(server, code, "Chan Tai Man");
    expect((await documents(teacher.accessToken)).body.documents).toEqual(
      expected,
    );
    const lee = await signIn(server, other.code, "Lee Siu Ming");
    expect((await documents(lee.accessToken)).body.documents).toEqual([
      {
        name: `school:${other.code}:teacher:${other.ids["Lee Siu Ming"]}:2026-27`,
        owner: { id: other.ids["Lee Siu Ming"], name: "Lee Siu Ming" },
      },
    ]);
    expect((await documents("nonsense")).status).toBe(401);
  });

  it("answers malformed, oversized and unknown requests without harm", async () => {
    const { code, server } = await school();
    expect(await post(server, "/api/sign-in", "{not json")).toEqual({
      status: 400,
      body: { error: "malformed" },
    });
    expect(
      (await post(server, "/api/sign-in", { school: code, name: ["x"] }))
        .status,
    ).toBe(400);
    expect(
      (await post(server, "/api/sign-in", "x".repeat(100_000))).status,
    ).toBe(413);
    expect((await post(server, "/api/nothing", {})).status).toBe(404);
    await expect(signIn(server, code, "Chan Tai Man")).resolves.toBeTruthy();
  });

  it("lets the app's page call it from another origin", async () => {
    const { server } = await school();
    const preflight = await fetch(`${server.httpUrl}/api/sign-in`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:4173",
        "Access-Control-Request-Method": "POST",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });
});

describe("accounts", () => {
  it("keeps each school's names unique however they are typed", async () => {
    const open = storeKinds(postgres)[0]![1]();
    const { code } = await makeSchool(open, { "Chan Tai Man": "teacher" });
    const store = await open();
    onCleanup(() => store.close());
    const accounts = await openAccounts(store);
    await expect(
      accounts.addPerson({
        school: code,
        name: "CHAN  TAI MAN",
        role: "head",
        passphrase: "long enough phrase",
      }),
    ).rejects.toThrow(/already has someone/);
    await expect(
      accounts.addPerson({
        school: code,
        name: "Short Pass",
        role: "teacher",
        passphrase: "short",
      }),
    ).rejects.toThrow(/at least 10/);
    await expect(accounts.createSchool(code, "Again")).rejects.toThrow(
      /already a school/,
    );
    await expect(accounts.revoke(code, "Nobody")).rejects.toThrow(
      /No one called/,
    );
  });
});
