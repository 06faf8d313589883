// Integration: one defineAction action called the three ways the app calls it — with its input, with a
// FormData, and as a form action by useActionState (previous state, FormData), which is also how Next
// calls it for a form posted before JavaScript runs. The same strict schema and messages apply to each.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { openTestDb } from "@/db/test-utils";
import type { Viewer } from "@/lib/authz";
import { bool, id, text } from "@/lib/validation";

let h: Awaited<ReturnType<typeof openTestDb>>;
const viewer = {
  userId: 1,
  username: "office",
  personId: null,
  personName: null,
  roles: ["committee_office"],
  locale: "zh",
  headedUnitIds: [],
  liaisonUnitIds: [],
  supervisedUnitIds: [],
  ownUnitIds: [],
  mustChangePassword: false,
  sessionId: "s",
  year: 2026,
  baseRoles: ["committee_office"],
  byYear: {},
} as unknown as Viewer;

vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: async () => h.db,
}));
vi.mock("@/server/auth/viewer", () => ({
  getViewer: async () => viewer,
  actorOf: async () => ({ userId: null, username: "office", roles: ["committee_office"], ip: "127.0.0.1", userAgent: "test", requestId: null }),
}));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const { defineAction } = await import("@/server/action");

const save = defineAction({
  name: "test.form.save",
  permission: "duty.edit",
  schema: z.strictObject({ unitId: id, title: text(10), isUrgent: bool, password: z.string().optional() }),
  run: async ({ input }) => ({ value: input, audit: { action: "test.form.save", objectType: "unit", objectId: input.unitId } }),
});

const formOf = (entries: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.append(k, v);
  return fd;
};

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h?.cleanup();
});

describe("defineAction called by a form", () => {
  it("takes the FormData of (previous state, FormData), never the previous state, and reads a ticked box", async () => {
    const previous = { ok: false as const, error: "validation.fix", fieldErrors: { title: "validation.required" } };
    const r = await save(previous, formOf({ unitId: "3", title: "检查", isUrgent: "on", $ACTION_KEY: "k0" }));
    expect(r).toEqual({ ok: true, data: { unitId: 3, title: "检查", isUrgent: true } });
    // No previous state (the first submission), and an unticked box.
    expect(await save(null, formOf({ unitId: "3", title: "检查" }))).toEqual({ ok: true, data: { unitId: 3, title: "检查", isUrgent: false } });
  });

  it("still takes its input alone, as an object or a FormData", async () => {
    expect(await save({ unitId: 4, title: "会议", isUrgent: true })).toEqual({ ok: true, data: { unitId: 4, title: "会议", isUrgent: true } });
    expect(await save(formOf({ unitId: "4", title: "会议" }))).toMatchObject({ ok: true, data: { unitId: 4 } });
  });

  it("a refused form gets its field errors and the text it held (no password) to show again", async () => {
    const r = await save(null, formOf({ unitId: "x", title: "", password: "secret" }));
    expect(r).toEqual({
      ok: false,
      error: "validation.fix",
      fieldErrors: { unitId: "validation.invalid", title: "validation.required" },
      values: { unitId: "x", title: "" },
    });
    // A field the schema does not know is refused as before.
    expect(await save(null, formOf({ unitId: "3", title: "检查", status: "published" }))).toMatchObject({ ok: false, error: "validation.unknownField" });
    // Called with an object, a refusal carries no values.
    expect(await save({ unitId: "x", title: "检查" })).not.toHaveProperty("values");
  });
});
