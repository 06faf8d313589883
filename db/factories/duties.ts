// Test factories (integration tests only) for responsibility lists: a list with a few items (a business
// duty and its paired safety duty by default), published as a version at a given instant, and a confirm
// signature over that version's content as the sign action makes it.
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import { publishList } from "../queries/duty-writes";
import { listItems, listSignatures, responsibilityLists, type NewListItem } from "../schema";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import { now } from "@/lib/clock";
import { given, seq } from "./org";

type OwnerType = "unit" | "post" | "leader";
export type ItemSpec = Partial<Omit<NewListItem, "id" | "listId">>;

const RESPONSIBILITY: Record<OwnerType, NewListItem["responsibilityType"]> = { unit: "direct", post: "post", leader: "leadership" };

/** A business duty and the safety duty that goes with it (管业务必须管安全). */
function defaultItems(ownerType: OwnerType): ItemSpec[] {
  const i = seq();
  const business = randomUUID();
  const responsibilityType = RESPONSIBILITY[ownerType];
  return [
    { itemKey: business, text: `业务职责${i}`, category: "implementation", kind: "business", responsibilityType, cadence: "yearly" },
    {
      pairedKey: business,
      text: `安全职责${i}`,
      category: "internal",
      kind: "safety",
      responsibilityType,
      cadence: "monthly",
      scope: "本单位",
      standard: "每月检查一次",
    },
  ];
}

/**
 * A list of `year` for an owner: a unit (`unitId`), a post (`postId`, with its unit) or a leader
 * (`leaderId`, with the leadership team's unit). Published at `publishedAt` when given (version 1).
 */
export async function makeList(
  tx: AuditedTx,
  o: {
    year: number;
    unitId: number;
    ownerType?: OwnerType;
    postId?: number | null;
    leaderId?: number | null;
    items?: ItemSpec[];
    publishedAt?: Date | string;
  },
) {
  const ownerType: OwnerType = o.ownerType ?? (o.postId ? "post" : o.leaderId ? "leader" : "unit");
  const [list] = await tx
    .insert(responsibilityLists)
    .values({ year: o.year, ownerType, unitId: o.unitId, postId: o.postId ?? null, leaderId: o.leaderId ?? null })
    .returning();
  const specs = o.items ?? defaultItems(ownerType);
  const items = specs.length
    ? await tx
        .insert(listItems)
        .values(
          specs.map((s, n) => ({
            text: `职责${seq()}`,
            category: "implementation" as const,
            kind: "business" as const,
            responsibilityType: RESPONSIBILITY[ownerType],
            sortOrder: n + 1,
            ...given(s),
            itemKey: s.itemKey ?? randomUUID(),
            listId: list.id,
          })),
        )
        .returning()
    : [];
  if (o.publishedAt === undefined) return { list, items, version: null };
  const published = await publishListAt(tx, list.id, o.publishedAt);
  return { list: published.list, items, version: published.version };
}

/** Publishes the list's working copy as its next version at `at` (the clock's now by default). */
export async function publishListAt(tx: AuditedTx, listId: number, at: Date | string = now()) {
  const r = await publishList(tx, listId, null, null, typeof at === "string" ? new Date(at) : at);
  if (!r) throw new Error(`publishListAt: no list ${listId}`);
  return r;
}

/**
 * A confirm signature of a list by a person, over the list's current working content (as the sign action
 * makes it) or over `content` when given (a signature of some other text).
 */
export async function makeListSignature(
  tx: AuditedTx,
  o: { listId: number; userId: number; personId: number | null; signedAt?: Date | string; content?: string; role?: "confirm" | "approve" },
) {
  const [list] = await tx.select().from(responsibilityLists).where(eq(responsibilityLists.id, o.listId));
  const items = await tx.select().from(listItems).where(eq(listItems.listId, o.listId)).orderBy(asc(listItems.sortOrder), asc(listItems.id));
  const content = o.content ?? canonicalListContent(list, items);
  const [row] = await tx
    .insert(listSignatures)
    .values({
      listId: o.listId,
      role: o.role ?? "confirm",
      signerUserId: o.userId,
      signerPersonId: o.personId,
      signerPost: null,
      content,
      contentHash: contentHash(content),
      method: "password",
      signedAt: o.signedAt === undefined ? now() : new Date(o.signedAt),
    })
    .returning();
  return row;
}
