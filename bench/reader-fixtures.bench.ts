// The reader on the real-document fixtures (tests/fixtures/real), each part apart (bench/parts.ts): fixtures read
// exactly as their truth files say, and the share of the truth's fields read right (a name, a count, a warning).
import { isDeepStrictEqual } from "node:util";
import { benchParts } from "./parts.js";
import { expected, observed, readCase, truthsIn } from "../tests/fixtures/real-read.js";

/** The truth's fields as flat path → value pairs, so one wrong count costs one field, not the fixture. */
function fields(value: unknown, path = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) for (const [p, v] of fields(inner, `${path}.${key}`)) out.set(p, v);
  } else out.set(path, value);
  return out;
}

export async function run(): Promise<void> {
  for (const part of benchParts("tests/fixtures/real")) {
    let exact = 0;
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    const cases = truthsIn(part);
    for (const [name, truth] of cases) {
      const want = fields(expected(truth));
      let got: Map<string, unknown>;
      try {
        got = fields(observed(truth, await readCase(part, truth)));
      } catch (error) {
        got = new Map();
        wrong.push(`${name}: not read (${error instanceof Error ? error.message.slice(0, 80) : String(error)})`);
      }
      const misses = [...want].filter(([path, value]) => !isDeepStrictEqual(got.get(path), value)).map(([path]) => path);
      total += want.size;
      right += want.size - misses.length;
      if (misses.length === 0) exact++;
      else if (got.size > 0) wrong.push(`${name}: ${misses.join(", ")}`);
    }
    console.log(`reader fixtures ${part}: ${exact}/${cases.length} read exactly; ${right}/${total} fields right (${((100 * right) / Math.max(1, total)).toFixed(1)}%)`);
    if (process.env.CALLSIM_BENCH_VERBOSE === "1") for (const line of wrong) console.log(`  ${line}`);
  }
}
