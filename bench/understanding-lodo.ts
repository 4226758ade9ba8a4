// Dev-only: leave-one-document-out check of the answer ranker's weights (src/seats/rule/answer-rank.ts RANK) on the
// labelled questions of tests/understanding dev + heldout (the same documents). One pool of configurations (RANK and
// random neighbours on a grid) is scored per document once; each fold picks the best on the other documents and is
// measured on its own. Prints the figure per document. `npx tsx bench/understanding-lodo.ts [POOL_SIZE] [--with-d] [--with-e] [--with-f] [--with-g]`
// (--with-d / --with-e / --with-f / --with-g: the opened heldout-d / -e / -f / -g documents as six more folds each).
// It never reads heldout-b or heldout-c: those are measured by `npm run bench understanding`, as aggregates only.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan, type CallerPlan } from "../src/seats/rule/caller-plan.js";
import { RANK, type RankWeights } from "../src/seats/rule/answer-rank.js";
import { answerSource, type AnswerSource } from "../src/seats/rule/answer-source.js";

type Want = { kind: "kb"; question: string } | { kind: "step"; step: number } | { kind: "fact"; text: string } | { kind: "none" };
interface Doc {
  name: string;
  plan: CallerPlan;
  questions: { text: string; want: Want }[];
}

const PARTS = ["dev", "heldout"];
const GRID: Partial<Record<keyof RankWeights, number[]>> = {
  k1: [0.5, 1.2, 2, 4], b: [0, 0.25, 0.5, 0.75], question: [1, 2, 3, 4, 6], answer: [0.3, 0.6, 1], title: [0, 0.5, 1, 2, 3],
  light: [0, 0.15, 0.3, 0.5, 1], prefix: [0, 0.25, 0.5, 1], grams: [0, 0.25, 0.5, 1], lexicon: [0, 0.25, 0.5, 1], nearFigure: [0, 0.5, 1], ownRecord: [1, 1.25, 1.5, 2], answerType: [0, 0.5, 1, 2], concept: [0, 1, 1.5, 2, 3, 4], unknown: [0, 0.5, 1],
  ownQuestion: [0, 0.15, 0.3, 0.5], typeFit: [1, 1.2, 1.5], typeMiss: [0.6, 0.8, 1], kindFit: [1, 1.1, 1.25],
  kindMiss: [0.6, 0.75, 0.9, 1], recall: [0.4, 0.6, 0.8, 1], scriptPrior: [0.4, 0.55, 0.7, 0.85, 1], factPrior: [0.4, 0.55, 0.7, 0.85, 1],
  accept: [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4], strong: [0.3, 0.4, 0.5, 0.6, 0.8, 1.5], margin: [0, 0.02, 0.05, 0.1, 0.15],
};

/** Readable parts of their own documents (opened: read item by item), added as further folds with `--with-d` / `--with-e`. */
const OWN_DOCUMENT_PARTS = { "--with-d": "heldout-d", "--with-e": "heldout-e", "--with-f": "heldout-f", "--with-g": "heldout-g" } as const;

async function loadDocs(own: readonly string[]): Promise<Doc[]> {
  const docs: Doc[] = [];
  const folds = readdirSync("tests/understanding/dev").filter((f) => f.endsWith(".json")).sort().map((file) => ({ file, parts: PARTS }));
  for (const part of own) folds.push(...readdirSync(join("tests/understanding", part)).filter((f) => f.endsWith(".json")).sort().map((file) => ({ file, parts: [part] })));
  for (const { file, parts } of folds) {
    let plan: CallerPlan | null = null;
    const questions: Doc["questions"] = [];
    for (const part of parts) {
      const set = JSON.parse(readFileSync(join("tests/understanding", part, file), "utf8")) as { scenario: string; utterances: { text: string; acts: string[]; answer: Want | null }[] };
      plan ??= callerPlan(callerView(await readScenarioFile(set.scenario)));
      for (const u of set.utterances) if (u.answer !== null && u.acts.includes("question")) questions.push({ text: u.text, want: u.answer });
    }
    if (plan !== null) docs.push({ name: `${parts === PARTS ? "" : `${parts[0] ?? ""}/`}${file.replace(/\.json$/, "")}`, plan, questions });
  }
  return docs;
}

function right(got: AnswerSource, want: Want, plan: CallerPlan): boolean {
  if (want.kind === "none") return got.kind === "none";
  if (want.kind === "kb") return got.kind === "kb" && (plan.kbEntries[got.index]?.question ?? "").includes(want.question);
  if (want.kind === "step") return got.kind === "step" && got.step === want.step;
  return got.kind === "fact" && (got.text.includes(want.text) || want.text.includes(got.text));
}

const correct = (doc: Doc, weights: RankWeights): number => doc.questions.filter((q) => right(answerSource(doc.plan, q.text, {}, weights), q.want, doc.plan)).length;

/** A seeded pool: RANK, then neighbours changing one to four weights (of RANK or of an earlier member). */
function pool(size: number): RankWeights[] {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const keys = Object.keys(GRID) as (keyof RankWeights)[];
  const out: RankWeights[] = [RANK];
  for (let i = 0; i < size; i++) {
    const base = { ...(i % 2 === 0 ? RANK : (out[Math.floor(random() * out.length)] ?? RANK)) };
    for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
      const key = keys[Math.floor(random() * keys.length)];
      const values = key === undefined ? undefined : GRID[key];
      if (key !== undefined && values !== undefined) base[key] = values[Math.floor(random() * values.length)] ?? base[key];
    }
    out.push(base);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const docs = await loadDocs(Object.entries(OWN_DOCUMENT_PARTS).filter(([flag]) => args.includes(flag)).map(([, part]) => part));
  const configs = pool(Number(args.find((a) => /^\d+$/.test(a)) ?? 300));
  const scores = configs.map((w) => docs.map((d) => correct(d, w)));
  const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  let held = 0;
  let total = 0;
  const byPart = new Map<string, { held: number; total: number }>();
  docs.forEach((doc, j) => {
    // Micro accuracy on the other documents, plus half their mean accuracy (every document counts).
    const fit = (row: number[]): number => {
      const others = docs.map((d, k) => ({ d, k })).filter(({ k }) => k !== j);
      const n = others.reduce((sum, { d }) => sum + d.questions.length, 0);
      return others.reduce((sum, { d, k }) => sum + (row[k] ?? 0) / n + (0.5 * (row[k] ?? 0)) / d.questions.length / others.length, 0);
    };
    let best = 0;
    scores.forEach((row, i) => {
      if (fit(row) > fit(scores[best] ?? []) + 1e-9) best = i;
    });
    const got = scores[best]?.[j] ?? 0;
    held += got;
    total += doc.questions.length;
    const part = doc.name.includes("/") ? (doc.name.split("/")[0] ?? "") : "dev+heldout";
    const sums = byPart.get(part) ?? { held: 0, total: 0 };
    byPart.set(part, { held: sums.held + got, total: sums.total + doc.questions.length });
    console.log(`${doc.name}: ${got}/${doc.questions.length} ${pct(got, doc.questions.length)} when left out (RANK in-sample ${pct(scores[0]?.[j] ?? 0, doc.questions.length)})`);
  });
  for (const [part, sums] of byPart) console.log(`  ${part} documents left out: ${sums.held}/${sums.total} ${pct(sums.held, sums.total)}`);
  console.log(`leave-one-document-out: ${held}/${total} ${pct(held, total)}; RANK in-sample ${pct((scores[0] ?? []).reduce((a, b) => a + b, 0), total)}`);
  // The pool's best on every document (what RANK would be set to), with its in-sample figure.
  const all = (row: number[]): number => row.reduce((sum, n, k) => sum + n / total + (0.5 * n) / Math.max(1, docs[k]?.questions.length ?? 1) / docs.length, 0);
  const best = scores.reduce((b, row, i) => (all(row) > all(scores[b] ?? []) + 1e-9 ? i : b), 0);
  const changed = Object.entries(configs[best] ?? RANK).filter(([k, v]) => RANK[k as keyof RankWeights] !== v).map(([k, v]) => `${k}: ${v}`);
  console.log(`best on all: ${pct((scores[best] ?? []).reduce((a, b) => a + b, 0), total)}; differs from RANK in { ${changed.join(", ")} }`);
}

await main();
