// Password policy (SECURITY.md) and argon2id hashing.
import { hash, verify } from "@node-rs/argon2";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const PASSWORD_HISTORY = 5;

export type PolicyError =
  | "password.tooShort"
  | "password.tooLong"
  | "password.classes"
  | "password.sameAsUsername"
  | "password.reused";

export function checkPasswordPolicy(password: string, username: string): PolicyError | null {
  if (password.length < PASSWORD_MIN) return "password.tooShort";
  if (password.length > PASSWORD_MAX) return "password.tooLong";
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return "password.classes";
  const lower = password.toLowerCase();
  const user = username.toLowerCase();
  if (user && (lower === user || lower.includes(user))) return "password.sameAsUsername";
  return null;
}

// argon2id (the library's default algorithm) with OWASP's minimum memory cost.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal it. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword("dummy-Password#1"));
}

export async function isReused(password: string, previousHashes: string[]): Promise<boolean> {
  for (const h of previousHashes.slice(0, PASSWORD_HISTORY)) if (await verifyPassword(h, password)) return true;
  return false;
}

export function isExpired(changedAt: Date, expiryDays: number, now: Date): boolean {
  if (expiryDays <= 0) return false;
  return now.getTime() - changedAt.getTime() > expiryDays * 86_400_000;
}
