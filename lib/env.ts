// Environment is parsed once here; nothing else reads process.env.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  DATA_DIR: z.string().optional(),
  PGLITE_DIR: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DEMO_SEED: z.enum(["0", "1"]).optional(),
  AUTH_SECURE_COOKIES: z.enum(["0", "1"]).optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(8).optional(),
});

export type Env = {
  databaseUrl: string | undefined;
  dataDir: string;
  pgliteDir: string;
  authSecret: string;
  isProduction: boolean;
  /** Load the demo bureau into an empty database (default: only for the embedded database). */
  demoSeed: boolean;
  secureCookies: boolean;
  bootstrapAdminPassword: string | undefined;
};

let cached: Env | undefined;

const clockSchema = z.object({
  DUALDUTY_NOW: z.iso.datetime({ offset: true }).optional(),
  DUALDUTY_ALLOW_CLOCK: z.enum(["0", "1"]).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

/**
 * Where the application's clock starts (lib/clock.ts): `DUALDUTY_NOW`, ISO 8601 with an offset
 * (`2027-01-15T10:00:00+08:00`), for tests and demos; unset, the real time. A production server refuses
 * it unless `DUALDUTY_ALLOW_CLOCK=1` says this installation is a demo or a test run.
 */
export function clockStart(): Date | undefined {
  const parsed = clockSchema.safeParse({
    DUALDUTY_NOW: process.env.DUALDUTY_NOW || undefined,
    DUALDUTY_ALLOW_CLOCK: process.env.DUALDUTY_ALLOW_CLOCK || undefined,
    NODE_ENV: process.env.NODE_ENV || undefined,
  });
  if (!parsed.success) throw new Error(`DUALDUTY_NOW must be ISO 8601 with an offset, e.g. 2027-01-15T10:00:00+08:00`);
  const { DUALDUTY_NOW, DUALDUTY_ALLOW_CLOCK, NODE_ENV } = parsed.data;
  if (!DUALDUTY_NOW) return undefined;
  if (NODE_ENV === "production" && DUALDUTY_ALLOW_CLOCK !== "1")
    throw new Error("DUALDUTY_NOW is set in a production server: set DUALDUTY_ALLOW_CLOCK=1 only for a demo or test installation");
  return new Date(DUALDUTY_NOW);
}

function secretFromDataDir(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.parse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
    DATA_DIR: process.env.DATA_DIR || undefined,
    PGLITE_DIR: process.env.PGLITE_DIR || undefined,
    NODE_ENV: process.env.NODE_ENV || undefined,
    DEMO_SEED: process.env.DEMO_SEED || undefined,
    AUTH_SECURE_COOKIES: process.env.AUTH_SECURE_COOKIES || undefined,
    BOOTSTRAP_ADMIN_PASSWORD: process.env.BOOTSTRAP_ADMIN_PASSWORD || undefined,
  });
  const dataDir = path.resolve(/*turbopackIgnore: true*/ parsed.DATA_DIR ?? ".data");
  const isProduction = parsed.NODE_ENV === "production";
  cached = {
    databaseUrl: parsed.DATABASE_URL,
    dataDir,
    pgliteDir: parsed.PGLITE_DIR ?? path.join(dataDir, "pglite"),
    authSecret: parsed.AUTH_SECRET ?? secretFromDataDir(dataDir),
    isProduction,
    demoSeed: parsed.DEMO_SEED ? parsed.DEMO_SEED === "1" : !parsed.DATABASE_URL,
    secureCookies: parsed.AUTH_SECURE_COOKIES
      ? parsed.AUTH_SECURE_COOKIES === "1"
      : isProduction,
    bootstrapAdminPassword: parsed.BOOTSTRAP_ADMIN_PASSWORD,
  };
  return cached;
}
