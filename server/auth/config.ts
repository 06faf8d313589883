// Auth.js v5: credentials (fields `username`, `password`) with JWT tokens that carry only a session id,
// which every request checks against the sessions table (lib/auth/viewer.ts).
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { endSessionById } from "@/server/auth/session-end";
import { env } from "@/lib/env";
import { checkLogin } from "@/server/auth/login";
import { clientIp } from "@/server/auth/request-info";
import { SESSION } from "@/lib/auth/lockout";
import { now } from "@/lib/clock";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env().authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION.absoluteMs / 1000 },
  pages: { signIn: "/login" },
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin" || error.name === "CredentialsSignin") return;
      console.error("[auth]", error.name, error.message);
    },
    warn() {},
  },
  providers: [
    Credentials({
      credentials: { username: { label: "username" }, password: { label: "password", type: "password" } },
      async authorize(credentials, request) {
        const db = await getDb();
        const result = await checkLogin(db, {
          username: String(credentials?.username ?? ""),
          password: String(credentials?.password ?? ""),
          ip: clientIp(request.headers),
          userAgent: request.headers.get("user-agent"),
          now: now(),
        });
        if (!result.ok) throw new CredentialsSignin();
        return { id: String(result.userId), sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      return token;
    },
    // The server session id stays in the signed cookie (read by server/auth/viewer.ts): the session object
    // Auth.js serves to scripts at /api/auth/session does not carry it.
    session({ session }) {
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (!sid) return;
      const db = await getDb();
      await endSessionById(db, sid, "logout");
    },
  },
});

