// npm run audit:verify — recomputes the audit hash chain; exits 1 and names the first broken entry.
import { openDatabase } from "../client";
import { verifyAuditChain } from "../queries/audit";
import { env } from "@/lib/env";

async function main() {
  const h = await openDatabase({ url: env().databaseUrl });
  try {
    const r = await verifyAuditChain(h.db);
    if (r.ok) {
      console.log(`audit chain intact: ${r.count} entries, last seq ${r.lastSeq}, last hash ${r.lastHash}`);
    } else {
      console.error(`audit chain BROKEN at entry ${r.brokenSeq} (${r.reason}); ${r.count} entries read`);
      process.exitCode = 1;
    }
  } finally {
    await h.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
