import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formInput, formValues } from "./form-data";
import { bool, id } from "./validation";

const form = (entries: [string, string | File][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("a submitted form as an action's input", () => {
  it("keeps single fields as values and repeated ones (checkbox groups, multi-selects) as arrays", () => {
    const input = formInput(form([["title", "检查"], ["unitIds", "3"], ["unitIds", "5"], ["leadId", "7"]]));
    expect(input).toEqual({ title: "检查", unitIds: ["3", "5"], leadId: "7" });
  });

  it("leaves out React's own fields and an empty file input, keeps a chosen file", () => {
    const pdf = new File([new Uint8Array([37, 80, 68, 70])], "a.pdf", { type: "application/pdf" });
    const input = formInput(
      form([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
        ["$ACTION_KEY", "k0"],
        ["file", new File([], "")],
        ["files", pdf],
        ["note", ""],
      ]),
    );
    expect(Object.keys(input).sort()).toEqual(["files", "note"]);
    expect(input.files).toBe(pdf);
    expect(input.note).toBe("");
  });

  it("reads `group.key` as an entry of the object `group`", () => {
    expect(formInput(form([["counts.late", "2"], ["counts.absent", ""], ["reason", "x"]]))).toEqual({
      counts: { late: "2", absent: "" },
      reason: "x",
    });
    // A dot at either end is no group.
    expect(formInput(form([[".a", "1"], ["b.", "2"]]))).toEqual({ ".a": "1", "b.": "2" });
  });

  it("never touches a prototype: `__proto__` is a plain field that a strict schema refuses", () => {
    const input = formInput(form([["__proto__", "x"], ["__proto__.polluted", "1"]]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    expect(z.strictObject({ a: z.string().optional() }).safeParse(input).success).toBe(false);
  });

  it("an unticked checkbox is absent, which the shared boolean reads as false; a ticked one is \"on\"", () => {
    const schema = z.strictObject({ confirm: bool, unitId: id });
    expect(schema.parse(formInput(form([["unitId", "4"]])))).toEqual({ confirm: false, unitId: 4 });
    expect(schema.parse(formInput(form([["unitId", "4"], ["confirm", "on"]])))).toEqual({ confirm: true, unitId: 4 });
  });
});

describe("the values a refused form shows again", () => {
  it("are the text fields, by name, without passwords, files or React's fields", () => {
    const values = formValues(
      form([
        ["$ACTION_KEY", "k0"],
        ["title", "检查"],
        ["password", "secret"],
        ["newPassword", "secret2"],
        ["file", new File([new Uint8Array([1])], "a.pdf")],
        ["unitIds", "3"],
        ["unitIds", "5"],
      ]),
    );
    expect(values).toEqual({ title: "检查", unitIds: ["3", "5"] });
  });
});
