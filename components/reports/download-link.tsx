"use client";
// A report download that says what is happening: after a second it shows "正在生成…" with the seconds
// elapsed (a large organisation's PDF can take a few), then saves the file under its server-given name.
// Without JavaScript it is a plain link to the same address.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";

function filenameOf(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      /* fall through to the plain name */
    }
  }
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

export function DownloadLink({ href, label, fallbackName }: { href: string; label: string; fallbackName: string }) {
  const t = useTranslations("reports.progress");
  const [status, setStatus] = useState<string | null>(null);
  const busy = useRef(false);

  async function onClick(e: React.MouseEvent<HTMLAnchorElement>) {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    if (busy.current) return;
    busy.current = true;
    const started = Date.now();
    const timer = setInterval(() => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      if (seconds >= 1) setStatus(t("generating", { label, seconds }));
    }, 250);
    try {
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok) {
        setStatus(t("failed", { label, status: res.status }));
        return;
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = filenameOf(res.headers.get("content-disposition"), fallbackName);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(t("done", { label, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
    } catch {
      setStatus(t("failed", { label, status: "—" }));
    } finally {
      clearInterval(timer);
      busy.current = false;
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <a className="text-blue-700 underline" href={href} onClick={onClick}>
        {label}
      </a>
      <span role="status" aria-live="polite" className="text-xs text-slate-600">
        {status}
      </span>
    </span>
  );
}
