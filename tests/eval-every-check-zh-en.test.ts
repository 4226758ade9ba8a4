// For every check, in Chinese and in English: a clean call passes, and one planted fault is caught by its own check at
// its turn. Plants are edits of the clean transcripts of examples/00 (zh) and examples/06 (en), or short calls on two
// small no-sales documents (tests/fixtures/eval/) for what those examples cannot show.
import { beforeAll, describe, expect, it } from "vitest";
import type { CallerFaultKind, Scenario, Scorecard, SimulatorFaultKind } from "../src/schema/index.js";
import { CallerFaultKind as CallerKinds, SimulatorFaultKind as SimulatorKinds } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { edit, enClean, readDocs, zhClean } from "./fixtures/plants.js";

type Doc = "zh" | "en" | "zhNoSales" | "enNoSales";
const docs = {} as Record<Doc, Scenario>;

beforeAll(async () => {
  await readDocs(docs, {
    zh: "examples/00-seed-service-followup.md",
    en: "examples/06-saas-renewal-checkin-en.md",
    zhNoSales: "tests/fixtures/eval/zh-no-sales.md",
    enNoSales: "tests/fixtures/eval/en-no-sales.md",
  });
});

interface Plant {
  doc: Doc;
  lines: string[];
  /** The turns the check must name (any of them when `anyOf`). */
  turns: number[];
  anyOf?: boolean;
}

const zhSales = ["王磊：您好，请问是陈女士吗？我是示例物业的王磊。", "陈女士：是我。"];
const enSales = ["Sam: Hi, is this Jo Park? This is Sam from Example Gym.", "Jo: Yes, that's me."];

const PLANTS: Record<CallerFaultKind | SimulatorFaultKind, { zh: Plant; en: Plant }> = {
  disclosure: {
    zh: { doc: "zh", lines: edit(zhClean, { 1: "张强先生：我是他爱人，他不在家。" }), turns: [4] },
    en: { doc: "en", lines: edit(enClean, { 2: "Ms. Raman: No, I'm her assistant. She's in a meeting." }), turns: [3] },
  },
  "wrong-answer": {
    zh: { doc: "zh", lines: edit(zhClean, { 9: "张强：这次优化有哪些可量化成果？", 10: "李明：人工热线响应缩短到了9分钟内。" }), turns: [10] },
    en: { doc: "en", lines: edit(enClean, { 17: "Daniel Okafor: On a 2-year term you can reduce by up to 50% at the 12-month anniversary." }), turns: [17] },
  },
  "deflected-answer": {
    zh: { doc: "zh", lines: edit(zhClean, { 10: "李明：这个我现在不太确定，回头书面回复您。" }), turns: [10] },
    en: { doc: "en", lines: edit(enClean, { 17: "Daniel Okafor: I'm not sure, I'll get back to you on that." }), turns: [17] },
  },
  "ignored-question": {
    zh: { doc: "zh", lines: edit(zhClean, { 10: "李明：小程序您用过吗？" }), turns: [10] },
    en: { doc: "en", lines: edit(enClean, { 17: "Daniel Okafor: Let's look at next year." }), turns: [17] },
  },
  "false-claim": {
    zh: { doc: "zh", lines: edit(zhClean, { 17: "张强：不用了，我不需要。", 18: "李明：好的，已为您预约了下周的回访。" }), turns: [18] },
    en: { doc: "en", lines: edit(enClean, { 22: "Priya Raman: No, I won't commit to anything today.", 23: "Daniel Okafor: Great, you've agreed to the 2-year option and I've booked the review call. Talk soon." }), turns: [23] },
  },
  "wrong-closing": {
    zh: { doc: "zh", lines: edit(zhClean, { 17: "张强：我要开会了，没时间，先这样。", 18: "李明：感谢您的详细反馈和建议，您的信息已直达服务优化团队。流程数据或新进展会及时通知。再见。" }, 19), turns: [18] },
    en: { doc: "en", lines: edit(enClean, { 22: "Priya Raman: Sorry, my meeting is starting, I have to go. Send it all by email." }, 24), turns: [23] },
  },
  "no-closing": {
    zh: { doc: "zh", lines: edit(zhClean, { 18: "李明：好的。", 20: "李明：那就这样。" }, 21), turns: [20] },
    en: { doc: "en", lines: edit(enClean, { 21: "Daniel Okafor: Okay.", 23: "Daniel Okafor: Okay, I'll send the quote." }, 24), turns: [23] },
  },
  repetition: {
    zh: { doc: "zh", lines: edit(zhClean, { 16: zhClean[14] ?? "", 18: `${zhClean[14] ?? ""}感谢您的详细反馈和宝贵建议。` }), turns: [18] },
    en: { doc: "en", lines: edit(enClean, { 13: enClean[11] ?? "", 15: enClean[11] ?? "" }), turns: [15] },
  },
  marketing: {
    zh: { doc: "zhNoSales", lines: [...zhSales, "王磊：上周的维修您满意吗？另外我们有个限时优惠套餐，今天办理还有折扣。", "陈女士：满意。", "王磊：感谢您的反馈，祝您生活愉快，再见。"], turns: [2] },
    en: { doc: "enNoSales", lines: [...enSales, "Sam: How was your yoga class last week? Also, we have a special offer on a premium plan today.", "Jo: It was nice.", "Sam: Thanks for your feedback, have a nice day. Goodbye."], turns: [2] },
  },
  "sensitive-info": {
    zh: { doc: "zh", lines: edit(zhClean, { 2: `${zhClean[2] ?? ""}麻烦您提供一下身份证号码。` }), turns: [2] },
    en: { doc: "en", lines: edit(enClean, { 3: `${enClean[3] ?? ""} Could you read me the verification code we just sent?` }), turns: [3] },
  },
  "invented-figure": {
    zh: { doc: "zh", lines: edit(zhClean, { 8: (zhClean[8] ?? "").replace("30%", "45%") }), turns: [8] },
    en: { doc: "en", lines: edit(enClean, { 7: (enClean[7] ?? "").replace("37%", "45%") }), turns: [7] },
  },
  opening: {
    zh: { doc: "zh", lines: edit(zhClean, { 2: "李明：今天的电话只针对服务体验收集，不涉及营销。您现在方便吗？" }), turns: [0] },
    en: { doc: "en", lines: edit(enClean, { 3: "Daniel Okafor: Your contract ends on 2025-09-30 and I'd like 10 minutes of your time." }), turns: [1] },
  },
  identity: {
    zh: { doc: "zh", lines: ["李明：您好。", "张强：哪位？", "李明：我是长江公司客户服务回访员李明，想请您反馈一下上次的客服体验。", "张强：我在开会，没时间。", "李明：好的，不打扰您了，再见。"], turns: [0] },
    en: { doc: "en", lines: ["Daniel: Hello.", "Priya: Hi?", "Daniel Okafor: This is Daniel Okafor from Cobaltix, calling about your renewal.", "Priya: I'm in a meeting, I can't talk.", "Daniel Okafor: No problem, goodbye."], turns: [0] },
  },
  "missing-step": {
    zh: { doc: "zh", lines: edit(zhClean, { 18: "李明：跟您核对一下：您的评价是……，建议是……，对吗？" }), turns: [18] },
    en: { doc: "en", lines: edit(enClean, { 21: "Daniel Okafor: I'll send the written quote for ___ by ___." }), turns: [21] },
  },
  order: {
    zh: { doc: "zh", lines: edit(zhClean, { 6: zhClean[8] ?? "", 8: zhClean[6] ?? "" }), turns: [6, 8], anyOf: true },
    en: { doc: "en", lines: edit(enClean, { 13: enClean[15] ?? "", 15: enClean[13] ?? "" }), turns: [13, 15], anyOf: true },
  },
  "persona-break": {
    zh: { doc: "zh", lines: edit(zhClean, { 11: "张强：我是王芳。嗯。" }), turns: [11] },
    en: { doc: "en", lines: edit(enClean, { 12: "Priya Raman: My name is Susan, by the way. Good." }), turns: [12] },
  },
  "end-without-cause": {
    zh: { doc: "zhNoSales", lines: [...zhSales, "王磊：上周的维修您满意吗？", "陈女士：我要开会了，没时间，挂了。"], turns: [3] },
    en: { doc: "enNoSales", lines: [...enSales, "Sam: How was your yoga class last week?", "Jo: I'm in a meeting, I have to go. Bye."], turns: [3] },
  },
  "verbatim-persona": {
    zh: { doc: "zh", lines: edit(zhClean, { 13: "张强：刚批完报表，脑子里数字没落地，小程序简单的还行。" }), turns: [13] },
    en: { doc: "en", lines: edit(enClean, { 12: "Priya Raman: The June outage happened during quarter-end close, and my team missed alerts." }), turns: [12] },
  },
  "negative-style": {
    zh: { doc: "zh", lines: edit(zhClean, { 3: "张强：非常感谢您的来电，我会认真聆听并给予中肯反馈。" }), turns: [3] },
    en: { doc: "en", lines: edit(enClean, { 12: "Priya Raman: That sounds great, I am confident we will continue our valuable relationship." }), turns: [12] },
  },
  "assistant-voice": {
    zh: { doc: "zh", lines: edit(zhClean, { 11: "张强：作为一个AI助手，很高兴为您服务。" }), turns: [11] },
    en: { doc: "en", lines: edit(enClean, { 12: "Priya Raman: Great question! I'm happy to help with that." }), turns: [12] },
  },
  "stage-direction": {
    zh: { doc: "zh", lines: edit(zhClean, { 11: "张强：（叹气）嗯。" }), turns: [11] },
    en: { doc: "en", lines: edit(enClean, { 12: "Priya Raman: (sighs) Good." }), turns: [12] },
  },
};

function score(doc: Doc, lines: readonly string[]): Scorecard {
  const scenario = docs[doc];
  return evaluateCall(scenario, parseCall(lines.join("\n"), `${doc}.txt`, scenario));
}

const failedTurns = (card: Scorecard, id: string): number[] | undefined => {
  const check = [...card.checks, ...card.simulator.checks].find((c) => c.id === id);
  return check === undefined || check.passed ? undefined : check.turns;
};

describe("every check has a planted fault in each language", () => {
  it("covers every fault kind", () => {
    expect(Object.keys(PLANTS).sort()).toEqual([...CallerKinds.options, ...SimulatorKinds.options].sort());
  });

  it.each([
    ["zh", "zh" as Doc, zhClean],
    ["en", "en" as Doc, enClean],
    ["zh no-sales", "zhNoSales" as Doc, [...zhSales, "王磊：上周的维修您满意吗？", "陈女士：挺好的，师傅很快。", "王磊：感谢您的反馈，祝您生活愉快，再见。", "陈女士：再见。"]],
    ["en no-sales", "enNoSales" as Doc, [...enSales, "Sam: How was your yoga class last week?", "Jo: Lovely, thanks.", "Sam: Thanks for your feedback, have a nice day. Goodbye.", "Jo: Bye."]],
  ])("a clean %s call passes every check", (_name, doc, lines) => {
    const card = score(doc, lines);
    expect([...card.checks, ...card.simulator.checks].filter((c) => !c.passed).map((c) => c.id)).toEqual([]);
    expect(card.passed).toBe(true);
  });

  const cases = Object.entries(PLANTS).flatMap(([kind, byLang]) => [["zh", kind, byLang.zh], ["en", kind, byLang.en]] as const);
  it.each(cases)("%s %s: caught at its turn", (_lang, kind, plant) => {
    const turns = failedTurns(score(plant.doc, plant.lines), kind);
    expect(turns).toBeDefined();
    if (plant.anyOf === true) expect(turns?.some((t) => plant.turns.includes(t))).toBe(true);
    else expect(turns).toEqual(expect.arrayContaining(plant.turns));
  });
});
