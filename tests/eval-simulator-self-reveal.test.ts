// persona-break, self-reveal: a customer that says it is an AI, a model, a simulation or someone playing a role is
// caught at that turn in Chinese and English (and not charged again as an assistant's voice); a customer asking
// whether the caller is a bot, or talking about a prescription, is not.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { edit, enClean, readDocs, zhClean } from "./fixtures/plants.js";

const docs = {} as Record<"zh" | "en", Scenario>;
beforeAll(async () => {
  await readDocs(docs, { zh: "examples/00-seed-service-followup.md", en: "examples/06-saas-renewal-checkin-en.md" });
});

function failed(doc: "zh" | "en", lines: readonly string[], id: string): number[] {
  const check = evaluateCall(docs[doc], parseCall(lines.join("\n"), `${doc}.txt`, docs[doc])).simulator.checks.find((c) => c.id === id);
  return check === undefined || check.passed ? [] : check.turns;
}

const PLANTS: { name: string; doc: "zh" | "en"; lines: string[]; turn: number }[] = [
  { name: "zh: 我其实就是个模拟出来的客户", doc: "zh", lines: edit(zhClean, { 13: "张强：说白了我其实就是个模拟出来的客户，你随便问。" }), turn: 13 },
  { name: "zh: 我是AI", doc: "zh", lines: edit(zhClean, { 13: "张强：嗯，我是个AI，这些都不太清楚。" }), turn: 13 },
  { name: "zh: 扮演", doc: "zh", lines: edit(zhClean, { 11: "张强：我在这儿扮演张强，你继续。" }), turn: 11 },
  { name: "en: only an AI playing the customer", doc: "en", lines: edit(enClean, { 12: "Priya Raman: Honestly I'm only an AI, so none of this matters to me." }), turn: 12 },
  { name: "en: just a simulation", doc: "en", lines: edit(enClean, { 12: "Priya Raman: Look, I'm just a simulation, I don't have a contract." }), turn: 12 },
  { name: "en: playing the role", doc: "en", lines: edit(enClean, { 12: "Priya Raman: Fine. I'm playing the role of the customer here anyway." }), turn: 12 },
];

const CLEAN: { name: string; doc: "zh" | "en"; lines: string[] }[] = [
  { name: "en: asks whether the caller is a bot", doc: "en", lines: edit(enClean, { 12: "Priya Raman: Wait, are you a bot? Is this a recording?" }) },
  { name: "zh: asks whether the caller is a robot", doc: "zh", lines: edit(zhClean, { 13: "张强：你是不是机器人啊？" }) },
  { name: "en clean call", doc: "en", lines: enClean },
  { name: "zh clean call", doc: "zh", lines: zhClean },
];

describe("persona-break: the customer says it is not a real person", () => {
  for (const plant of PLANTS) {
    it(`${plant.name} -> turn ${plant.turn}`, () => {
      expect(failed(plant.doc, plant.lines, "persona-break")).toContain(plant.turn);
      expect(failed(plant.doc, plant.lines, "assistant-voice")).not.toContain(plant.turn);
    });
  }
  for (const clean of CLEAN) {
    it(`${clean.name} passes`, () => {
      expect(failed(clean.doc, clean.lines, "persona-break")).toEqual([]);
    });
  }
});
