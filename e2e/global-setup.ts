// Signs every demo user in once through Auth.js's own endpoints and saves the session per role.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { request, type FullConfig } from "@playwright/test";
import { DEMO_USERS, PASSWORD, stateOf } from "./fixtures/users";

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  mkdirSync(path.resolve("e2e", ".auth"), { recursive: true });
  for (const username of DEMO_USERS) {
    const ctx = await request.newContext({ baseURL });
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    const res = await ctx.post("/api/auth/callback/credentials", {
      form: { csrfToken, username, password: PASSWORD },
      maxRedirects: 0,
    });
    if (res.status() !== 302 || (res.headers()["location"] ?? "").includes("error")) {
      throw new Error(`sign-in failed for ${username}: ${res.status()} ${res.headers()["location"]}`);
    }
    await ctx.storageState({ path: stateOf(username) });
    await ctx.dispose();
  }
}
