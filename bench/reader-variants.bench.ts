// The reader on layout variants: each canonical scenario (tests/fixtures/variants/canon) rendered into many layouts
// teams write (tests/support/variants), read back and compared with the canon's own counts and names. Prints the
// share read exactly, refusals, misses per field and the failure rate of every layout feature's value.
// CALLSIM_VARIANTS_SEED, CALLSIM_VARIANTS_PER (variants per canonical scenario), CALLSIM_BENCH_VERBOSE=1 lists misses.
import { parseScenarioText } from "../src/scenario/index.js";
import { applying, generateVariants, misses, observedOf } from "../tests/support/variants/generate.js";

export async function run(): Promise<void> {
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
