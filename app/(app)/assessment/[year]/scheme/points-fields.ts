// The points table (分值分配) posts totalPoints, cat_<id> and item_<id>: one value per category and item.
import { z } from "zod";
import { id, points } from "@/lib/validation";

export const pointsCell = /^(cat|item)_(\d{1,9})$/;

/** Names are checked first, so a forged field (status, score …) is refused as unknown, not read as points. */
export const pointsInput = z
  .record(z.string(), z.unknown())
  .refine(
    (o) => Object.keys(o).every((k) => ["schemeId", "version", "totalPoints"].includes(k) || pointsCell.test(k)),
    {
      error: "validation.unknownField",
    },
  )
  .pipe(z.object({ schemeId: id, version: id, totalPoints: points }).catchall(points));
