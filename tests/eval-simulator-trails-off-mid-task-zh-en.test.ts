// Simulator section, end-without-cause: a customer who trails off while the caller is mid-task and the call ends
// there (a line broken off, a bare "well" owed an answer, a put-off with no reason), and one whose plain answer to a
// request for a datum to check is the call's last word. A bare "thanks", a bare "okay" after a statement and a
// decline are not trailing off.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { enClean, readDocs, zhClean } from "./fixtures/plants.js";

const docs = {} as Record<"zh" | "en", Scenario>;
beforeAll(async () => {
  await readDocs(docs, { zh: "examples/00-seed-service-followup.md", en: "examples/06-saas-renewal-checkin-en.md" });
});

function endFaults(doc: "zh" | "en", lines: readonly string[]): number[] {
  const card = evaluateCall(docs[doc], parseCall(lines.join("\n"), `${doc}.txt`, docs[doc]));
  const check = card.simulator.checks.find((c) => c.id === "end-without-cause");
  return check === undefined || check.passed ? [] : check.turns;
}

const enAsk = [...enClean.slice(0, 3), "Daniel Okafor: Which day suits you for the review, Tuesday or Thursday?"];
const enTell = [...enClean.slice(0, 3), "Daniel Okafor: The review takes about twenty minutes on a video call."];
const zhAsk = [...zhClean.slice(0, 3), "张强：嗯，你说。", "李明：您看周二还是周四方便回访？"];
const zhTell = [...zhClean.slice(0, 3), "张强：嗯，你说。", "李明：回访大概二十分钟，电话里就行。"];

describe("end-without-cause: trailing off mid-task", () => {
  it("en: a line broken off ('Tuesday... well...') is the call's last word -> turn 4", () => {
    expect(endFaults("en", [...enAsk, "Priya Raman: Tuesday... well..."])).toEqual([4]);
  });
  it("en: 'Let me think about it.' with nothing to think over -> turn 4", () => {
    expect(endFaults("en", [...enAsk, "Priya Raman: Let me think about it."])).toEqual([4]);
  });
  it("en: a bare 'Well.' owed an answer -> turn 4; after a statement, or a bare 'Thanks.', it passes", () => {
    expect(endFaults("en", [...enAsk, "Priya Raman: Well."])).toEqual([4]);
    expect(endFaults("en", [...enTell, "Priya Raman: Well."])).toEqual([]);
    expect(endFaults("en", [...enAsk, "Priya Raman: Thanks."])).toEqual([]);
  });
  it("zh: 话说一半（“周二的话……”）就结束 -> turn 5", () => {
    expect(endFaults("zh", [...zhAsk, "张强：周二的话……那个……"])).toEqual([5]);
  });
  it("zh: “那我再想想吧。”没有可想的缘由 -> turn 5", () => {
    expect(endFaults("zh", [...zhAsk, "张强：那我再想想吧。"])).toEqual([5]);
  });
  it("zh: 陈述之后一个“哦”，或一句“算了吧”的拒绝 -> passes", () => {
    expect(endFaults("zh", [...zhTell, "张强：哦。"])).toEqual([]);
    expect(endFaults("zh", [...zhAsk, "张强：算了吧，不约了。"])).toEqual([]);
  });
});

describe("end-without-cause: the call stops on a datum asked for", () => {
  it("en: 'the last four digits of your phone, please' - '4417' as the last word -> turn 4", () => {
    expect(endFaults("en", [...enClean.slice(0, 3), "Daniel Okafor: Before we go on, the last four digits of your phone number, please.", "Priya Raman: 4417."])).toEqual([4]);
  });
  it("zh: “麻烦报一下手机后四位” - “3381” 后再无下文 -> turn 5", () => {
    expect(endFaults("zh", [...zhClean.slice(0, 3), "张强：嗯，你说。", "李明：麻烦您报一下手机后四位，我核对一下。", "张强：3381"])).toEqual([5]);
  });
});
