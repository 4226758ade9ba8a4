// The reader's own held-back set (tests/fixtures/real/own-reader-25; CALLSIM_OWN_ROOT for an older set): tune/ was tuned on, kept/ only measured. Per part: documents read
// exactly as their truth files say, and the share of the truth's fields read right; CALLSIM_BENCH_VERBOSE=1 names misses.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { readPersonaFile, readScenarioFile, withPersonas } from "../src/scenario/index.js";
import { expected, observed } from "../tests/fixtures/real-read.js";
import type { RealTruth } from "../tests/fixtures/real-truth.js";

function fields(value: unknown, path = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) for (const [p, v] of fields(inner, `${path}.${key}`)) out.set(p, v);
  } else out.set(path, value);
  return out;
}

const root = process.env.CALLSIM_OWN_ROOT ?? join(import.meta.dirname, "../tests/fixtures/real/own-reader-25");
for (const part of (process.env.CALLSIM_OWN_PARTS ?? "tune,kept").split(",")) {
  const dir = join(root, part);
  let exact = 0;
  let right = 0;
  let total = 0;
  const truths = readdirSync(dir).filter((f) => f.endsWith(".truth.json")).sort();
  for (const file of truths) {
    const truth = JSON.parse(readFileSync(join(dir, file), "utf8")) as RealTruth;
    const want = fields(expected(truth));
    let got = new Map<string, unknown>();
    try {
      // Personas the truth lists are given as --persona would give them.
      const personas = await Promise.all((truth.personas ?? []).map((p) => readPersonaFile(join(dir, p))));
      got = fields(observed(truth, withPersonas(await readScenarioFile(join(dir, truth.agent)), personas)));
    } catch (error) {
      if (process.env.CALLSIM_BENCH_VERBOSE === "1") console.log(`  ${file}: not read (${String(error).slice(0, 80)})`);
    }
    const misses = [...want].filter(([path, value]) => !isDeepStrictEqual(got.get(path), value));
    total += want.size;
    right += want.size - misses.length;
    if (misses.length === 0) exact++;
    else if (process.env.CALLSIM_BENCH_VERBOSE === "1") console.log(`  ${file}: ${misses.map(([p, v]) => `${p} want ${JSON.stringify(v)} got ${JSON.stringify(got.get(p))}`).join("; ")}`);
  }
  console.log(`reader own ${part}: ${exact}/${truths.length} read exactly; ${right}/${total} fields right (${((100 * right) / Math.max(1, total)).toFixed(1)}%)`);
}
