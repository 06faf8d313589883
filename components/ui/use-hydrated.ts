"use client";
// False on the server and during hydration, true once React runs the page: forms keep their submit
// button disabled until then, so a click that comes early (a fast user, or a test) is never sent as a
// native form submission that bypasses the server action.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
