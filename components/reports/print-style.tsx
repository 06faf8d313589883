// Print CSS for the report pages: A4 (landscape for the wide score sheets), the application's header and
// navigation left out, links printed as text. Rendered only on these pages, so other pages keep the global
// print rules.
const css = (landscape: boolean) => `@media print {
  @page { size: A4${landscape ? " landscape" : ""}; margin: ${landscape ? "15mm 15mm 15mm 15mm" : "25mm 20mm 20mm 20mm"}; }
  body header.bg-blue-900, .no-print { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  a { color: inherit !important; text-decoration: none !important; }
}`;

export function ReportPrintStyle({ landscape = false }: { landscape?: boolean }) {
  return <style>{css(landscape)}</style>;
}
