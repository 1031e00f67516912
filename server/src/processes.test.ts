import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  device,
  makeSchool,
  onCleanup,
  post,
  sent,
  signIn,
  storeKinds,
  synced,
  tempDir,
  until,
  usePostgres,
} from "../test/harness";
import { admin, serverProcess } from "../test/processes";
import { startRedis, type ThrowawayRedis } from "../test/redis";
import { teacherDocumentName } from "./access";

// The server as a school runs it: its own processes, its admin CLI, environment variables.

const postgres = usePostgres();
let redis: ThrowawayRedis | undefined;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

const YEAR = "2026-27";

describe("a school server process", () => {
  it("runs with no set-up: the admin CLI adds a teacher, who signs in and syncs", async () => {
    const env = { DATA_DIR: join(tempDir(), "data") };
    expect(
      admin(env, "create-school", "sppc", "St Paul's Primary").out,
    ).toContain("sppc");
    const added = admin(env, "add-teacher", "sppc", "Chan Tai Man");
    const passphrase = /Passphrase: (\S+)/.exec(added.out)?.[1];
    expect(passphrase).toBeDefined();
    expect(admin(env, "add-teacher", "sppc", "CHAN TAI MAN").err).toContain(
      "already has",
    );

    const server = await serverProcess(env);
    onCleanup(() => server.stop());
    const { accessToken, person } = await signIn(
      server,
      "sppc",
      "Chan Tai Man",
      passphrase,
    );
    const tablet = device(
      server,
      teacherDocumentName("sppc", person.id, YEAR),
      accessToken,
    );
    await synced(tablet.provider);
    tablet.lessons.set("l1", JSON.stringify({ id: "l1" }));
    await sent(tablet.provider);
  });

  it("says which setting is wrong instead of starting", async () => {
    await expect(
      serverProcess({ PORT: "port eighty", DATA_DIR: tempDir() }),
    ).rejects.toThrow(/PORT/);
  });
});

describe("two server processes with Redis and PostgreSQL", () => {
  async function pair() {
    const open = storeKinds(postgres)[1]![1]();
    const school = await makeSchool(open, {
      "Chan Tai Man": "teacher",
      "Ho Ka Yan": "head",
    });
    const env = { DATABASE_URL: postgres().url, REDIS_URL: redis!.url };
    // One after the other: the first makes the tables and the shared signing secret.
    const one = await serverProcess(env);
    onCleanup(() => one.stop());
    const two = await serverProcess(env);
    onCleanup(() => two.stop());
    return { ...school, one, two };
  }

  it("carries a teacher's edit on one process to the head on the other", async () => {
    const { code, ids, one, two } = await pair();
    const name = teacherDocumentName(code, ids["Chan Tai Man"]!, YEAR);
    const teacher = device(
      one,
      name,
      (await signIn(one, code, "Chan Tai Man")).accessToken,
    );
    // A token from one process opens documents on the other.
    const head = device(
      two,
      name,
      (await signIn(one, code, "Ho Ka Yan")).accessToken,
    );
    await Promise.all([synced(teacher.provider), synced(head.provider)]);
    teacher.lessons.set("l1", JSON.stringify({ id: "l1", status: "taught" }));
    await until(head.doc, () => head.lessons.has("l1"));
    expect(JSON.parse(head.lessons.get("l1")!)).toEqual({
      id: "l1",
      status: "taught",
    });
  });

  it("counts failed sign-ins across both processes", async () => {
    const { code, one, two } = await pair();
    const wrong = {
      school: code,
      name: "Chan Tai Man",
      passphrase: "a wrong guess",
    };
    // Five failures (the default limit), spread over both processes.
    for (const server of [one, two, one, two, one])
      expect((await post(server, "/api/sign-in", wrong)).status).toBe(401);
    expect((await post(two, "/api/sign-in", wrong)).status).toBe(429);
  });
});
