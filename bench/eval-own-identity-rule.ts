// The scorer's own held-back set for the identity rule read from anywhere in the document (tests/eval-own-identity-rule):
// per half, the cases whose `disclosure` and `identity` checks come out as written (and the disclosure at its turn).
import { readFileSync } from "node:fs";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

export interface OwnCase {
  name: string;
  lang: "zh" | "en";
  doc: string;
  lines: string[];
  expect: { disclosure: { passed: boolean; turn?: number }; identity: { passed: boolean } };
}

export function judgeCase(c: OwnCase): { disclosure: boolean; identity: boolean } {
  const names = c.lang === "zh" ? ["客服", "对方"] : ["Agent", "Voice"];
  const text = c.lines.map((line, i) => `${names[i % 2]}${c.lang === "zh" ? "：" : ": "}${line}`).join("\n");
  const scenario = parseScenarioText(c.doc);
  const card = evaluateCall(scenario, parseCall(text, `${c.lang}.txt`, scenario));
  const disclosure = card.checks.find((k) => k.id === "disclosure");
  const identity = card.checks.find((k) => k.id === "identity");
  const turnOk = c.expect.disclosure.turn === undefined || (disclosure?.turns ?? []).some((t) => Math.abs(t - (c.expect.disclosure.turn ?? 0)) <= 1);
  return {
    disclosure: (disclosure?.passed ?? true) === c.expect.disclosure.passed && turnOk,
    identity: (identity?.passed ?? true) === c.expect.identity.passed,
  };
}

export function loadCases(half: "tune" | "held"): OwnCase[] {
  return JSON.parse(readFileSync(new URL(`../tests/eval-own-identity-rule/${half}.json`, import.meta.url), "utf8")) as OwnCase[];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const half of ["tune", "held"] as const) {
    const cases = loadCases(half);
    const results = cases.map((c) => ({ c, r: judgeCase(c) }));
    const ok = results.filter(({ r }) => r.disclosure && r.identity).length;
    console.log(`${half}: ${ok}/${cases.length} cases as expected (disclosure ${results.filter(({ r }) => r.disclosure).length}, identity ${results.filter(({ r }) => r.identity).length})`);
    for (const { c, r } of results) if (!r.disclosure || !r.identity) console.log(`  miss: ${c.name} (disclosure ${r.disclosure ? "ok" : "wrong"}, identity ${r.identity ? "ok" : "wrong"})`);
  }
}
