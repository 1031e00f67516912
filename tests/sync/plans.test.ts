import { describe, expect, it } from "vitest";
import { heldPlanIds } from "../../src/db/planSync";
import { emptyPlan } from "../../src/domain/plans/record";
import type { SchoolPlan } from "../../src/domain/plans/types";
import { plansDocument } from "../../src/domain/sync/entry";
import { savePlan } from "../../src/features/plans/mutations";
import {
  device,
  makeSchool,
  serve,
  signIn,
  storeKinds,
  synced,
  usePostgres,
} from "../../server/test/harness";
import { eventually, network, tablet } from "./support";

// The school's plans through the school server: a head's plan reaches every teacher's tablet
// (held there read-only) and the other heads'; two heads' edits that crossed are both kept.

const postgres = usePostgres();

const plan = (vision: string): SchoolPlan => ({
  ...emptyPlan(crypto.randomUUID(), "2026/27", new Date()),
  schoolName: "St Mary's Primary School",
  vision,
});

describe("the school's plans", () => {
  it("reach every teacher's tablet from the head's, read-only there; garbage is left out; a sign-out leaving no copy takes them", async () => {
    const open = storeKinds(postgres)[0]![1]();
    const { code } = await makeSchool(open, {
      "Lee Siu Ming": "teacher",
      "Ho Wing": "head",
    });
    const server = await serve(open);
    const head = await tablet(server, code, "Ho Wing");
    const lee = await tablet(server, code, "Lee Siu Ming");

    const sdp = await savePlan(
      head.db,
      plan("Every pupil a thoughtful AI user"),
    );
    await eventually(
      async () =>
        (await lee.db.plans.get(sdp.id))?.vision ===
        "Every pupil a thoughtful AI user",
    );
    expect(await heldPlanIds(lee.db)).toEqual(new Set([sdp.id]));

    const edited = await savePlan(head.db, { ...sdp, vision: "Revised" });
    await eventually(
      async () => (await lee.db.plans.get(sdp.id))?.vision === "Revised",
    );

    // A value that is not a plan, written straight into the document, changes nothing.
    const { accessToken } = await signIn(server, code, "Ho Wing");
    const raw = device(server, plansDocument(code), accessToken);
    await synced(raw.provider);
    const map = raw.doc.getMap<unknown>("plans");
    map.set(sdp.id, { v: 1, rev: "x", base: null, device: "d", plan: "{" });
    map.set(crypto.randomUUID(), "<script>alert(1)</script>");
    await savePlan(head.db, { ...edited, deletedAt: new Date().toISOString() });
    await eventually(async () => (await lee.db.plans.get(sdp.id))?.deletedAt);
    expect(await lee.db.plans.count()).toBe(1);
    expect((await lee.db.plans.get(sdp.id))?.vision).toBe("Revised");

    await lee.sync.signOut({ keepCopy: false });
    expect(await lee.db.plans.count()).toBe(0);
    // The head's plans are the head's own work: they stay on the head's device.
    expect(await head.db.plans.count()).toBe(1);
  });

  it("keeps both of two heads' edits of one plan made while one was offline", async () => {
    const open = storeKinds(postgres)[1]![1]();
    const { code } = await makeSchool(open, {
      "Ho Wing": "head",
      "Yip Ka Yan": "head",
    });
    const server = await serve(open);
    const link = await network(server);
    const ho = await tablet(server, code, "Ho Wing");
    const yip = await tablet(link, code, "Yip Ka Yan");
    const sdp = await savePlan(ho.db, plan("First draft"));
    await eventually(
      async () => (await yip.db.plans.get(sdp.id)) !== undefined,
    );
    await eventually(() => yip.sync.status.get().state === "up-to-date");

    link.cut();
    await eventually(() => yip.sync.status.get().state === "offline");
    await savePlan(ho.db, { ...sdp, vision: "Ho's vision" });
    await savePlan(yip.db, {
      ...(await yip.db.plans.get(sdp.id))!,
      vision: "Yip's vision",
    });
    link.restore();

    const visions = async (t: typeof ho) =>
      (await t.db.plans.toArray()).map((p) => p.vision).sort();
    for (const t of [ho, yip])
      await eventually(
        async () =>
          JSON.stringify(await visions(t)) ===
          JSON.stringify(["Ho's vision", "Yip's vision"]),
      );
    const copies = [
      ...((await ho.db.syncDocs.get(plansDocument(code)))?.copies ?? []),
      ...((await yip.db.syncDocs.get(plansDocument(code)))?.copies ?? []),
    ];
    expect(copies.map((c) => c.of)).toEqual([sdp.id]);
  });
});
