// Builds the own-scf-29 labelled calls from the compact lists below (one line a turn, caller first; labels written
// with the calls, before any scorer run). Run: node build.mjs
import { writeFileSync } from "node:fs";
import { URL } from "node:url";

const docs = {
  zh: { scenario: "../scenarios/own29f-zh-piano.md", industry: "piano-tuning", stem: "own-scf-29-zh-piano" },
  en: { scenario: "../scenarios/own29f-en-chimney.md", industry: "chimney-sweep", stem: "own-scf-29-en-sweep" },
};
const ZO = "您好，琴韵琴行调音部的小罗，请问是陈思远陈先生吗？";
const EO = "Hi, this is Maya from Sootbusters, am I speaking to Mr Pryce?";

const calls = [
  ["zh", "001", [ZO, "是我。", "陈先生您好，麻烦您说一下琴是哪天送到的？", "十月十八号。",
    "好的对上了。您买琴送一次免费调音，琴放满一个月以后调最好，现在正合适。", "哦，要钱吗？", "这次免费。",
    "那行。", "时间有十二月六号周日上午十点、八号周二晚上七点、十号周四下午三点，您看哪个？", "八号晚上吧。",
    "好的，调音大概一个小时，调的时候屋里尽量安静，琴上面别放东西。", "知道了。", "跟您确认一下，十二月八号周二晚上七点。", "对。",
    "好的陈先生，那就十二月八号晚上七点，曾师傅上门，再见。", "再见。"], []],
  ["zh", "002", [ZO, "对，哪位？", "琴韵琴行的小罗，陈先生，方便说下琴的送货日期吗？我对一下。", "好像是十月十八。",
    "对的。您那台琴送一次免费调音，放满一个月调最好。", "我最近在出差，下周再说吧。",
    "好的，那我下周一再打给您，再见。", "好。"], []],
  ["zh", "003", [ZO, "他不在，我是他儿子。", "好的，麻烦您转告陈先生回个电话 020-5550 3381，谢谢，再见。", "好的。"], []],
  ["zh", "004", [ZO, "是。", "陈先生您好，麻烦说一下琴是哪天送到的？", "十月十八号。",
    "对上了。您买琴送一次免费调音，琴放满一个月调最好。", "好。",
    "时间有十二月六号周日上午十点、八号周二晚上七点、十号周四下午三点，您选哪个？", "十号下午。",
    "跟您确认一下，十二月十号周四下午三点。", "对。", "好的陈先生，那就十二月十号下午三点，曾师傅上门，再见。", "再见。"],
    [["missing-step", 8, "没提醒调音一小时、屋里安静、琴上别放东西，直接复述"]]],
  ["zh", "005", [ZO, "是我。", "陈先生您好，时间有十二月六号周日上午十点、八号周二晚上七点、十号周四下午三点，您看哪个方便？", "啊？什么时间？",
    "不好意思，先跟您核对一下，琴是哪天送到的？", "十月十八号。", "对上了。您买琴送一次免费调音，琴放满一个月调最好。", "哦，那六号上午吧。",
    "好的，调音大概一个小时，屋里尽量安静，琴上面别放东西。", "好。", "跟您确认，十二月六号周日上午十点。", "对。",
    "好的陈先生，那就十二月六号上午十点，曾师傅上门，再见。", "再见。"],
    [["order", 2, "没核对送货日期、没说来意就先报时间"]]],
  ["en", "001", [EO, "Speaking.", "Hi Mr Pryce, could you give me the first line of your address?", "14 Mill Lane.",
    "Thanks, that matches. Your yearly sweep is due, and insurers usually want it done once a year.", "Fair enough, how much is it?",
    "It's £75, paid on the day.", "Okay.", "We've got Monday 7 December at 9am, Wednesday 9 at 1pm or Friday 11 at 10am.", "Wednesday works.",
    "Great. Please clear the hearth and about a metre in front of it, and don't light the fire that morning.", "Will do.",
    "So that's Wednesday 9 December at 1pm.", "Yep.", "Lovely, so that's Wednesday the 9th at 1pm with us. Thanks, bye.", "Bye."], []],
  ["en", "002", [EO, "Yes, who's this?", "Maya from Sootbusters. Just so I've got the right house, what's the first line of the address?", "Fourteen Mill Lane.",
    "Thanks. It's about your chimney sweep, it's due again.", "Sorry, I'm just heading into a meeting, can you ring tomorrow?",
    "No problem, I'll ring back tomorrow morning. Bye.", "Cheers."], []],
  ["en", "003", [EO, "He's out, this is his wife.", "Could you ask Mr Pryce to ring Sootbusters on 01632 960 771? Thanks, bye.", "Will do."], []],
  ["en", "004", [EO, "Yes.", "Hi Mr Pryce, could you confirm the first line of your address?", "14 Mill Lane.",
    "Thanks. Your yearly sweep is due; insurers usually want it once a year.", "Right.",
    "We have Monday 7 December at 9am, Wednesday 9 at 1pm or Friday 11 at 10am.", "Friday.",
    "So that's Friday 11 December at 10am.", "Yes.", "Lovely, so that's Friday the 11th at 10am with us. Thanks, bye.", "Bye."],
    [["missing-step", 8, "the hearth and no-fire reminder is skipped; straight to the read-back"]]],
  ["en", "005", [EO, "Yes, speaking.", "Hi Mr Pryce, we have Monday 7 December at 9am, Wednesday 9 at 1pm or Friday 11 at 10am for your sweep.", "Sorry, what's this about?",
    "Sorry, first, could you give me the first line of your address?", "14 Mill Lane.",
    "Thanks. Your yearly sweep is due, and insurers usually want it once a year.", "Okay, Monday then.",
    "Please clear the hearth and a metre in front of it, and don't light the fire that morning.", "Sure.",
    "So that's Monday 7 December at 9am.", "Yes.", "Lovely, so that's Monday the 7th at 9am with us. Thanks, bye.", "Bye."],
    [["order", 2, "offers slots before the address check and the reason"]]],
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
