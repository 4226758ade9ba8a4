// Scenario documents the reader was not written against (other industries, layouts, encodings) parse to the counts
// their .truth.json files record, and 30 rule-vs-rule calls of each behave: the call opens with the opening (or the
// first script line), delivers steps in order, ends under an end condition, the caller states only grounded figures,
// the customer never says a negative example, and nothing customer-specific is said once the person who answered
// turned out not to be the customer. (Whether the calls pass the scorecard is the scorer's business, measured against
// labelled calls; no test here makes the seats agree with it.) The same documents re-saved in other encodings, line
// ends and quote styles read to the same counts.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioBytes, readScenarioFile } from "../src/scenario/index.js";
import { decodeBytes } from "../src/scenario/decode.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";
import { FigureIndex, extractFigures, ungroundedFigures } from "../src/text/figures.js";
import type { CallRecord, Scenario } from "../src/schema/index.js";
import type { Truth } from "./fixtures/truth.js";
import { plain, toldOnlyOf } from "./fixtures/spoken-lines.js";

const SEEDS = 30;
const dir = join(import.meta.dirname, "fixtures", "unseen");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();
const truthOf = (file: string): Truth => JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, ".truth.json")), "utf8")) as Truth;

/** What is wrong with one call, as readable lines (empty when nothing is). */
function callFaults(scenario: Scenario, call: CallRecord): string[] {
  const faults: string[] = [];
  const first = call.turns[0];
  // The opening is said first; without one, step 1's first line is in the first turn (a seat may introduce itself before it).
  const expectedFirst = scenario.caller.opening ?? scenario.caller.steps[0]?.lines[0] ?? "";
  const said = plain(first?.text ?? "");
  // Before the customer is confirmed, an opening that asks for them may say less of it (held back from a stranger):
  // then each of its sentences, in order, is the opening's own.
  const whole = scenario.caller.opening === null ? said.includes(plain(expectedFirst)) : said.startsWith(plain(expectedFirst));
  if (first?.speaker !== "caller" || !(whole || toldOnlyOf(first.text, expectedFirst))) {
    faults.push(`first turn is not the ${scenario.caller.opening === null ? "first script line" : "opening"}: ${first?.speaker}: ${first?.text}`);
  }
  const delivered = call.outcome.stepsDelivered;
  if (delivered.some((step, i) => i > 0 && step <= (delivered[i - 1] ?? 0))) faults.push(`steps out of order: ${delivered.join(",")}`);
  if ((call.end.by !== "caller" && call.end.by !== "callee") || call.end.condition === null) {
    faults.push(`ended by ${call.end.by} without a condition: ${call.end.reason}`);
  }
  const known = new FigureIndex(scenario.facts.map((fact) => fact.text));
  const negatives = scenario.callee.style.negative.map(plain);
  for (const turn of call.turns) {
    if (turn.speaker === "callee") {
      known.add(turn.text);
      if (negatives.some((negative) => negative !== "" && plain(turn.text).includes(negative))) faults.push(`customer said a negative example at turn ${turn.index}: ${turn.text}`);
      continue;
    }
    const loose = ungroundedFigures(turn.text, known);
    if (loose.length > 0) faults.push(`ungrounded ${loose.map((f) => f.text).join(", ")} at turn ${turn.index}: ${turn.text}`);
  }
  // The scorecard is computed (it must not throw on any of these calls), not required to pass.
  evaluateCall(scenario, call);
  // After "wrong number" or "I'm his wife", the caller says no figure of the account (only its closing remains).
  if (call.outcome.identityConfirmed === false) {
    const denied = call.turns.findIndex((t) => t.speaker === "callee" && t.index > 0);
    for (const turn of call.turns.slice(denied + 1)) {
      if (turn.speaker === "caller" && extractFigures(turn.text).length > 0) faults.push(`figure told to the wrong person at turn ${turn.index}: ${turn.text}`);
    }
  }
  return faults;
}

describe("unseen scenario fixtures", () => {
  it("there are at least 8, with at least 3 in English", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(fixtures.filter((f) => truthOf(f).language === "en").length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(fixtures)("unseen %s", (file) => {
  const truth = truthOf(file);

  it("parses to the truth's counts, names and language", async () => {
    const s = await readScenarioFile(join(dir, file));
    expect({
      language: s.language,
      callerName: s.caller.name,
      organization: s.caller.organization,
      steps: s.caller.steps.length,
      kb: s.caller.knowledgeBase.length,
      endConditions: s.caller.endConditions.length,
      closingLines: s.caller.closingLines.length,
      hasOpening: s.caller.opening !== null,
      calleeName: s.callee.name,
      calleeEndConditions: s.callee.endConditions.length,
      positive: s.callee.style.positive.length,
      negative: s.callee.style.negative.length,
    }).toEqual({
      language: truth.language,
      callerName: truth.caller.name,
      organization: truth.caller.organization,
      steps: truth.caller.steps,
      kb: truth.caller.kb,
      endConditions: truth.caller.endConditions,
      closingLines: truth.caller.closingLines,
      hasOpening: truth.caller.hasOpening,
      calleeName: truth.callee.name,
      calleeEndConditions: truth.callee.endConditions,
      positive: truth.callee.positiveExamples,
      negative: truth.callee.negativeExamples,
    });
    expect(s.caller.steps.map((step) => step.index)).toEqual(Array.from({ length: truth.caller.steps }, (_, i) => i + 1));
    for (const step of s.caller.steps) {
      expect(step.title).not.toBe("");
      expect(step.lines.length).toBeGreaterThan(0);
    }
    // No diagnostic says a side or a section this document has is missing.
    const missing = s.diagnostics.filter((d) => /no callee side|no caller side|missing (?:callee|caller|customer profile)/i.test(d.message));
    expect(missing).toEqual([]);
  });

  it("every truth figure is among the facts", async () => {
    const s = await readScenarioFile(join(dir, file));
    const index = new FigureIndex(s.facts.map((f) => f.text));
    const missing = truth.facts.filter((t) => {
      const figures = extractFigures(t);
      return figures.length === 0 || !figures.every((f) => index.has(f));
    });
    expect(missing).toEqual([]);
  });

  it(`${SEEDS} rule-vs-rule calls open right, keep step order, end under a condition, stay grounded, tell a wrong person nothing`, async () => {
    const scenario = await readScenarioFile(join(dir, file));
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
      for (const fault of callFaults(scenario, call)) failures.push(`seed ${seed}: ${fault}`);
    }
    expect(failures).toEqual([]);
  });
});

/** The same document saved or typed another way. */
const RESAVED: Record<string, (text: string) => Buffer> = {
  "UTF-16LE without a BOM": (text) => Buffer.from(text, "utf16le"),
  "UTF-16BE without a BOM": (text) => Buffer.from(text, "utf16le").swap16(),
  "UTF-8 with a BOM and CRLF": (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, "\r\n"), "utf8")]),
  "old Mac CR line ends": (text) => Buffer.from(text.replace(/\n/g, "\r"), "utf8"),
  "「」 instead of “”": (text) => Buffer.from(text.replace(/“/g, "「").replace(/”/g, "」"), "utf8"),
  "straight instead of curly quotes": (text) => Buffer.from(text.replace(/[“”]/g, '"'), "utf8"),
  "tab indents": (text) => Buffer.from(text.replace(/^( {2,})/gm, (m) => "\t".repeat(Math.ceil(m.length / 2))), "utf8"),
  "trailing spaces": (text) => Buffer.from(text.replace(/\n/g, "  \n"), "utf8"),
};

function countsOf(s: Scenario): unknown {
  const { caller, callee } = s;
  return [caller.name, caller.organization, caller.steps.length, caller.knowledgeBase.length, caller.endConditions.length, caller.closingLines.length, caller.opening !== null, callee.name, callee.endConditions.length, callee.style.positive.length, callee.style.negative.length];
}

describe.each(fixtures)("unseen %s saved another way", (file) => {
  const text = decodeBytes(readFileSync(join(dir, file))).text.replace(/\r\n?/g, "\n");
  const expected = countsOf(parseScenarioBytes(Buffer.from(text, "utf8")));
  it.each(Object.keys(RESAVED))("%s reads to the same counts", (way) => {
    const bytes = RESAVED[way]?.(text) ?? Buffer.alloc(0);
    expect(countsOf(parseScenarioBytes(bytes))).toEqual(expected);
  });
});
