// The simulator section's persona checks, in Chinese and in English: a planted persona break (identity and facts), an
// ending without a cause, a line copied from the persona (and its description read aloud) are caught at their turn;
// clean calls and legitimate look-alikes (a relative answering, a wrong number, a stated reason to leave) pass.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario, Scorecard } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { edit, enClean, readDocs, zhClean } from "./fixtures/plants.js";

type Doc = "zh" | "en" | "zhTaxi" | "zhOutage" | "enPhone" | "zhCar" | "enPower" | "enLoan";
const docs = {} as Record<Doc, Scenario>;

beforeAll(async () => {
  await readDocs(docs, {
    zh: "examples/00-seed-service-followup.md",
    en: "examples/06-saas-renewal-checkin-en.md",
    zhTaxi: "tests/labelled/scenarios/zh-gov.md",
    zhOutage: "examples/03-broadband-outage-compensation.md",
    enPhone: "tests/labelled/scenarios/en-telecom.md",
    zhCar: "tests/labelled/scenarios/zh-insurance.md",
    enPower: "tests/labelled/scenarios/en-utility.md",
    enLoan: "tests/labelled/scenarios/en-auto-loan.md",
  });
});

/** `endCondition`: the call record says the customer ended on this (1-based) end condition of its persona. */
function card(doc: Doc, lines: readonly string[], endCondition?: number): Scorecard {
  const scenario = docs[doc];
  const call = parseCall(lines.join("\n"), `${doc}.txt`, scenario);
  const record = endCondition === undefined ? call : { ...call, end: { by: "callee" as const, condition: endCondition, reason: "end condition" } };
  return evaluateCall(scenario, record);
}

/** The turns a simulator check failed at, or [] when it passed. */
function flagged(doc: Doc, lines: readonly string[], id: string, endCondition?: number): number[] {
  const check = card(doc, lines, endCondition).simulator.checks.find((c) => c.id === id);
  return check === undefined || check.passed ? [] : check.turns;
}

const taxiOpen = ["回访员：您好，请问是黄志强先生吗？我是12345热线回访员，关于您反映的路灯问题做个简短回访。"];

const outageOpen = ["吴磊：您好，请问是郑海涛先生吗？我是星联宽带的客户关怀专员吴磊，今天打电话向您道歉，跟您说一下原因和补偿方案。", "郑海涛：是我，你说。"];
const outageTold = ["吴磊：断网的原因是市政施工挖断了主干光缆；整改上我们新增了应急坐席；补偿在原来的基础上再加码，减免一个月月费。", "郑海涛：行吧，先这样。但我话说在前头，我保留投诉权利。"];
const phoneOpen = ["Marcus: Hi, this is Marcus from Lumen Mobile. Is this Alicia Moreno?", "Alicia: Yeah.", "Marcus: I'm checking in on the plan change you made on May 12th. How's Essentials been?"];

const PLANTS: { name: string; doc: Doc; kind: string; lines: string[]; turn: number; endCondition?: number }[] = [
  // persona-break
  { name: "zh: says it is him, then that he is out and she is his wife", doc: "zh", kind: "persona-break", lines: edit(zhClean, { 1: "张强先生：对，是我。他不在，我是他爱人，有事跟我说吧。" }), turn: 1 },
  { name: "en: confirms, then takes a message for herself", doc: "en", kind: "persona-break", lines: edit(enClean, { 10: "Priya Raman: Can I take a message for her? She's in a meeting." }), turn: 10 },
  { name: "en: confirms, then says it is a wrong number", doc: "en", kind: "persona-break", lines: edit(enClean, { 10: "Priya Raman: Wait, who? Sorry, wrong number." }), turn: 10 },
  { name: "zh: confirms, then says it is a wrong number", doc: "zh", kind: "persona-break", lines: edit(zhClean, { 11: "张强：等等，你打错了吧。" }), turn: 11 },
  { name: "zh: the only answerer of the phone says it is not him", doc: "zhTaxi", kind: "persona-break", lines: [...taxiOpen, "黄志强：不是本人。", "回访员：不好意思，打扰了，再见。"], turn: 1 },
  { name: "zh: a taxi driver says he is a teacher", doc: "zhTaxi", kind: "persona-break", lines: [...taxiOpen, "黄志强：是我，你说。", "回访员：路灯修好了吗？", "黄志强：修好了，我是当老师的，晚上下班走那段路。", "回访员：好的，感谢您的反馈，再见。"], turn: 3 },
  { name: "en: an IT manager says she is a nurse", doc: "en", kind: "persona-break", lines: edit(enClean, { 12: "Priya Raman: Good. As a nurse I don't have time for long calls." }), turn: 12 },
  { name: "zh: a 51-year-old says he is thirty", doc: "zhTaxi", kind: "persona-break", lines: [...taxiOpen, "黄志强：是我，你说。", "回访员：路灯修好了吗？", "黄志强：修好了。我今年三十岁，眼神好着呢。", "回访员：好的，感谢您的反馈，再见。"], turn: 3 },
  { name: "en: a 39-year-old says she is sixty-two", doc: "en", kind: "persona-break", lines: edit(enClean, { 12: "Priya Raman: Good. I'm sixty-two years old, I've seen vendors come and go." }), turn: 12 },
  { name: "zh: lives somewhere the persona does not", doc: "zhTaxi", kind: "persona-break", lines: [...taxiOpen, "黄志强：是我，你说。", "回访员：路灯修好了吗？", "黄志强：我住在东湖路那边，不走那段路了。", "回访员：好的，感谢您的反馈，再见。"], turn: 3 },
  { name: "en: lives somewhere the persona does not", doc: "enPhone", kind: "persona-break", lines: [...phoneOpen, "Alicia: It's fine. I live in Denver now, so the coverage matters.", "Marcus: Thanks for letting me know. Goodbye."], turn: 3 },
  { name: "zh: a husband speaks of his husband", doc: "zhCar", kind: "persona-break", lines: ["顾问：您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。", "刘建国：是我，你说。", "顾问：您的车险快到期了，今年续保吗？", "刘建国：我得问问我老公再说。", "顾问：好的，再见。"], turn: 3 },
  { name: "en: a husband speaks of his husband", doc: "enPower", kind: "persona-break", lines: ["Hannah: Hello, is this Gareth Doyle? It's Hannah from Northvale Energy.", "Gareth: Speaking.", "Hannah: I'm calling about your March bill.", "Gareth: Oh, my husband handles the bills, love.", "Hannah: I see. Goodbye."], turn: 3 },
  { name: "zh: says one job, then another (both words of its persona)", doc: "zh", kind: "persona-break", lines: edit(zhClean, { 5: "张强：我是做运营的，等了10分钟，太慢了。", 13: "张强：我是客服，小程序简单的还行。" }), turn: 13 },
  { name: "en: says one age, then another", doc: "enPhone", kind: "persona-break", lines: [...phoneOpen, "Alicia: It's fine. I'm thirty-eight years old, I know my bills.", "Marcus: Of course. Any problems with data?", "Alicia: No. I'm fifty years old and I still get confused by it though.", "Marcus: Thanks. Goodbye."], turn: 5 },
  { name: "zh: his wife answers, then says it is him", doc: "zhCar", kind: "persona-break", lines: ["顾问：您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。", "王丽：他不在，我是他爱人，有什么事跟我说吧。", "顾问：好的，是车险续保的事。", "王丽：哦，我就是刘建国本人，你说吧。", "顾问：好的。"], turn: 3 },
  { name: "en: her partner answers, then says it is her", doc: "enLoan", kind: "persona-break", lines: ["caller: Hello, may I speak with Denise Harper?", "callee: What's this about? I'm her partner, you can tell me.", "caller: I can only discuss it with Denise.", "callee: Yes, speaking. Go ahead.", "caller: Okay."], turn: 3 },
  // end-without-cause
  { name: "zh: leaves over a fee nobody mentioned", doc: "zh", kind: "end-without-cause", lines: edit(zhClean, { 11: "张强：你们是不是要收费？那不说了，挂了。", 12: "李明：好的，打扰您了，再见。" }, 13), turn: 11 },
  { name: "en: walks out giving no reason after a calm call", doc: "en", kind: "end-without-cause", lines: edit(enClean, { 4: "Priya Raman: Nope, I'm done. Bye.", 5: "Daniel Okafor: Oh, okay. Thank you for your time. Goodbye." }, 6), turn: 4 },
  { name: "en: leaves over a charge nobody mentioned", doc: "en", kind: "end-without-cause", lines: edit(enClean, { 12: "Priya Raman: If you're gonna charge me for those reports, forget it. Bye.", 13: "Daniel Okafor: Okay, thanks for your time. Goodbye." }, 14), turn: 12 },
  { name: "zh: hangs up giving no reason after a calm call", doc: "zh", kind: "end-without-cause", lines: edit(zhClean, { 3: "张强：行了行了不说了，挂了啊。", 4: "李明：好的，不打扰您了，再见。" }, 5), turn: 3 },
  { name: "zh: 'nothing else' though its question was put off", doc: "zh", kind: "end-without-cause", lines: edit(zhClean, { 10: "李明：这个我不太清楚，回头书面回复您。您还有其他问题吗？", 11: "张强：没别的了。" }, 12), turn: 11 },
  { name: "en: 'that's all' though its question was put off", doc: "en", kind: "end-without-cause", lines: edit(enClean, { 9: "Daniel Okafor: I'm not sure, I'll get back to you on that. Anything else?", 10: "Priya Raman: No, that's all." }, 11), turn: 10 },
  { name: "zh: closes on 'after hearing the cause, the fix and more compensation', none of which was said", doc: "zhOutage", kind: "end-without-cause", lines: [...outageOpen, "吴磊：这个我手头没有准确的信息，之后书面回复您。", "郑海涛：保留投诉权利。"], turn: 3 },
  { name: "en: ends on 'feels sold to' though nothing was offered", doc: "enPhone", kind: "end-without-cause", lines: [...phoneOpen, "Alicia: It's fine. Okay, bye."], turn: 3, endCondition: 3 },
  // verbatim-persona (and the description read aloud, which is a stage direction)
  { name: "zh: copies the persona's situation", doc: "zh", kind: "verbatim-persona", lines: edit(zhClean, { 13: "张强：刚批完报表，脑子里数字没落地呢。" }), turn: 13 },
  { name: "en: copies the persona's background, 'her' made 'my'", doc: "en", kind: "verbatim-persona", lines: edit(enClean, { 12: "Priya Raman: Right. My CFO has asked every department to cut software spend." }), turn: 12 },
  { name: "zh: reads the description of himself aloud", doc: "zh", kind: "stage-direction", lines: edit(zhClean, { 13: "张强：他的时间很贵，心里想着别给我整虚的。" }), turn: 13 },
  { name: "zh: narrates himself by name", doc: "zh", kind: "stage-direction", lines: edit(zhClean, { 11: "张强：张强心想这又是套话，嗯。" }), turn: 11 },
  { name: "en: narrates herself by name", doc: "en", kind: "stage-direction", lines: edit(enClean, { 12: "Priya Raman: Priya sighs and checks her spreadsheet. Good." }), turn: 12 },
  { name: "en: reads the description of herself aloud", doc: "en", kind: "stage-direction", lines: edit(enClean, { 12: "Priya Raman: She is not hostile to vendors, just allergic to vague claims." }), turn: 12 },
];

const CLEAN: { name: string; doc: Doc; lines: string[]; endCondition?: number }[] = [
  { name: "zh: closes on 'after hearing the cause, the fix and more compensation' once told them", doc: "zhOutage", lines: [...outageOpen, ...outageTold] },
  { name: "en: ends on 'feels sold to' after an add-on was pushed", doc: "enPhone", lines: [...phoneOpen, "Alicia: It's fine.", "Marcus: We've got a promo right now, want me to add a second line for $20 a month?", "Alicia: I'm not adding anything. Bye."], endCondition: 3 },
  { name: "zh clean call", doc: "zh", lines: zhClean },
  { name: "en clean call", doc: "en", lines: enClean },
  { name: "zh: a relative answers and takes a message", doc: "zh", lines: ["李明：您好，请问是张强先生吗？", "张强家人：他不在，我是他爱人，有什么事跟我说吧。", "李明：好的，麻烦您转告张强先生方便时回个电话，谢谢，再见。", "张强家人：好，再见。"] },
  { name: "en: a stranger says it is a wrong number", doc: "en", lines: ["Daniel Okafor: Hi, is this Priya Raman?", "Voice: Sorry, wrong number. No one by that name here.", "Daniel Okafor: Sorry to have bothered you. Goodbye."] },
  { name: "zh: leaves with a reason of its own", doc: "zhTaxi", lines: [...taxiOpen, "黄志强：是我。", "回访员：请您对处理结果打个分。", "黄志强：有活了，先挂了。", "回访员：好的，不打扰您了，再见。"] },
  { name: "en: suspects a sale after the caller offered one", doc: "en", lines: edit(enClean, { 11: "Daniel Okafor: I can have a specialist call you about our add-on, no obligation.", 12: "Priya Raman: You're not gonna sell me an add-on now, are you? I'm done. Thanks.", 13: "Daniel Okafor: No problem, thank you for your time. Goodbye." }, 14) },
  { name: "en: she confirms, then says her husband is out", doc: "en", lines: edit(enClean, { 12: "Priya Raman: Good. My husband? He's not home right now, he can't help." }) },
  { name: "zh: he confirms, then says his wife is out", doc: "zh", lines: edit(zhClean, { 1: "张强先生：对，是我。我爱人？她不在家，你跟我说。" }) },
  { name: "zh: his age, his street and his wife, as the persona gives them", doc: "zhTaxi", lines: [...taxiOpen, "黄志强：是我，我今年五十一岁，住在明华路附近，我老婆也天天走那段路。", "回访员：好的，感谢您的反馈，再见。"] },
  { name: "en: her age and her city, as the persona gives them", doc: "enPhone", lines: [...phoneOpen, "Alicia: It's fine. I'm thirty-eight years old and I live in Phoenix, I know my bills.", "Marcus: Thanks. Goodbye."] },
  { name: "en: her partner answers and fetches her, then she speaks", doc: "enLoan", lines: ["caller: Hello, may I speak with Denise Harper?", "callee: I'm her partner. Hang on, I'll get her.", "caller: Thank you.", "callee: Hi, it's me, Denise.", "caller: Thanks, Denise. Goodbye."] },
  { name: "en: speaks of someone else in the third person", doc: "en", lines: edit(enClean, { 12: "Priya Raman: Good. My colleague is out today, she will read it tomorrow." }) },
];

describe("simulator persona checks", () => {
  it.each(PLANTS.map((p) => [p.name, p] as const))("%s: caught at its turn", (_name, plant) => {
    expect(flagged(plant.doc, plant.lines, plant.kind, plant.endCondition)).toContain(plant.turn);
  });

  it.each(CLEAN.map((c) => [c.name, c] as const))("%s: no persona break, ending or copy charged", (_name, call) => {
    const failed = card(call.doc, call.lines, call.endCondition).simulator.checks.filter((c) => !c.passed && ["persona-break", "end-without-cause", "verbatim-persona", "stage-direction"].includes(c.id));
    expect(failed.map((c) => `${c.id}: ${c.message}`)).toEqual([]);
  });

  it("the verbatim share counts every copied line of the call", () => {
    const lines = edit(zhClean, { 13: "张强：刚批完报表，脑子里数字没落地呢。" });
    const section = card("zh", lines).simulator;
    expect(section.verbatimShare).toBeGreaterThan(0);
    expect(card("zh", zhClean).simulator.verbatimShare).toBe(0);
  });

  it("a customer reading its persona line after line fails the whole call as well as each line", () => {
    const lines = ["Daniel Okafor: Hi, is this Priya Raman?", "Priya Raman: Yes. She has the usage dashboard open on one screen and her cost spreadsheet on the other.", "Daniel Okafor: Your contract ends soon.", "Priya Raman: My CFO has asked every department to cut software spend by 12% next fiscal year.", "Daniel Okafor: Understood.", "Priya Raman: A competitor has already sent me a cheaper quote.", "Daniel Okafor: Thanks, goodbye."];
    const check = card("en", lines).simulator.checks.find((c) => c.id === "verbatim-persona");
    expect(check?.passed).toBe(false);
    expect(check?.message).toMatch(/% of the customer's turns copy its persona/);
    expect(card("en", lines).simulator.verbatimShare).toBeGreaterThanOrEqual(0.75);
  });

  it("a planted fault marks the call simulatorFault without touching the caller's verdict", () => {
    const clean = card("en", enClean);
    const planted = card("en", edit(enClean, { 12: "Priya Raman: Good. As a nurse I don't have time for long calls." }));
    expect(clean.simulator.simulatorFault).toBe(false);
    expect(planted.simulator.simulatorFault).toBe(true);
    expect(planted.passed).toBe(clean.passed);
  });
});
