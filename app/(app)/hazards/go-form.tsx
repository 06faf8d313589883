"use client";
// An ActionForm that opens the created object's page on success (`hrefBase` + the id it returns); before
// JavaScript runs it posts like any ActionForm and the page comes back (the new object in its list).
import { useRouter } from "next/navigation";
import { ActionForm, type FieldSpec } from "@/components/ui/action-form";
import type { DefinedAction } from "@/server/action";

export function GoForm({
  action,
  fields,
  submitLabel,
  hrefBase,
}: {
  action: DefinedAction<{ id: number }>;
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
      action={action}
      onSuccess={(data) => router.push(`${hrefBase}${data.id}`)}
      successHref={(data) => `${hrefBase}${data.id}`}
    />
  );
}
