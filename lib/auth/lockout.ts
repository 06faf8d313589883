// Lockout and throttling rules as plain functions over attempt times, tested with a fake clock.
export const LOCKOUT = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 30 * 60_000,
  /** Failures from one IP in the window before that IP is throttled (per-IP, across usernames). */
  ipMaxFailures: 30,
} as const;

export const SESSION = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
  /** last_seen is written at most this often, so every request is not a write. */
  touchEveryMs: 60_000,
} as const;

/** Failures since the last success inside the window; returns the lock end when the limit is hit. */
export function lockAfterFailure(
  attempts: { at: Date; isSuccess: boolean }[],
  now: Date,
): Date | null {
  const since = now.getTime() - LOCKOUT.windowMs;
  const sorted = [...attempts].sort((a, b) => b.at.getTime() - a.at.getTime());
  let failures = 0;
  for (const a of sorted) {
    if (a.at.getTime() < since || a.isSuccess) break;
    failures++;
  }
  return failures >= LOCKOUT.maxFailures ? new Date(now.getTime() + LOCKOUT.lockMs) : null;
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil != null && lockedUntil.getTime() > now.getTime();
}

export function isIpThrottled(ipFailuresInWindow: number): boolean {
  return ipFailuresInWindow >= LOCKOUT.ipMaxFailures;
}

export type SessionState = "active" | "idle" | "expired" | "ended";

export function sessionState(
  s: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null },
  now: Date,
): SessionState {
  if (s.endedAt) return "ended";
  if (now.getTime() - s.createdAt.getTime() > SESSION.absoluteMs) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() > SESSION.idleMs) return "idle";
  return "active";
}
