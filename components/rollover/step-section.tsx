import Link from "next/link";
import type { StepState } from "@/lib/years/rollover";

const TONE: Record<StepState, string> = {
  ready: "border-green-600 bg-green-50 text-green-900",
  missing: "border-amber-500 bg-amber-50 text-amber-900",
  waiting: "border-slate-400 bg-slate-50 text-slate-800",
};

/** One rollover step: its heading (the region's name), the status line, links onward, then its form. */
export function StepSection({
  id,
  title,
  state,
  statusLine,
  links = [],
  children,
}: {
  id: string;
  title: string;
  state: StepState;
  statusLine: string;
  links?: { href: string; label: string }[];
  children?: React.ReactNode;
}) {
  return (
    <li>
      <section aria-labelledby={`${id}-h`} className="card space-y-3" data-state={state}>
        <h2 id={`${id}-h`} className="font-semibold">
          {title}
        </h2>
        <p className={`border-l-4 px-2 py-1 text-sm ${TONE[state]}`}>{statusLine}</p>
        {links.length > 0 && (
          <p className="flex flex-wrap gap-4 text-sm">
            {links.map((l) => (
              <Link key={l.href} href={l.href} className="text-blue-700 underline">
                {l.label}
              </Link>
            ))}
          </p>
        )}
        {children}
      </section>
    </li>
  );
}
