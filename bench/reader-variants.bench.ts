// The reader on layout variants: each canonical scenario (tests/fixtures/variants/canon) rendered into many layouts
// teams write (tests/support/variants), read back and compared with the canon's own counts and names. Prints the
// share read exactly, refusals, misses per field and the failure rate of every layout feature's value.
// CALLSIM_VARIANTS_SEED, CALLSIM_VARIANTS_PER (variants per canonical scenario), CALLSIM_BENCH_VERBOSE=1 lists misses.
import { parseScenarioText } from "../src/scenario/index.js";
import { applying, generateVariants, misses, observedOf, singleFeatureVariants, type Variant } from "../tests/support/variants/generate.js";

function missesOf(v: Variant): string[] | null {
  try {
    return misses(v.truth, observedOf(parseScenarioText(v.text, { id: v.canonId })));
  } catch {
    return null;
  }
}

/** One feature changed at a time on each canon's own layout: the failure rate of that value alone. */
function singleFeatures(): void {
  const rows = new Map<string, { n: number; failed: number; refused: number; fields: Map<string, number> }>();
  for (const v of singleFeatureVariants()) {
    const key = v.id.slice(v.id.indexOf("#") + 1);
    const row = rows.get(key) ?? { n: 0, failed: 0, refused: 0, fields: new Map<string, number>() };
    const missed = missesOf(v);
    row.n++;
    if (missed === null) row.refused++;
    if (missed === null || missed.length > 0) row.failed++;
    for (const field of missed ?? []) row.fields.set(field, (row.fields.get(field) ?? 0) + 1);
    rows.set(key, row);
  }
  const failing = [...rows].filter(([, r]) => r.failed > 0).sort((a, b) => b[1].failed / b[1].n - a[1].failed / a[1].n);
  const total = [...rows.values()].reduce((n, r) => n + r.n, 0);
  const failed = [...rows.values()].reduce((n, r) => n + r.failed, 0);
  console.log(`reader variants, one feature changed at a time: ${total - failed}/${total} read exactly; ${failing.length} of ${rows.size} feature values fail somewhere:`);
  for (const [key, r] of failing) {
    const fields = [...r.fields].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(", ");
    console.log(`    ${key.padEnd(28)} ${r.failed}/${r.n}${r.refused > 0 ? ` (refused ${r.refused})` : ""}  ${fields}`);
  }
}

export async function run(): Promise<void> {
  singleFeatures();
  const seed = Number(process.env.CALLSIM_VARIANTS_SEED ?? 1);
  const per = Number(process.env.CALLSIM_VARIANTS_PER ?? 40);
  const variants = generateVariants(seed, per);
  const byField = new Map<string, number>();
  const byFeature = new Map<string, { n: number; failed: number; refused: number }>();
  const listed: string[] = [];
  let exact = 0;
  let refused = 0;
  const started = performance.now();
  for (const v of variants) {
    let missed: string[];
    let wasRefused = false;
    try {
      missed = misses(v.truth, observedOf(parseScenarioText(v.text, { id: v.canonId })));
    } catch (error) {
      wasRefused = true;
      refused++;
      missed = Object.keys(v.truth);
      listed.push(`${v.id}: refused (${error instanceof Error ? error.message.slice(0, 70) : String(error)})`);
    }
    if (missed.length === 0) exact++;
    else if (!wasRefused) listed.push(`${v.id}: ${missed.join(", ")}`);
    if (!wasRefused) for (const field of missed) byField.set(field, (byField.get(field) ?? 0) + 1);
    for (const [name, value] of Object.entries(applying(v.features))) {
      const key = `${name}=${value}`;
      const row = byFeature.get(key) ?? { n: 0, failed: 0, refused: 0 };
      row.n++;
      if (missed.length > 0) row.failed++;
      if (wasRefused) row.refused++;
      byFeature.set(key, row);
    }
  }
  const ms = performance.now() - started;
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`reader variants (seed ${seed}, ${variants.length} documents, ${(ms / variants.length).toFixed(1)} ms each): ${exact}/${variants.length} read exactly (${pct(exact, variants.length)}); ${refused} refused`);
  console.log(`  misses by field (of documents read): ${[...byField].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(", ")}`);
  const rows = [...byFeature].sort((a, b) => b[1].failed / b[1].n - a[1].failed / a[1].n);
  console.log("  failure rate by feature value (failed/documents, refused):");
  for (const [key, row] of rows) console.log(`    ${key.padEnd(28)} ${pct(row.failed, row.n).padStart(6)}  ${row.failed}/${row.n}${row.refused > 0 ? `  refused ${row.refused}` : ""}`);
  if (process.env.CALLSIM_BENCH_VERBOSE === "1") for (const line of listed) console.log(`  ${line}`);
}
