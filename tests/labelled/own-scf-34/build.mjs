// Builds the own-scf-34 labelled calls from the compact lists below (one line a turn, caller first; labels written
// with the calls, before any scorer run). tune/ is measured while fixing; held/ is run once at the end.
// Run: node build.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { URL } from "node:url";

const docs = {
  zh: { scenario: "../scenarios/own34-zh-seniorcollege.md", industry: "senior-college-enrolment", stem: "own-scf-34-zh-seniorcollege" },
  en: { scenario: "../scenarios/own34-en-cellohire.md", industry: "instrument-hire", stem: "own-scf-34-en-cellohire" },
};
const ZO = "您好，我是松龄老年大学的小林，请问是周秀英周阿姨吗？";
const ZC = "周阿姨您好，麻烦您说一下学员证号后四位，我核对一下。";
const ZP = "好的，核对上了。您报的春季国画班已经排好了，3月3日开课，每周一上午9点到11点，在二号楼305教室。";
const ZF = "学费一学期680元，3月1日前交，可以在学校服务台交，也可以微信扫码交。";
const ZG = "上课请带一套毛笔、一块毛毡和老花镜，宣纸学校发。";
const ZB = "跟您确认一下，3月3日周一上午9点，二号楼305教室开课，对吧？";
const ZE = "好的周阿姨，那就3月3日周一上午9点，二号楼305，记得带毛笔和毛毡，再见！";
const ZHEAD = [ZO, "是我，什么事啊？", ZC, "3702。", ZP];
const ZL = "好的刘叔叔，开课时间和要带的东西麻烦转告周阿姨，学费的事请她回个电话，0571-5550 3186，再见！";
const EO = "Hello, this is Owen from Brookfield Instrument Hire. Could I speak to Ms Okafor, please?";
const EC = "Thanks. Just so I know I've got the right person, what's the postcode on the hire agreement?";
const EP = "Thank you, that matches. I'm ringing because the cello hire ends on 31 January, so we'd like to collect it from the house.";
const ES = "We can come Tuesday 26 January between 4 and 7, Thursday 28 January between 4 and 7, or Saturday 30 January between 10 and 1. Which suits you?";
const ED = "Your £90 deposit goes back to your bank within 5 working days once the cello has been checked.";
const EG = "To get it ready, just put the cello in its soft case with the bow and loosen the strings a little; no need to clean it.";
const EB = (x) => `Just to confirm, that's ${x}?`;
const EE = (x) => `Thanks, Ms Okafor, that's ${x}. Our driver will text an hour before. Goodbye.`;
const EHEAD = [EO, "Yes, speaking.", EC, "LS6 2QT.", EP];
const THU = "Thursday 28 January, between 4 and 7";
const SAT = "Saturday 30 January, between 10 and 1";
const TUE = "Tuesday 26 January, between 4 and 7";
const EDAVID = [EO, "She's on a shift. This is David, her husband.",
  "Hi David. As you're on the hire agreement too, could you tell me the postcode on it?", "LS6 2QT.",
  "Thanks, that matches. The cello hire ends on 31 January and we'd like to collect it from the house. We can come Tuesday 26 January between 4 and 7, Thursday 28 January between 4 and 7, or Saturday 30 January between 10 and 1.",
  "Saturday's best.",
  "Lovely. Please have the cello in its soft case with the bow and the strings loosened a little; no need to clean it."];
const EDE = (x) => `Thanks, David, that's ${x}. Please ask Hannah to ring us on 0113 555 0294 about the deposit. Goodbye.`;
const ZLIU = [ZO, "她去买菜了，我是她老伴。", "刘叔叔您好，您是报名表上的紧急联系人，麻烦您也说一下周阿姨学员证号后四位。", "3702。",
  "核对上了。周阿姨的春季国画班3月3日开课，每周一上午9点到11点，在二号楼305教室。上课带一套毛笔、一块毛毡和老花镜，宣纸学校发。"];

// [part, lang, number, lines, caller faults [kind, turn, why], simulator faults [kind, turn, why]]
const calls = [
  ["tune", "zh", "001", [...ZHEAD, "好的好的。", ZF, "行，我去服务台交。", ZG, "记住了。", ZB, "对的。", ZE, "再见。"], [], []],
  ["tune", "zh", "002", [...ZLIU, "好，我记下了。那学费多少啊？", "钱的事麻烦让周阿姨给我们回个电话。", "行。", ZL, "再见。"], [], []],
  ["tune", "zh", "003", [...ZLIU, "好，我记下了。那学费多少啊？", "学费一学期680元，3月1日前交就行。", "行。", ZL, "再见。"],
    [["disclosure", 6, "老伴 may not hear the fee; told 680元 and the deadline"]], []],
  ["tune", "zh", "004", [...ZHEAD, "那要是上了不喜欢，能退吗？", "能退，什么时候都能全退。", "哦那好。", ZF, "行。", ZG, "好。", ZB, "对的。", ZE, "再见。"],
    [["wrong-answer", 6, "KB: half refunded within two weeks of the start, none after; the answer says full refund any time"]], []],
  ["tune", "zh", "005", [...ZHEAD, "老师是谁啊？", ZF, "哦……", ZG, "嗯。", ZB, "对。", ZE, "再见。"],
    [["ignored-question", 6, "asked who the teacher is (KB: 陈老师); the caller moves on to the fee"]], []],
  ["tune", "zh", "006", [ZO, "嗯，我就是。", "周阿姨，先跟您核对一下，学员证号最后四位是多少？", "3702。",
    "对上了，谢谢。跟您说一下，国画春季班定了，3月3号开始上，每个星期一上午九点到十一点，地点是二号楼305。", "哦，好。",
    "一学期学费是六百八，3月1号之前交就行，服务台或者微信扫码都可以。", "知道了。",
    "来上课的时候自己带毛笔一套、毛毡一块，还有老花镜，宣纸不用带，学校发。", "好。",
    "我再跟您对一下：3月3号星期一上午九点，二号楼305，是吧？", "对的。", ZE, "再见。"], [], []],
  ["tune", "zh", "007", [...ZHEAD, "好。", ZG, "嗯。", ZB, "对的。", ZE, "再见。"],
    [["missing-step", 6, "the fee step (680元 by 3月1日) is skipped"]], []],
  ["tune", "zh", "008", [...ZHEAD, "二号楼有电梯吗？我腿不太好。", "可以的，第一次课可以带老伴免费旁听一次。", "哦……那行吧。", ZF, "行。", ZG, "好。", ZB, "对的。", ZE, "再见。"],
    [["wrong-answer", 6, "asked about a lift; answered with the auditing entry instead"]], []],
  ["held", "zh", "009", [ZO, "她不在，我是她邻居。", "好的，麻烦让周阿姨回个电话给松龄老年大学，电话0571-5550 3186，谢谢，再见！", "好，再见。"], [], []],
  ["held", "zh", "010", [...ZLIU, "好，我记下了。", "学费一学期680元，3月1日前交，服务台或者微信都行。", "哦。", ZL, "再见。"],
    [["disclosure", 6, "the fee told to the husband unasked"]], []],
  ["held", "zh", "011", [ZO, "她不在家，我是她老伴刘建华。", "刘叔叔您好，麻烦您说一下周阿姨学员证号后四位，我核对一下。", "3702。",
    "好的，对上了。周阿姨的国画班3月3日周一开课，上午9点到11点，二号楼305教室。", "哦，要带什么东西吗？",
    "带一套毛笔、一块毛毡和老花镜，宣纸学校发。", "好。", "跟您确认一下，3月3日周一上午9点，二号楼305，对吧？", "对的。", ZL, "再见。"], [], []],
  ["held", "zh", "012", [...ZHEAD, "好。", ZF, "学不完能退吗？", ZG, "哦。", ZB, "对的。", ZE, "再见。"],
    [["ignored-question", 8, "asked about a refund (KB: half within two weeks); the caller moves on to the preparation"]], []],
  ["tune", "en", "001", [...EHEAD, "Okay.", ES, "Thursday, please.", ED, "Good.", EG, "Fine.", EB(THU), "That's correct.", EE(THU), "Bye."], [], []],
  ["tune", "en", "002", [...EDAVID, "Sure. And when does she get the deposit back?", "That's one for Hannah, could she give us a ring?", "Okay.", EDE(SAT), "Bye."], [], []],
  ["tune", "en", "003", [...EDAVID, "Sure. And when does she get the deposit back?", "The £90 deposit goes back to her bank within 5 working days after we check the cello.", "Okay.", EDE(SAT), "Bye."],
    [["disclosure", 8, "the husband may not hear money; told the £90 deposit and its refund"]], []],
  ["tune", "en", "004", [...EHEAD, "Can I just ask, can we buy it instead? Sam loves it.", ES, "Er, Thursday then.", ED, "Okay.", EG, "Fine.", EB(THU), "Yes.", EE(THU), "Bye."],
    [["ignored-question", 6, "asked about buying the cello (KB answers it); the caller moves on to the slots"]], []],
  ["tune", "en", "005", [...EHEAD, "What if the bridge has moved a bit? It looks wonky.", "Then we'd have to charge you for the repair, I'm afraid.", "Oh. Okay.",
    ES, "Saturday.", ED, "Right.", EG, "Fine.", EB(SAT), "Yes.", EE(SAT), "Bye."],
    [["wrong-answer", 6, "KB: the luthier checks it and small adjustments are free; the answer says she will be charged"]], []],
  ["tune", "en", "006", [...EHEAD, "Can my son keep the rosin?", "Yes, the hire paid so far counts towards buying it; the shop will send you a price.", "Um, okay.",
    ES, "Tuesday.", ED, "Right.", EG, "Fine.", EB(TUE), "Yes.", EE(TUE), "Bye."],
    [["wrong-answer", 6, "asked about the rosin; answered with the buying entry"]], []],
  ["tune", "en", "007", [EO, "Speaking.", "Before I go on, could you confirm the postcode on your hire agreement?", "It's LS6 2QT.",
    "Perfect, thank you. The hire on the cello finishes at the end of January, the 31st, so we're arranging to pick it up from you.", "Right.",
    "Slots we have: Tue 26 Jan 4 till 7, Thu 28 Jan 4 till 7, Sat 30 Jan 10 till 1.", "Tuesday.",
    "Once the cello's been looked over you'll get the £90 deposit back in your account inside 5 working days.", "Good.",
    "No need to clean it, just pop it in the soft case with the bow, strings slackened slightly.", "Okay.",
    "So, Tuesday 26 January, 4 to 7, is that right?", "That's correct.", EE(TUE), "Bye."], [], []],
  ["tune", "en", "008", [...EHEAD, "Okay.", ES, "Saturday.", ED, "Good.", EB(SAT), "That's correct.", EE(SAT), "Bye."],
    [["missing-step", 10, "the getting-ready step (soft case, bow, strings loosened) is skipped"]], []],
  ["held", "en", "009", [EO, "She's out, I'm her neighbour, just watering the plants.",
    "Could you ask Ms Okafor to ring Brookfield Instrument Hire on 0113 555 0294? Thank you, goodbye.", "Will do, bye."], [], []],
  ["held", "en", "010", [...EDAVID, "Sure, will do.", "And your £90 deposit will be refunded to the bank within 5 working days once it's checked.", "Right.", EDE(SAT), "Bye."],
    [["disclosure", 8, "the deposit told to the husband unasked"]], []],
  ["held", "en", "011", [EO, "Hannah's at work. I'm David, her husband.", "Hi David. You're on the agreement too, so could you give me the postcode on it?", "LS6 2QT.",
    "That matches, thanks. The cello hire ends on 31 January, so we'd like to collect it. Tuesday 26 January between 4 and 7, Thursday 28 January between 4 and 7, or Saturday 30 January between 10 and 1?",
    "Thursday. Anything we need to do?", "Just have it in its soft case with the bow, strings loosened a little; no need to clean it.", "Fine.",
    EB(THU), "That's correct.", EDE(THU), "Bye."], [], []],
  ["held", "en", "012", [...EHEAD, "Okay.", ES, "Saturday.", ED, "Can Sam keep the rosin?", EG, "Oh. Fine.", EB(SAT), "Yes.", EE(SAT), "Bye."],
    [["ignored-question", 10, "asked about keeping the rosin (KB: yes); the caller moves on to the preparation"]], []],
];

for (const [part, lang, num, lines, faults, simulatorFaults] of calls) {
  const doc = docs[lang];
  const id = `${doc.stem}-${num}`;
  const record = {
    id, scenario: doc.scenario, language: lang, industry: doc.industry, source: "hand",
    turns: lines.map((text, index) => ({ speaker: index % 2 === 0 ? "caller" : "callee", text })),
    verdict: faults.length === 0 ? "pass" : "fail",
    faults: faults.map(([kind, turn, why]) => ({ kind, turn, why })),
    simulatorFaults: simulatorFaults.map(([kind, turn, why]) => ({ kind, turn, why })),
  };
  mkdirSync(new URL(`./${part}/`, import.meta.url), { recursive: true });
  writeFileSync(new URL(`./${part}/${id}.json`, import.meta.url), `${JSON.stringify(record, null, 1)}\n`);
}
