// A submitted form (FormData) as the plain input a strict schema parses, and as the values a form shows
// again after a refusal. The same FormData arrives whether the browser posted the form itself (before
// JavaScript runs) or React sent it: the fields only, whatever React adds for its own use left out.
export type FormValues = Record<string, string | string[]>;

/** React's own fields in a form bound to a server action (the action's id and bound state). */
const isReactField = (key: string) => key.startsWith("$ACTION_");

/** A file input left empty: browsers send a nameless, empty file part. */
const isEmptyFile = (v: FormDataEntryValue) => typeof v !== "string" && v.size === 0 && !v.name;

const add = (m: Map<string, unknown>, key: string, v: unknown) => {
  const prev = m.get(key);
  m.set(key, prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]);
};

/**
 * The input an action parses: a field sent once is its value, a field sent several times (checkbox
 * groups, multi-selects, several files) an array of them, `group.key` names an entry of the object
 * `group` (a table of per-rule counts), an empty file input is absent and so is an unchecked checkbox.
 * Built with Object.fromEntries, so a field named `__proto__` is an own key a strict schema refuses.
 */
export function formInput(form: FormData): Record<string, unknown> {
  const top = new Map<string, unknown>();
  const groups = new Map<string, Map<string, unknown>>();
  form.forEach((value, key) => {
    if (isReactField(key) || isEmptyFile(value)) return;
    const dot = key.indexOf(".");
    if (dot > 0 && dot < key.length - 1) {
      const group = key.slice(0, dot);
      const entries = groups.get(group) ?? new Map<string, unknown>();
      groups.set(group, entries);
      add(entries, key.slice(dot + 1), value);
    } else add(top, key, value);
  });
  for (const [group, entries] of groups) top.set(group, Object.fromEntries(entries));
  return Object.fromEntries(top);
}

/** The text a person entered, by field name, to show again beside the errors: never a password or a
 * file, never React's own fields. */
export function formValues(form: FormData): FormValues {
  const out = new Map<string, unknown>();
  form.forEach((value, key) => {
    if (isReactField(key) || typeof value !== "string" || /password/i.test(key)) return;
    add(out, key, value);
  });
  return Object.fromEntries(out) as FormValues;
}
