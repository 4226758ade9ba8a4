// Builds the own-scf-30 labelled calls from the compact lists below (one line a turn, caller first; labels written
// with the calls, before any scorer run). Run: node build.mjs
import { writeFileSync } from "node:fs";
import { URL } from "node:url";

const docs = {
  zh: { scenario: "../scenarios/own30f-zh-pet.md", industry: "veterinary", stem: "own-scf-30-zh-pet" },
  en: { scenario: "../scenarios/own30f-en-bike.md", industry: "bike-repair", stem: "own-scf-30-en-bike" },
};
const ZO = "您好，安宠动物医院前台小周，请问是林晓雯林女士吗？";
const ZP = "林女士您好，豆包的年度疫苗12月20号到期，过期了要重新打基础针，所以提前跟您约一下。";
const ZS = "时间有12月15号周二上午9点、17号周四下午2点、19号周六上午11点，您看哪个方便？";
const ZR = "好的，来之前别给豆包喂太饱，记得带上疫苗本。";
const EO = "Hi, this is Tom from Spokes & Co, am I speaking to Ms Cole?";
const EP = "Hi Ms Cole, your road bike's service is done: new chain and brake pads fitted, and the total is £95.";
const EA = "When would you like to collect? We're open Tuesday to Saturday, 9 to 5.30.";
const ER = "Lovely. Please bring the paper ticket, and we store bikes free for 14 days.";

const calls = [
  ["zh", "001", [ZO, "是我。", ZP, "哦对，多少钱？", "狂犬加八联一共260元。", "行。", ZS, "17号下午吧。", ZR, "好。",
    "跟您确认一下，12月17号周四下午2点。", "对。", "好的林女士，那就12月17日下午2点，带豆包过来，再见。", "再见。"], []],
  ["zh", "002", [ZO, "她在上班，我是她妈妈，什么事？", "没关系阿姨，麻烦您转告林女士回个电话 0571-5550 2246，谢谢，再见。", "好，我跟她说。"], []],
  ["zh", "003", ["您好，安宠动物医院前台小周，请问是林女士家吗？", "是啊。", "豆包的年度疫苗12月20号到期，过期了要重新打基础针，所以提前跟您约一下。", "嗯。",
    ZS, "15号上午。", ZR, "好。", "跟您确认一下，12月15号周二上午9点。", "对。", "好的林女士，那就12月15日上午9点，带豆包过来，再见。", "再见。"],
    [["identity", 0, "只问是不是林女士家，没确认接电话的是不是林晓雯本人就往下讲"]]],
  ["zh", "004", [ZO, "是我。", ZP, "嗯。", ZS, "我看看啊……", "时间有12月15号周二上午9点、17号周四下午2点、19号周六上午11点。", "我听到了，我想一下。",
    "12月15号周二上午9点、17号周四下午2点、19号周六上午11点，这三个时间您选一个。", "你说过了，那就19号吧。", ZR, "好。",
    "跟您确认一下，12月19号周六上午11点。", "对。", "好的林女士，那就12月19日上午11点，带豆包过来，再见。", "再见。"],
    [["repetition", 8, "三个时间第三遍整段重复，顾客已说听到了"]]],
  ["zh", "005", [ZO, "是我，不过我在开会，晚点再说吧。", "好的，麻烦您转告林女士回个电话 0571-5550 2246，谢谢，再见。", "啊？我就是啊……"],
    [["wrong-closing", 2, "本人说在忙，却用了别人接电话时的转告结束语"]]],
  ["zh", "006", [ZO, "是我。", ZP, "哦。", "来之前别给豆包喂太饱，记得带上疫苗本。", "来什么时候？还没约呢。", ZS, "19号上午吧。",
    "跟您确认一下，12月19号周六上午11点。", "对。", "好的林女士，那就12月19日上午11点，带豆包过来，再见。", "再见。"],
    [["order", 4, "还没约时间就先提醒别喂饱、带疫苗本（第4步放到第3步前）"]]],
  ["en", "001", [EO, "Yes, but I'm driving, can you call later?", "No worries, I'll call back after six. Bye.", "Thanks."], []],
  ["en", "002", [EO, "Speaking.", EP, "Great. Can I pay by card?", "Yes, card or cash.", "Good.", EA, "Thursday afternoon.", ER, "Okay.",
    "So that's Thursday afternoon for collection.", "Yes.", "Great, see you on Thursday. Thanks, bye.", "Bye."], []],
  ["en", "003", ["Hi, this is Tom from Spokes & Co, is this the Cole household?", "Yes.", "Your road bike's service is done: new chain and brake pads fitted, and the total is £95.", "Oh, right.",
    EA, "Saturday morning.", ER, "Fine.", "So that's Saturday morning for collection.", "Yes.", "Great, see you on Saturday. Thanks, bye.", "Bye."],
    [["identity", 0, "asks whether it is the Cole household, never whether she is Ms Cole, then goes on"]]],
  ["en", "004", [EO, "Yes.", EP, "Sorry, how much?", "It's £95 in total, for the new chain and brake pads.", "Okay.",
    "Just so you know, the total is £95 for the chain and brake pads.", "Yes, you said.", EA, "Saturday morning.", ER, "Sure.",
    "So that's Saturday morning for collection.", "Yes.", "Great, see you on Saturday. Thanks, bye.", "Bye."],
    [["repetition", 6, "the £95 total for chain and brake pads said a third time, unasked"]]],
  ["en", "005", [EO, "She's not in, I'm her flatmate.", "Sorry to bother you. Bye.", "Oh, okay."],
    [["wrong-closing", 2, "a flatmate answered: the message closing was due, not the wrong-number one"]]],
  ["en", "006", [EO, "Speaking.", EP, "Great.", EA, "Friday morning.", "So that's Friday morning for collection.", "Yes.",
    "Great, see you on Friday. Thanks, bye.", "Bye."],
    [["missing-step", 6, "the ticket and 14-day storage reminder is skipped; straight to the read-back"]]],
];

for (const [lang, num, lines, faults] of calls) {
  const doc = docs[lang];
  const id = `${doc.stem}-${num}`;
  const record = {
    id, scenario: doc.scenario, language: lang, industry: doc.industry, source: "hand",
    turns: lines.map((text, index) => ({ speaker: index % 2 === 0 ? "caller" : "callee", text })),
    verdict: faults.length === 0 ? "pass" : "fail",
    faults: faults.map(([kind, turn, why]) => ({ kind, turn, why })),
    simulatorFaults: [],
  };
  writeFileSync(new URL(`./${id}.json`, import.meta.url), `${JSON.stringify(record, null, 1)}\n`);
}
