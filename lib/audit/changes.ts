// The minimal before/after an audit entry keeps for an edit: only the fields whose value changed
// (compared as JSON, so arrays and objects compare by content).
export function changedFields<T extends object>(
  current: Partial<Record<keyof T, unknown>>,
  next: T,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const keys = (Object.keys(next) as (keyof T)[]).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
  return {
    before: Object.fromEntries(keys.map((k) => [k, current[k]])),
    after: Object.fromEntries(keys.map((k) => [k, next[k]])),
  };
}
