// Simulator section: a bare goodbye in the middle of the task, and a leaving line whose only words pick one of the
// options the caller just offered, are endings without cause at that turn; a customer calling itself a made-up or
// scripted customer breaks its persona there. Caller side: "how do I know you're not…" is a fraud worry that ends the
// call early, and "Grandad's out" is someone else answering.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { enClean, readDocs, zhClean } from "./fixtures/plants.js";

const docs = {} as Record<"zh" | "en", Scenario>;
beforeAll(async () => {
  await readDocs(docs, { zh: "examples/00-seed-service-followup.md", en: "examples/06-saas-renewal-checkin-en.md" });
});

function card(doc: "zh" | "en", lines: readonly string[]) {
  return evaluateCall(docs[doc], parseCall(lines.join("\n"), `${doc}.txt`, docs[doc]));
}

function simFailed(doc: "zh" | "en", lines: readonly string[], id: string): number[] {
  const check = card(doc, lines).simulator.checks.find((c) => c.id === id);
  return check === undefined || check.passed ? [] : check.turns;
}

const enAsk = [...enClean.slice(0, 3), "Daniel Okafor: Which day suits you for the review, Tuesday or Thursday?"];
const zhAsk = [...zhClean.slice(0, 3), "张强：嗯，你说。", "李明：您看周二还是周四方便回访？"];

describe("end-without-cause: leaving in the middle of the task", () => {
  it("en: 'Okay, bye then.' right after the caller's question -> turn 4", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Okay, bye then."], "end-without-cause")).toEqual([4]);
  });
  it("en: 'Thursday. Bye.' answers before it goes -> passes", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Thursday. Bye."], "end-without-cause")).toEqual([]);
  });
  it("zh: a pick of an offered day, then hangs up -> turn 5", () => {
    expect(simFailed("zh", [...zhAsk, "张强：周四……哎算了，我挂了。"], "end-without-cause")).toEqual([5]);
  });
  it("zh: a reason of its own in the leaving line -> passes", () => {
    expect(simFailed("zh", [...zhAsk, "张强：周四……哎算了，领导叫我开会，我挂了。"], "end-without-cause")).toEqual([]);
  });
});

describe("persona-break: a made-up customer", () => {
  it("en: 'I'm only a made-up customer' -> turn 4", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Thursday. Honestly I'm only a made-up customer someone typed up for practice."], "persona-break")).toEqual([4]);
  });
  it("zh: 按设定演出来的客户 -> turn 5", () => {
    expect(simFailed("zh", [...zhAsk, "张强：周四吧。其实我只是个按设定演出来的客户。"], "persona-break")).toEqual([5]);
  });
  it("en and zh: an ordinary answer stays in persona", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Thursday, please."], "persona-break")).toEqual([]);
    expect(simFailed("zh", [...zhAsk, "张强：周四吧。"], "persona-break")).toEqual([]);
  });
});

describe("caller side: a fraud worry and a relative answering end the call early", () => {
  const opening = "Daniel Okafor: Hi, this is Daniel Okafor from Cobaltix. Is this Priya Raman?";
  const close = "Daniel Okafor: Understood. Please call us back on the number on your contract; we never ask for payment details on the phone. Goodbye.";
  const failedIds = (lines: string[]) => card("en", lines).checks.filter((c) => !c.passed).map((c) => c.id);
  it("en: 'How do I know you're not one of them?' excuses the steps not reached", () => {
    expect(failedIds([opening, "Priya Raman: Someone rang last week wanting my bank details. How do I know you're not another one?", close, "Priya Raman: I'll do that."])).not.toContain("missing-step");
  });
  it("en: 'Grandad's out' is someone else answering", () => {
    const lines = [opening, "Priya Raman: Grandad's out in the garden. It's his granddaughter.", "Daniel Okafor: Could you ask him to call Cobaltix back? Thanks, bye.", "Priya Raman: Okay, bye."];
    expect(failedIds(lines)).not.toContain("missing-step");
  });
});
