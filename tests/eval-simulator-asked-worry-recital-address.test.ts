// Simulator checks added at stop 34, in Chinese and in English, each with a planted fault caught at its turn and a clean
// call passing: a worry the persona writes as a question, asked in its own words, is no copy (a worry of three items
// read out still is); a passage of the persona recited whole is a verbatim copy even in the third person (a short
// narrated snippet, or one opening on the customer's own "he/she", stays a stage direction); a street address nobody
// in the document or the call knows is a persona break (the record's own address is not); rudeness aimed at the caller
// ("who the hell is this", "有屁快放") from a persona not written rough is a negative style; hesitation ("hmm", "hang
// on") is no reason to leave and "先这样吧" puts the matter off; a style-to-avoid line said as one clause is said; an
// action in brackets mid-line ("还行（点头）那个") is a stage direction, a bracketed figure is not.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { readDocs } from "./fixtures/plants.js";

type Doc = "zhAircon" | "enBike" | "enMarina" | "zhKinder" | "enWindows";
const docs = {} as Record<Doc, Scenario>;

beforeAll(async () => {
  await readDocs(docs, {
    zhAircon: "tests/labelled/scenarios/own34s-zh-aircon.md",
    enBike: "tests/labelled/scenarios/own34s-en-bike.md",
    enMarina: "tests/labelled/scenarios/d-en-marina.md",
    zhKinder: "tests/labelled/scenarios/b-zh-kindergarten.md",
    enWindows: "tests/labelled/scenarios/own31s-en-windows.md",
  });
});

/** The turns a simulator check failed at, or [] when it passed. */
function flagged(doc: Doc, lines: readonly string[], id: string): number[] {
  const scenario = docs[doc];
  const check = evaluateCall(scenario, parseCall(lines.join("\n"), `${doc}.txt`, scenario)).simulator.checks.find((c) => c.id === id);
  return check === undefined || check.passed ? [] : check.turns;
}

const zhOpen = ["小林：您好，我是清风家电清洗服务中心的小林，请问是罗建国先生吗？", "罗建国：对，是我。", "小林：您家两台挂机空调的年度清洗到期了，周四下午方便吗？"];
const zhClose = ["小林：好的，那就周四下午，师傅到前会先打电话。再见。", "罗建国：再见。"];
const enOpen = ["Tom: Hi, it's Tom from Hollins Bike Workshop. Is that Ms Fiona Tarrant?", "Fiona: Yes, that's me.", "Tom: Your e-bike's annual service is due. Would Saturday suit?"];
const enClose = ["Tom: Great, that's Saturday. See you then, bye.", "Fiona: Bye."];
const marina = (line: string): string[] => ["Callum: Hi, it's Callum from Saltmarsh Quay Marina. Is that you?", "Customer: Yes, speaking.", "Callum: I'm calling to book your winter lift-out.", `Customer: ${line}`, "Callum: I'll note that. Goodbye.", "Customer: Bye."];
const kinder = (line: string): string[] => ["老师：您好，这里是幼儿园招生办，请问是陈佳女士吗？", "陈佳：是我。", "老师：孩子的入园通知出来了。", `陈佳：${line}`, "老师：好的，我都记下了，再见。", "陈佳：再见。"];
const windows = (line: string): string[] => ["Priya: Hello, it's Priya from Larkfield Window Care. Am I speaking to Mr Gerald Ashworth?", "Gerald: Speaking.", "Priya: Could you confirm your address for me, please?", `Gerald: ${line}`, "Priya: Thank you. Bye now.", "Gerald: Bye."];

describe("a worry asked as the persona writes it", () => {
  it("zh: asking its own two-item worry in the persona's words is no copy", () => {
    expect(flagged("zhAircon", [...zhOpen, "罗建国：行。清洗剂有没有味道，老伴有哮喘？", ...zhClose], "verbatim-persona")).toEqual([]);
  });
  it("zh: a worry of three items read out as one question is a copy at its turn", () => {
    expect(flagged("zhKinder", kinder("费用多少、能不能按天退伙食费、接送时间奶奶能不能赶上？"), "verbatim-persona")).toEqual([3]);
  });
  it("en: asking its own worry written as a question is no copy", () => {
    expect(flagged("enMarina", marina("Fine. Will the lift be moved again at short notice?"), "verbatim-persona")).toEqual([]);
  });
  it("en: a worry written as a statement pasted into a question is a copy at its turn", () => {
    expect(flagged("enBike", [...enOpen, "Fiona: What about the cost creeping up with parts?", ...enClose], "verbatim-persona")).toEqual([3]);
  });
});

describe("a passage of the persona recited whole", () => {
  it("zh: two background sentences read with the narration's 他 inside are a verbatim copy, not a stage direction", () => {
    const lines = [...zhOpen, "罗建国：客厅那台是前年新换的。他每天早上要去公园打太极拳，九点以后才回家。", ...zhClose];
    expect(flagged("zhAircon", lines, "verbatim-persona")).toEqual([3]);
    expect(flagged("zhAircon", lines, "stage-direction")).toEqual([]);
  });
  it("en: the persona's description read out at length is a verbatim copy, not a stage direction", () => {
    const lines = [...enOpen, "Fiona: A night-shift nurse at the infirmary, married to Dave, with one daughter, Maisie, who is 15. Rides her e-bike to work.", ...enClose];
    expect(flagged("enBike", lines, "verbatim-persona")).toEqual([3]);
    expect(flagged("enBike", lines, "stage-direction")).toEqual([]);
  });
  it("zh: a sentence opening on the narration's 他 stays a stage direction", () => {
    const lines = [...zhOpen, "罗建国：他每天早上要去公园打太极拳，九点以后才回家。", ...zhClose];
    expect(flagged("zhAircon", lines, "stage-direction")).toEqual([3]);
    expect(flagged("zhAircon", lines, "verbatim-persona")).toEqual([]);
  });
  it("zh and en: the customer's own words pass both checks", () => {
    for (const [doc, lines] of [["zhAircon", [...zhOpen, "罗建国：周四下午行，上午我得去公园打拳。", ...zhClose]], ["enBike", [...enOpen, "Fiona: Saturday, go on then. I'm on nights in the week.", ...enClose]]] as const) {
      expect(flagged(doc, lines, "verbatim-persona")).toEqual([]);
      expect(flagged(doc, lines, "stage-direction")).toEqual([]);
    }
  });
});

describe("a street address nobody knows", () => {
  it("zh: an address neither the document nor the call holds is a persona break at its turn", () => {
    expect(flagged("zhAircon", [...zhOpen.slice(0, 2), "小林：麻烦您报一下家里地址。", "罗建国：解放路12号。", ...zhClose], "persona-break")).toEqual([3]);
  });
  it("zh: an address the caller said first passes", () => {
    expect(flagged("zhAircon", [...zhOpen.slice(0, 2), "小林：师傅是去中山路8号对吧？", "罗建国：对，中山路8号。", ...zhClose], "persona-break")).toEqual([]);
  });
  it("en: an address neither the document nor the call holds is a persona break at its turn", () => {
    expect(flagged("enWindows", windows("It's 22 Mill Lane."), "persona-break")).toEqual([3]);
  });
  it("en: the record's own address passes", () => {
    expect(flagged("enWindows", windows("14 Wrekin Close."), "persona-break")).toEqual([]);
  });
});

describe("rudeness aimed at the caller from a persona not written rough", () => {
  it("zh: telling the caller to spit it out rudely is a negative style at its turn", () => {
    expect(flagged("zhAircon", ["小林：您好，我是清风家电清洗服务中心的小林，请问是罗建国先生吗？", "罗建国：是我，有屁快放。", ...zhClose], "negative-style")).toEqual([1]);
  });
  it("zh: a blunt but civil answer passes", () => {
    expect(flagged("zhAircon", ["小林：您好，我是清风家电清洗服务中心的小林，请问是罗建国先生吗？", "罗建国：是我，你直说吧，我不嫌烦。", ...zhClose], "negative-style")).toEqual([]);
  });
  it("en: 'who the hell is this' and 'useless, the lot of you' are a negative style at their turns", () => {
    expect(flagged("enBike", ["Tom: Hi, it's Tom from Hollins Bike Workshop. Is that Ms Fiona Tarrant?", "Fiona: Who the hell is this?", "Tom: It's Tom, about your e-bike's service.", "Fiona: Oh, you lot. Useless, the lot of you.", ...enClose], "negative-style")).toEqual([1, 3]);
  });
  it("en: a tired, short answer passes", () => {
    expect(flagged("enBike", ["Tom: Hi, it's Tom from Hollins Bike Workshop. Is that Ms Fiona Tarrant?", "Fiona: Yeah. You lot are quick off the mark. Go on.", ...enClose], "negative-style")).toEqual([]);
  });
});

describe("hesitation before leaving, and a style-to-avoid line said as one clause", () => {
  it("en: 'hmm … hang on … forget it, bye' while picking a day ends with no cause at its turn", () => {
    expect(flagged("enBike", [...enOpen, "Fiona: Hmm, Saturday might... no, hang on. Actually, forget it. Bye."], "end-without-cause")).toEqual([3]);
  });
  it("en: leaving after a stated reason passes", () => {
    expect(flagged("enBike", [...enOpen, "Fiona: Sorry, I have to sleep before my shift tonight. Can you ring me tomorrow?", "Tom: No problem, I'll call back tomorrow. Bye.", "Fiona: Bye."], "end-without-cause")).toEqual([]);
  });
  it("zh: '算了，先这样吧' while picking a slot ends with no cause at its turn", () => {
    expect(flagged("zhAircon", [...zhOpen, "罗建国：周四……嗯……算了，先这样吧。"], "end-without-cause")).toEqual([3]);
  });
  it("zh: '先这样吧' after the caller closed passes", () => {
    expect(flagged("zhAircon", [...zhOpen, "罗建国：周四下午行。", "小林：好的，那就周四下午，师傅到前会先打电话。再见。", "罗建国：好，先这样吧，再见。"], "end-without-cause")).toEqual([]);
  });
  it("zh: a style-to-avoid line reworded as one clause among others is a negative style at its turn", () => {
    expect(flagged("zhAircon", [...zhOpen, "罗建国：先别说时间，你们得给我出一份详细的书面报价，我看了再说。", ...zhClose], "negative-style")).toEqual([3]);
  });
  it("en: a style-to-avoid line said as one clause among others is a negative style at its turn", () => {
    expect(flagged("enBike", [...enOpen, "Fiona: Not yet, kindly send the terms and conditions to my email, then we'll see.", ...enClose], "negative-style")).toEqual([3]);
  });
  it("zh and en: an ordinary pick passes", () => {
    expect(flagged("zhAircon", [...zhOpen, "罗建国：周四下午，报价你电话里说就行。", ...zhClose], "negative-style")).toEqual([]);
    expect(flagged("enBike", [...enOpen, "Fiona: Saturday. Just tell me the price now, no need to email.", ...enClose], "negative-style")).toEqual([]);
  });
});

describe("an action in brackets read aloud in the middle of a line", () => {
  it("zh: '还行（点头）那个' is a stage direction at its turn", () => {
    expect(flagged("zhAircon", [...zhOpen, "罗建国：哦，那还行（点头）那个，师傅靠谱吗？", ...zhClose], "stage-direction")).toEqual([3]);
  });
  it("zh: a bracketed figure ('3（2）单元') is part of what is said", () => {
    expect(flagged("zhAircon", [...zhOpen, "罗建国：行，我家是12幢3（2）单元，你让师傅记一下。", ...zhClose], "stage-direction")).toEqual([]);
  });
  it("en: 'Right(nods) go on' is a stage direction at its turn", () => {
    expect(flagged("enBike", [...enOpen, "Fiona: Right(nods) go on then, Saturday.", ...enClose], "stage-direction")).toEqual([3]);
  });
  it("en: a letter in brackets ('Flat 2(b)') is part of what is said", () => {
    expect(flagged("enBike", [...enOpen, "Fiona: Saturday. Drop it at Flat 2(b), by the way.", ...enClose], "stage-direction")).toEqual([]);
  });
});
