// Auth.js endpoints (sign-in with `username` + `password`, sign-out, session, csrf).
import { handlers } from "@/server/auth/config";

export const { GET, POST } = handlers;
