// 三权分立 that holds: the system, security and audit administrators are three people, none of whom can take
// over another's account or leave a role without a holder. Pure rules over role lists.
import { ADMIN_ROLES, type Role } from "@/lib/authz";

export type AdminRole = (typeof ADMIN_ROLES)[number];

export const isAdminRole = (role: string): role is AdminRole => (ADMIN_ROLES as readonly string[]).includes(role);

/**
 * Whether an administrator holding `actorRoles` may reset the password of an account holding `targetRoles`.
 * An administrator of another kind is refused: the system administrator would learn the temporary password
 * and could sign in as the security or audit administrator. Such an account is reset by a holder of its
 * own kind (see the note in README: recovery).
 */
export function mayResetPassword(actorRoles: readonly Role[], targetRoles: readonly string[]): boolean {
  return targetRoles.filter(isAdminRole).every((r) => actorRoles.includes(r));
}

/** Removing `role` from one of `activeHolders` accounts (revoke, disable) leaves someone holding it. */
export function leavesAHolder(role: string, activeHolders: number): boolean {
  return !isAdminRole(role) || activeHolders > 1;
}
