// negative-style and assistant-voice: an insult from a persona not written rough is a negative style at its turn,
// even when the style-to-avoid list does not spell it out (zh and en); a suspicion put as a question, or an insult
// from a persona written short-tempered, is not. An assistant's line is charged as assistant-voice even when the
// persona's style-to-avoid list holds it too.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { edit, enClean, readDocs, zhClean } from "./fixtures/plants.js";

type Doc = "zh" | "en" | "enRough" | "enDental";
const docs = {} as Record<Doc, Scenario>;
beforeAll(async () => {
  await readDocs(docs, { zh: "examples/00-seed-service-followup.md", en: "examples/06-saas-renewal-checkin-en.md", enRough: "examples/06-saas-renewal-checkin-en.md", enDental: "tests/labelled/scenarios/en-dental.md" });
  // The same persona written short-tempered: its insults are in role.
  docs.enRough = { ...docs.enRough, callee: { ...docs.enRough.callee, background: `${docs.enRough.callee.background} Short-tempered and rude when pushed.` } };
});

function failed(doc: Doc, lines: readonly string[], id: string): number[] {
  const check = evaluateCall(docs[doc], parseCall(lines.join("\n"), `${doc}.txt`, docs[doc])).simulator.checks.find((c) => c.id === id);
  return check === undefined || check.passed ? [] : check.turns;
}

describe("negative-style: an insult from a persona not written rough", () => {
  it("zh: 你们脑子有问题吧 -> turn 13", () => {
    expect(failed("zh", edit(zhClean, { 13: "张强：又让我等，你们脑子有问题吧。" }), "negative-style")).toContain(13);
  });
  it("zh: 这帮骗子 滚 -> turn 13", () => {
    expect(failed("zh", edit(zhClean, { 13: "张强：你们这帮骗子，滚。" }), "negative-style")).toContain(13);
  });
  it("en: what's wrong with you people -> turn 12", () => {
    expect(failed("en", edit(enClean, { 12: "Priya Raman: Seriously, what's wrong with you people? Shut up and listen." }), "negative-style")).toContain(12);
  });
  it("zh: a scam suspicion put as a question passes", () => {
    expect(failed("zh", edit(zhClean, { 13: "张强：你们不会是骗子吧？" }), "negative-style")).toEqual([]);
  });
  it("en: the same insult from a persona written short-tempered passes", () => {
    expect(failed("enRough", edit(enClean, { 12: "Priya Raman: Seriously, what's wrong with you people? Shut up and listen." }), "negative-style")).toEqual([]);
  });
});

describe("assistant-voice: an assistant's line on the style-to-avoid list", () => {
  it("en: 'Is there anything else I can help you with today?' is charged as both", () => {
    const lines = ["Front desk: Hi, this is Maple Dental. Is this Rachel Bennett?", "Rachel: Yes, speaking. Is there anything else I can help you with today?", "Front desk: Okay, goodbye."];
    expect(failed("enDental", lines, "assistant-voice")).toContain(1);
    expect(failed("enDental", lines, "negative-style")).toContain(1);
  });
});
