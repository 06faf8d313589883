"use client";
// An ActionForm that opens the created object's page on success (`hrefBase` + the id it returns).
import { useRouter } from "next/navigation";
import { ActionForm, type FieldSpec } from "@/components/ui/action-form";
import type { ActionResult } from "@/server/action";

export function GoForm({
  action,
  fields,
  submitLabel,
  hrefBase,
}: {
  action: (input: Record<string, unknown>) => Promise<ActionResult<{ id: number }>>;
  fields: FieldSpec[];
  submitLabel: string;
  hrefBase: string;
}) {
  const router = useRouter();
  return (
    <ActionForm
      fields={fields}
      submitLabel={submitLabel}
      resetOnSuccess={false}
      action={async (input) => {
        const r = await action(input);
        if (r.ok) router.push(`${hrefBase}${r.data.id}`);
        return r;
      }}
    />
  );
}
