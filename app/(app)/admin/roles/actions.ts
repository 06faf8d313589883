"use server";
// Role grants and security policy by the security administrator; a grant change ends the user's sessions.
import { z } from "zod";
import { grantedRole } from "@/db/schema";
import { countActiveHoldersForUpdate, createRoleGrant, deleteRoleGrant, getRoleGrant, getUserBrief, upsertSetting } from "@/db/queries/users";
import { leavesAHolder } from "@/lib/auth/separation";
import { ActionError, defineAction } from "@/server/action";
import { enumOf, id, optionalId, text } from "@/lib/validation";
import { now } from "@/lib/clock";

export const grantRoleAction = defineAction({
  name: "role.grant",
  permission: "role.manage",
  schema: z.strictObject({ username: text(64), role: enumOf(grantedRole.enumValues), unitId: optionalId }),
  run: async ({ input, tx }) => {
    if (input.role === "safety_liaison" && !input.unitId) throw new ActionError("rolesAdmin.unitRequired", "unitId");
    if (input.role !== "safety_liaison" && input.unitId) throw new ActionError("rolesAdmin.unitNotAllowed", "unitId");
    const user = await getUserBrief(tx, { username: input.username.toLowerCase() });
    if (!user) throw new ActionError("rolesAdmin.userNotFound", "username");
    // The 三权分立 trigger refuses an admin role next to any other role or a post (errors.roleSeparation).
    const grantId = await createRoleGrant(tx, { userId: user.id, role: input.role, unitId: input.unitId, now: now() });
    return {
      value: { username: user.username },
      audit: {
        action: "role.grant",
        objectType: "user",
        objectId: user.id,
        after: { grantId, role: input.role, unitId: input.unitId, sessionVersion: user.sessionVersion + 1 },
      },
    };
  },
});

export const revokeRoleAction = defineAction({
  name: "role.revoke",
  permission: "role.manage",
  schema: z.strictObject({ grantId: id }),
  run: async ({ viewer, input, tx }) => {
    const grant = await getRoleGrant(tx, input.grantId);
    if (!grant) throw new ActionError("errors.notFound");
    // Revoking one's own grant could leave nobody able to grant roles again.
    if (grant.userId === viewer.userId) throw new ActionError("rolesAdmin.selfRevoke");
    // Nobody removes the last holder of a 三员 role (the row locks make two concurrent revokes wait).
    if (!leavesAHolder(grant.role, await countActiveHoldersForUpdate(tx, grant.role))) throw new ActionError("rolesAdmin.lastHolder");
    const removed = await deleteRoleGrant(tx, grant.id, now());
    if (!removed) throw new ActionError("errors.notFound");
    return {
      value: { username: grant.username },
      audit: {
        action: "role.revoke",
        objectType: "user",
        objectId: grant.userId,
        before: { grantId: grant.id, role: grant.role, unitId: grant.unitId },
      },
    };
  },
});

export const updatePasswordExpiryAction = defineAction({
  name: "settings.update",
  permission: "settings.manage",
  schema: z.strictObject({ passwordExpiryDays: text(6) }),
  run: async ({ input, tx }) => {
    const days = input.passwordExpiryDays;
    if (!/^\d{1,3}$/.test(days) || Number(days) > 365) throw new ActionError("rolesAdmin.expiryRange", "passwordExpiryDays");
    const value = String(Number(days));
    const before = await upsertSetting(tx, "password_expiry_days", value, now());
    return {
      value: { value },
      audit: { action: "settings.update", objectType: "setting", objectId: "password_expiry_days", before: { value: before }, after: { value } },
    };
  },
});
