// The structure drawn from the imports: every arrow points down the layers app → components → server → db →
// lib (ESLint refuses a wrong import as it is written; this draws the whole graph, so a file the lint rule
// does not see — a new folder, a relative path — cannot slip by), and no module imports itself round a
// circle. Type-only imports count for the layers (a type is still knowledge of the layer above) but not for
// circles (they vanish at build time). The seeds and database scripts (db/seed, db/scripts) are entry
// points run by tsx: like bench/, they may call down into any layer (the demo seed runs server/ use-cases),
// and no layer may import them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const LAYERS = ["lib", "db", "server", "components", "app"] as const;
type Layer = (typeof LAYERS)[number];
const RANK: Record<Layer, number> = { lib: 0, db: 1, server: 2, components: 3, app: 4 };

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

const FILES = LAYERS.flatMap((l) => walk(path.join(ROOT, l)));
const KNOWN = new Set(FILES);

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")])
    if (KNOWN.has(c)) return c;
  return null;
}

type Edge = { from: string; to: string; typeOnly: boolean };

// `import … from "x"`, `export … from "x"`, `import("x")`; `import type` / `export type` are type-only.
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function edgesOf(file: string): Edge[] {
  const src = readFileSync(file, "utf8");
  const edges: Edge[] = [];
  for (const m of src.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4];
    const to = resolveImport(file, spec);
    if (to) edges.push({ from: file, to, typeOnly: Boolean(m[2]) });
  }
  return edges;
}

const EDGES = FILES.flatMap(edgesOf);
/** Entry points run by tsx: above every layer, imported by none. */
const ENTRIES = ["db/seed", "db/scripts"].map((d) => path.join(ROOT, d) + path.sep);
const isEntry = (f: string) => ENTRIES.some((d) => f.startsWith(d));
const layerOf = (f: string) => path.relative(ROOT, f).split(path.sep)[0] as Layer;
const rel = (f: string) => path.relative(ROOT, f);

describe("the import graph", () => {
  it("reads the whole code base", () => {
    expect(FILES.length).toBeGreaterThan(200);
    expect(EDGES.length).toBeGreaterThan(FILES.length);
  });

  it("has no arrow that runs back up the layers", () => {
    const upward = EDGES.filter((e) => !isEntry(e.from) && RANK[layerOf(e.to)] > RANK[layerOf(e.from)]).map(
      (e) => `${rel(e.from)} → ${rel(e.to)}`,
    );
    expect(upward).toEqual([]);
  });

  it("has no layer file that imports a seed or a script (they are entry points)", () => {
    const intoEntry = EDGES.filter((e) => isEntry(e.to) && !isEntry(e.from)).map((e) => `${rel(e.from)} → ${rel(e.to)}`);
    expect(intoEntry).toEqual([]);
  });

  it("has no circle among modules", () => {
    // Tarjan's strongly connected components over the run-time imports.
    const next = new Map<string, string[]>();
    for (const e of EDGES) if (!e.typeOnly) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string) => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      onStack.add(v);
      for (const w of next.get(v) ?? []) {
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(rel(w));
        } while (w !== v);
        if (scc.length > 1 || (next.get(v) ?? []).includes(v)) circles.push(scc.sort());
      }
    };
    for (const f of FILES) if (!idx.has(f)) visit(f);
    expect(circles).toEqual([]);
  });

  it("catches a circle and an upward arrow when there is one (the check itself can fail)", () => {
    const file = path.join(ROOT, "lib", "clock.ts");
    expect(resolveImport(file, "@/db/client")).toBe(path.join(ROOT, "db", "client.ts"));
    expect(RANK[layerOf(path.join(ROOT, "db", "client.ts"))]).toBeGreaterThan(RANK[layerOf(file)]);
    expect(edgesOf(path.join(ROOT, "server", "action.ts")).some((e) => rel(e.to) === "db/client.ts")).toBe(true);
    expect(isEntry(path.join(ROOT, "db", "seed", "hazards.ts"))).toBe(true);
    expect(isEntry(path.join(ROOT, "db", "queries", "hazards.ts"))).toBe(false);
  });
});
