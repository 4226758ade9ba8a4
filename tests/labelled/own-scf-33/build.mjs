// Builds the own-scf-33 labelled calls from the compact lists below (one line a turn, caller first; labels written
// with the calls, before any scorer run). tune/ is measured while fixing; held/ is run once at the end.
// Run: node build.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { URL } from "node:url";

const docs = {
  zh: { scenario: "../scenarios/own33-zh-waterpurifier.md", industry: "water-purifier-service", stem: "own-scf-33-zh-waterpurifier" },
  en: { scenario: "../scenarios/own33-en-reupholstery.md", industry: "sofa-reupholstery", stem: "own-scf-33-en-reupholstery" },
};
const ZO = "您好，我是清泉净水客服小温，请问是何建国何先生吗？";
const ZC = "何先生您好，麻烦您说一下手机号后四位，我核对一下。";
const ZP = "好的，核对上了。您家净水器的PP棉和活性炭滤芯已经用满12个月，该换了，您的年卡里包含一次免费上门更换。";
const ZS = "时间有12月15号周二上午9点到12点、17号周四下午2点到5点、19号周六上午9点到12点，您看哪个方便？";
const ZR = "好的。师傅上门大概40分钟，麻烦您提前把水槽下面的柜子清空，家里要留人。";
const ZB = (t) => `跟您确认一下，${t}。`;
const ZE = (t) => `何先生，那就${t}，师傅上门前30分钟给您打电话，再见。`;
const EO = "Hello, this is Priya from Hartley & Sons Upholstery. Could I speak to Mr Baxter, please?";
const EC = "Thank you. Just to check I've got the right person, which fabric colour did you choose for the sofa?";
const EP = "That's right. Your fabric has arrived, so we can collect the sofa for re-covering; it's about three weeks in the workshop.";
const ES = "We can collect on Monday 14 December between 9 and 1, Wednesday 16 December between 1 and 5, or Friday 18 December between 9 and 1. Which would suit?";
const EM = "The balance is £420, as the £150 deposit is already paid, and that's by bank transfer when the sofa comes back.";
const EG = "On the day, please take the cushions and throws off, clear a path to the door, and leave room outside for the van; two of our men will carry it.";
const EB = (x) => `So that's ${x}.`;
const EE = (x) => `Thanks, Mr Baxter, that's ${x}. The van will ring half an hour before. Goodbye.`;
const ZHEAD = [ZO, "是我，什么事？", ZC, "6618。", ZP];
const EHEAD = [EO, "Yes, speaking.", EC, "The green one, Moss.", EP];
const ZWED = "12月17号周四下午2点到5点";
const EWED = "Wednesday 16 December, between 1 and 5";

// [part, lang, number, lines, caller faults [kind, turn, why], simulator faults [kind, turn, why]]
const calls = [
  ["tune", "zh", "001", [...ZHEAD, "要花钱吗？", "年卡内换滤芯免费；只有RO膜要换的时候才收380元，换之前会先问您。", "那行。", ZS, "周四下午吧。", ZR, "好。",
    ZB(ZWED), "对。", ZE(ZWED), "再见。"], [], []],
  ["tune", "zh", "002", [ZO, "我不是何建国，你打错了吧，这个号码我用了好几年了。", "不好意思打扰了，再见。", "没事。"], [], []],
  ["tune", "zh", "003", ["喂，是何先生吧？", "是我，你哪位？", "清泉净水的。麻烦您说一下手机号后四位，我核对一下。", "6618。", ZP, "哦。", ZS, "周二上午。", ZR, "行。",
    ZB("12月15号周二上午9点到12点"), "对。", ZE("12月15号周二上午9点到12点"), "再见。"],
    [["opening", 0, "开场没报自己名字和清泉净水，也没问全名"]], []],
  ["tune", "zh", "004", [ZO, "是我。", "何先生，您是住滨江区江南花园3幢1102吧，手机尾号6618，家里是QP-500净水器，滤芯用满12个月该换了，年卡里包含一次免费上门更换。", "对，是我家。",
    ZS, "周二上午。", ZR, "好。", ZB("12月15号周二上午9点到12点"), "对。", ZE("12月15号周二上午9点到12点"), "再见。"],
    [["identity", 2, "没请他说手机号后四位，自己把地址、尾号、型号全说了"]], []],
  ["tune", "zh", "005", [ZO, "是我。", ZS, "什么事啊？你先说清楚。", ZC, "6618。", ZP, "哦，那周六上午吧。", ZR, "行。",
    ZB("12月19号周六上午9点到12点"), "对。", ZE("12月19号周六上午9点到12点"), "再见。"],
    [["order", 2, "核对身份、说明来意之前先报了上门时间"]], []],
  ["tune", "zh", "006", [...ZHEAD, "嗯。", ZS, "周二上午。", ZB("12月15号周二上午9点到12点"), "对。", ZE("12月15号周二上午9点到12点"), "再见。"],
    [["missing-step", 8, "第5步上门准备（40分钟、清空水槽下柜子、家里留人）没说，直接复述"]], []],
  ["tune", "zh", "007", [...ZHEAD, "好。", ZS, "周六上午吧，周四我要去医院复查。", ZR, "行。", `跟您确认一下，您选的是${ZWED}。`, "嗯。", ZE(ZWED), "再见。"],
    [["false-claim", 10, "客户选的是周六上午（周四要去医院），复述成他选了周四下午（结束语跟着错，只记一次）"]], []],
  ["tune", "zh", "008", [...ZHEAD, "我们家下个月厨房要重新装修，净水器得拆下来，这次先不换了。", "好的，那就这样，师傅上门前30分钟给您打电话，再见。", "啊？再见。"],
    [["wrong-closing", 6, "客户这次不换，用了约好的结束语，该用暂不需要"]], []],
  ["held", "zh", "009", [ZO, "是我，在开会，晚点说。", "好的，那我下午4点再打给您，再见。", "好。"], [], []],
  ["held", "zh", "010", [ZO, "他出去钓鱼了，我是他爱人，什么事？", "是这样，您家江南花园那台净水器滤芯到期了，年卡能免费换一次，我们想约个时间上门。", "哦，那我跟他说。",
    "麻烦您转告何先生回个电话 0571-5550 2290，清泉净水，谢谢。", "好。"],
    [["disclosure", 2, "接电话的是爱人，告诉了她净水器、滤芯、地址、年卡"]], []],
  ["held", "zh", "011", [...ZHEAD, "最近水有点怪味，还能喝吗？", "这个嘛，各家情况不一样，不好说。", "哦。", ZS, "周二上午。", ZR, "好。",
    ZB("12月15号周二上午9点到12点"), "对。", ZE("12月15号周二上午9点到12点"), "再见。"],
    [["deflected-answer", 6, "资料有答案（先别喝，师傅上门检查），坐席含糊带过"]], []],
  ["held", "zh", "012", [ZO, "是我。", ZC, "6618。", `好的，核对上了。${ZS}`, "周四下午。", ZR, "好。", ZB(ZWED), "对。", ZE(ZWED), "再见。"],
    [["missing-step", 4, "第3步说明来意（滤芯满12个月、年卡免费换）没说，直接约时间"]], []],
  ["tune", "en", "001", [...EHEAD.slice(0, 4),
    "Good, that's the one. The Moss wool is in, so we're ready to pick the sofa up and re-cover it; it'll be with us roughly three weeks.",
    "Is it insured while you've got it?", "Yes, it's fully insured in the workshop and in the van.", "Good.", ES, "Wednesday afternoon.",
    "There's £420 left to pay, since you've put down £150 already, and you pay that by bank transfer once the sofa's back with you.", "Okay.",
    "When we come, could you have the cushions and throws off, a clear way through to the front door, and a space for our van outside? Two of the lads will lift it.",
    "Fine, the dog'll be in the kitchen.", EB(EWED), "Yes.", EE(EWED), "Goodbye."], [], []],
  ["tune", "en", "002", [EO, "He's at the allotment. I'm his wife, Jean. Is it about the sofa?",
    "Could you ask Mr Baxter to ring Hartley & Sons on 01603 555 0147? Thank you, goodbye.", "Alright."], [], []],
  ["tune", "en", "003", [EO, "Colin's out, this is his son. Can I help?",
    "Oh, it's just that the Moss green wool for his sofa has arrived, and there's £420 left to pay when it's done.", "Right, I'll tell him.",
    "Could you ask Mr Baxter to ring Hartley & Sons on 01603 555 0147? Thank you, goodbye.", "Bye."],
    [["disclosure", 2, "the son is told the sofa, the fabric and the £420 balance"]], []],
  ["tune", "en", "004", [...EHEAD, "Will the colour match the little sample I saw?", "Oh, I wouldn't worry about that, let's get the day sorted first.", "Hm, okay.",
    ES, "Friday morning.", EM, "Fine.", EG, "Will do.", EB("Friday 18 December, between 9 and 1"), "Yes.", EE("Friday 18 December, between 9 and 1"), "Goodbye."],
    [["deflected-answer", 6, "the sheet answers it (wool varies slightly by batch, Tom brings the swatch); the agent brushes it aside"]], []],
  ["tune", "en", "005", [...EHEAD, "Oh good.", ES, "Monday morning.", EG, "Will do.", EB("Monday 14 December, between 9 and 1"), "Yes.",
    EE("Monday 14 December, between 9 and 1"), "Goodbye."],
    [["missing-step", 8, "the cost step (£420 balance by transfer on return) skipped"]], []],
  ["tune", "en", "006", [...EHEAD, "Right.", ES, "Friday, please. I'm at the hospital on Monday.", EM, "Fine.", EG, "Will do.",
    "So that's Monday 14 December, between 9 and 1, as you asked.", "Mm.", EE("Monday 14 December, between 9 and 1"), "Goodbye."],
    [["false-claim", 12, "he chose Friday (hospital on Monday); the read-back says he asked for Monday (the ending follows it; charged once)"]], []],
  ["tune", "en", "007", [EO, "Speaking.", EP, "Oh, good.", EC, "Moss.", ES, "Wednesday afternoon.", EM, "Fine.", EG, "Will do.", EB(EWED), "Yes.", EE(EWED), "Goodbye."],
    [["order", 2, "the purpose is told before the fabric-colour check"]], []],
  ["tune", "en", "008", [EO, "Speaking, but I'm driving. Can you call back after six?", "Sorry to have troubled you. Goodbye.", "Er... bye."],
    [["wrong-closing", 2, "he asked for a call back after six; the wrong-number ending was used"]], []],
  ["held", "en", "009", [EO, "No, sorry, I'm not Mr Baxter. There's no Baxter here, you've got the wrong number.", "Sorry to have troubled you. Goodbye.", "Bye."], [], []],
  ["held", "en", "010", ["Hi, is that Colin Baxter?", "Yes, who's this?", "Priya. Which fabric colour did you choose, just to check?", "Moss.", EP, "Right.",
    ES, "Wednesday afternoon.", EM, "Fine.", EG, "Will do.", EB(EWED), "Yes.", EE(EWED), "Goodbye."],
    [["opening", 0, "no name or company at the opening"]], []],
  ["held", "en", "011", [EO, "Speaking.",
    "Lovely. You chose the Moss green wool for your three-seater, order HU-3305, and it's arrived, so we can collect the sofa for re-covering; it's about three weeks in the workshop.",
    "Oh good.", ES, "Monday morning.", EM, "Fine.", EG, "Will do.", EB("Monday 14 December, between 9 and 1"), "Yes.", EE("Monday 14 December, between 9 and 1"), "Goodbye."],
    [["identity", 2, "no fabric-colour check; the agent says the colour and the order himself"]], []],
  ["held", "en", "012", [...EHEAD, "Right.", ES, "Friday morning.", EM, "Fine.", EG, "Will do.", EB("Friday 18 December, between 9 and 1"), "Yes.",
    "That's fine, the fabric will keep. Ring 01603 555 0147 when you're ready. Goodbye."],
    [["wrong-closing", 14, "booked, but the not-now ending was used"]], []],
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
