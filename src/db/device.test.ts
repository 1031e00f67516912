import { describe, expect, it } from "vitest";
import { codesFor, DEVICE_ID, deviceCode } from "../domain/device";
import { ensureDeviceId, newDeviceId, readDeviceId } from "./device";
import { db } from "../../tests/support/services";

describe("this device's identity", () => {
  it("is made once, on first need, and then stays", async () => {
    expect(await readDeviceId(db())).toBe("");
    // Two tabs asking at once agree on one.
    const [a, b] = await Promise.all([
      ensureDeviceId(db()),
      ensureDeviceId(db()),
    ]);
    expect(a).toMatch(DEVICE_ID);
    expect(b).toBe(a);
    expect(await ensureDeviceId(db())).toBe(a);
    expect(await readDeviceId(db())).toBe(a);
  });

  it("is random, in the shape share files accept, and reads short for people", () => {
    const ids = new Set(Array.from({ length: 100 }, newDeviceId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(DEVICE_ID);
    expect(deviceCode("3f2a9c1b-0d4e-4a5b-8c6d-7e8f90a1b2c3")).toBe(
      "3F2A-9C1B",
    );
  });
});

describe("device codes shown together", () => {
  it("show whole ids where two devices would look the same", () => {
    const real = "3f2a9c1b-0d4e-4a5b-8c6d-7e8f90a1b2c3";
    const lookalike = "3f2a9c1b-0000-4000-8000-000000000bad";
    const other = "9c1b3f2a-0d4e-4a5b-8c6d-7e8f90a1b2c3";
    const codeOf = codesFor([real, lookalike, other, ""]);
    expect(codeOf(real)).toBe(real.toUpperCase());
    expect(codeOf(lookalike)).toBe(lookalike.toUpperCase());
    expect(codeOf(other)).toBe("9C1B-3F2A");
  });
});
