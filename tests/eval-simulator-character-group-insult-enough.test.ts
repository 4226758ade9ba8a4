// Simulator section: a customer calling itself a character of a test, or a customer set up by a platform, breaks its
// persona there ("a bit of a character" does not); an insult aimed at the caller's firm as a group ("you hopeless
// lot", "你们这帮饭桶") is a negative style from a persona not written rough; "that's enough for me" with a goodbye, in
// the middle of the task and with no reason, is an ending without cause ("enough time for me" is an answer).
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { enClean, readDocs, zhClean } from "./fixtures/plants.js";

const docs = {} as Record<"zh" | "en", Scenario>;
beforeAll(async () => {
  await readDocs(docs, { zh: "examples/00-seed-service-followup.md", en: "examples/06-saas-renewal-checkin-en.md" });
});

function simFailed(doc: "zh" | "en", lines: readonly string[], id: string): number[] {
  const check = evaluateCall(docs[doc], parseCall(lines.join("\n"), `${doc}.txt`, docs[doc])).simulator.checks.find((c) => c.id === id);
  return check === undefined || check.passed ? [] : check.turns;
}

const enAsk = [...enClean.slice(0, 3), "Daniel Okafor: Which day suits you for the review, Tuesday or Thursday?"];
const zhAsk = [...zhClean.slice(0, 3), "张强：嗯，你说。", "李明：您看周二还是周四方便回访？"];

describe("persona-break: a character of a test, a customer set up by a platform", () => {
  it("en: 'I'm merely a character in this demo' -> turn 4", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Tuesday. Not that it matters, I'm merely a character in this demo."], "persona-break")).toEqual([4]);
  });
  it("zh: 系统里模拟的用户 -> turn 5", () => {
    expect(simFailed("zh", [...zhAsk, "张强：周二吧，反正我也就是系统里模拟出来的用户。"], "persona-break")).toEqual([5]);
  });
  it("zh: 设定好的角色 -> turn 5", () => {
    expect(simFailed("zh", [...zhAsk, "张强：随便，我不过是设定好的角色。"], "persona-break")).toEqual([5]);
  });
  it("en: 'a bit of a character' stays in persona", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Thursday. My team says I'm a bit of a character on calls."], "persona-break")).toEqual([]);
  });
});

describe("negative-style: an insult aimed at the caller's firm as a group", () => {
  it("en: 'you clueless bunch' -> turn 4", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Thursday, and honestly you clueless bunch lost my last ticket."], "negative-style")).toContain(4);
  });
  it("zh: 你们这帮饭桶 -> turn 5", () => {
    expect(simFailed("zh", [...zhAsk, "张强：周四吧，你们这帮饭桶上次就没修好。"], "negative-style")).toContain(5);
  });
  it("en: 'you people' alone is no insult", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Thursday. Do you people open early?"], "negative-style")).toEqual([]);
  });
});

describe("end-without-cause: 'that's enough for me' mid-task", () => {
  it("en: 'Hmm, that's enough for me. Goodbye.' -> turn 4", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Hmm, that's enough for me. Goodbye."], "end-without-cause")).toEqual([4]);
  });
  it("en: 'Thursday gives me enough time. Bye.' answers -> passes", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: Thursday gives me enough time for me to prepare. Bye."], "end-without-cause")).toEqual([]);
  });
  it("en: a reason of its own with it -> passes", () => {
    expect(simFailed("en", [...enAsk, "Priya Raman: I've had enough of renewal calls this week, we're switching provider. Goodbye."], "end-without-cause")).toEqual([]);
  });
});
