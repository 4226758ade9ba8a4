// The simulator section on endings with no cause and on an answerer who said "it's me" and then names itself a
// relative: a bare decline ("leave it", "不弄了") is no reason to walk out; a decline or a call for someone in charge
// that the caller closes on, with nothing in the call to bring it on, is an ending without cause; "I'm actually her
// husband" or "I'll pass it on" after "yes, that's me" is a persona break. Look-alikes with a reason pass. zh and en.
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

// The opening without the customer's hurry ("before a meeting", "说重点"), which would be a cause of its own.
const en = edit(enClean, { 4: "Priya Raman: Sure, go ahead." }, 6);
const zh = edit(zhClean, { 3: "张强：行，你说。" }, 5);
const enAsk = "Daniel Okafor: Would you like the two-year option?";
const zhAsk = "李明：您看方便评价一下这次的服务吗？";

describe("end-without-cause: a bare decline", () => {
  it("en: 'Actually no, leave it. I'm done.' walks out with no reason -> turn 6", () => {
    expect(failed("en", [...en, "Priya Raman: Actually no, leave it. I'm done."], "end-without-cause")).toEqual([6]);
  });
  it("zh: '不弄了，挂了。' walks out with no reason -> turn 5", () => {
    expect(failed("zh", [...zh, "张强：不弄了，挂了。"], "end-without-cause")).toEqual([5]);
  });
  it("en: 'No thanks, not interested' the caller closes on -> turn 6; with a reason it passes", () => {
    const close = "Daniel Okafor: Understood. Thanks for your time, goodbye.";
    expect(failed("en", [...en.slice(0, 5), enAsk, "Priya Raman: No thanks, I'm not interested.", close], "end-without-cause")).toEqual([6]);
    expect(failed("en", [...en.slice(0, 5), enAsk, "Priya Raman: No thanks, we're moving everything to Sentrylane next month.", close], "end-without-cause")).toEqual([]);
  });
  it("zh: '不需要，不感兴趣。' the caller closes on -> turn 5; with a reason it passes", () => {
    const close = "李明：好的，打扰您了，再见。";
    expect(failed("zh", [...zh.slice(0, 4), zhAsk, "张强：不需要，不感兴趣。", close], "end-without-cause")).toEqual([5]);
    expect(failed("zh", [...zh.slice(0, 4), zhAsk, "张强：不需要，我们下个月就换别家的系统了。", close], "end-without-cause")).toEqual([]);
  });
});

describe("end-without-cause: a decline of an add-on the caller offered is caused", () => {
  it("en: 'No thanks.' after 'we could also fit …' passes", () => {
    const offer = "Daniel Okafor: While we're at it, we could also fit the premium alerting pack, only $380 extra.";
    expect(failed("en", [...en.slice(0, 5), offer, "Priya Raman: No thanks.", "Daniel Okafor: Fine. Thanks for your time, goodbye."], "end-without-cause")).toEqual([]);
  });
  it("zh: '不需要。' after '还可以帮您装…' passes", () => {
    const offer = "李明：师傅上门时还可以帮您装一个智能提醒器。";
    expect(failed("zh", [...zh.slice(0, 4), offer, "张强：不需要。", "李明：好的，打扰您了，再见。"], "end-without-cause")).toEqual([]);
  });
});

describe("end-without-cause: someone in charge, over nothing", () => {
  it("en: 'Have your manager call me back.' -> turn 6; after a complaint it passes", () => {
    const close = "Daniel Okafor: Of course, I'll ask my manager to call you. Goodbye.";
    expect(failed("en", [...en.slice(0, 5), enAsk, "Priya Raman: Have your manager call me back.", close], "end-without-cause")).toEqual([6]);
    expect(failed("en", [...en.slice(0, 5), enAsk, "Priya Raman: This outage was unacceptable. Have your manager call me back.", close], "end-without-cause")).toEqual([]);
  });
  it("zh: '让你们负责人给我回电。' -> turn 5; after a complaint it passes", () => {
    const close = "李明：好的，我请负责人给您回电，再见。";
    expect(failed("zh", [...zh.slice(0, 4), zhAsk, "张强：让你们负责人给我回电。", close], "end-without-cause")).toEqual([5]);
    expect(failed("zh", [...zh.slice(0, 4), zhAsk, "张强：你们拖了好几天，太差了，让你们负责人给我回电。", close], "end-without-cause")).toEqual([]);
  });
});

describe("persona-break: 'it's me', then a relative with a word between", () => {
  it("en: 'I'm actually her husband' after 'Yes, that's me' -> turn 4", () => {
    expect(failed("en", edit(enClean, { 4: "Priya Raman: Sorry, I should say, I'm actually her husband." }, 5), "persona-break")).toEqual([4]);
  });
  it("zh: '我只是他的助理' after '对，我是' -> turn 3", () => {
    expect(failed("zh", edit(zhClean, { 3: "张强：其实我只是他的助理，你说吧。" }, 4), "persona-break")).toEqual([3]);
  });
  it("en: 'I'll pass it on' after 'Yes, that's me' -> turn 4; from a wife who said so it passes", () => {
    expect(failed("en", edit(enClean, { 4: "Priya Raman: Right, I'll pass it on." }, 5), "persona-break")).toEqual([4]);
    expect(failed("en", edit(enClean, { 0: "Priya Raman: Hello?", 2: "Ms. Raman: No, I'm her wife.", 4: "Priya Raman: Right, I'll pass it on." }, 5), "persona-break")).toEqual([]);
  });
  it("zh: '你跟我说，我转告。' after '对，我是' -> turn 3; from a wife who said so it passes", () => {
    expect(failed("zh", edit(zhClean, { 3: "张强：你跟我说就行，我转告。" }, 4), "persona-break")).toEqual([3]);
    expect(failed("zh", edit(zhClean, { 1: "张强先生：不是，我是他爱人。", 3: "张强：你跟我说就行，我转告。" }, 4), "persona-break")).toEqual([]);
  });
});
