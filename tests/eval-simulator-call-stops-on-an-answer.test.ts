// end-without-cause: the call stops on the customer's plain answer to the caller's question (no goodbye, no cause,
// no end condition) - caught at that turn in zh and en. A customer's "okay, thanks" after the caller's last word, or
// a call cut by the turn limit, passes. negative-style: a short example is echoed only when all of it is said.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { enClean, readDocs, zhClean } from "./fixtures/plants.js";

const docs = {} as Record<"zh" | "en", Scenario>;
beforeAll(async () => {
  await readDocs(docs, { zh: "examples/00-seed-service-followup.md", en: "examples/06-saas-renewal-checkin-en.md" });
});

function failed(doc: "zh" | "en", lines: readonly string[], id: string, by?: "limit"): number[] {
  const call = parseCall(lines.join("\n"), `${doc}.txt`, docs[doc]);
  const record = by === undefined ? call : { ...call, end: { by, condition: null, reason: "turn limit" } };
  const check = evaluateCall(docs[doc], record).simulator.checks.find((c) => c.id === id);
  return check === undefined || check.passed ? [] : check.turns;
}

const enStops = [...enClean.slice(0, 3), "Daniel Okafor: Which day suits you for the review, Tuesday or Thursday?", "Priya Raman: Thursday."];

describe("end-without-cause: the call stops on a plain answer", () => {
  it("zh: stops on the answer to the caller's question -> turn 13", () => {
    expect(failed("zh", zhClean.slice(0, 14), "end-without-cause")).toEqual([13]);
  });
  it("en: stops on 'Thursday.' -> turn 4", () => {
    expect(failed("en", enStops, "end-without-cause")).toEqual([4]);
  });
  it("zh: 'okay' after the caller's last word passes", () => {
    expect(failed("zh", [...zhClean.slice(0, 12), "李明：好的，那我下午三点以后再打给您，您先忙。", "张强：好好。"], "end-without-cause")).toEqual([]);
  });
  it("en: a call cut by the turn limit passes", () => {
    expect(failed("en", enStops, "end-without-cause", "limit")).toEqual([]);
  });
});

describe("negative-style: a short example is echoed only in full", () => {
  it("en: 'Right.' does not echo 'Right, cheers'; 'Right, cheers.' does", () => {
    const scenario = docs.en;
    docs.en = { ...scenario, callee: { ...scenario.callee, style: { ...scenario.callee.style, negative: ["Right, cheers"] } } };
    try {
      expect(failed("en", [...enClean.slice(0, 4), "Priya Raman: Right."], "negative-style")).toEqual([]);
      expect(failed("en", [...enClean.slice(0, 4), "Priya Raman: Right, cheers."], "negative-style")).toEqual([4]);
    } finally {
      docs.en = scenario;
    }
  });
});
