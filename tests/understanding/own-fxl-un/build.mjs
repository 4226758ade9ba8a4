// Writes tune/ and kept/ from the lines below (every other line of each document to kept/). Labelled from the
// documents alone before the understanding code ran on them (engineer fxl-un, fix round on heldout-l).
import { mkdirSync, writeFileSync } from "node:fs";
const EN = "tests/rule-docs/dev/en-gym-membership-freeze.md";
const ZH = "tests/rule-docs/dev/zh-gas-safety-inspection.md";
const enFee = "The freeze fee is $9.99 a month, waived if you send a doctor's note.";
const enLen = "You can freeze for 1, 2 or 3 months. How long do you think you'll need?";
const enCheck = "So that's a two-month freeze from October 1st, is that right?";
const enRate = "On a scale of 1 to 5, how would you rate the front desk at Riverside?";
const enHi = "Hi, this is Marcus from PeakForm Fitness Riverside. Am I speaking with Olivia Grant?";
const enBye = "Great, that's all set up. Thanks Olivia, take care.";
const en = [
  ["yep that's right", enCheck, ["agree"]],
  ["spot on, two months", enCheck, ["agree"]],
  ["that's it, yeah", enCheck, ["agree"]],
  ["correct, from October", enCheck, ["agree"]],
  ["great, cheers, bye then", enBye, ["agree", "goodbye"]],
  ["brilliant thanks Marcus, bye", enBye, ["agree", "goodbye"]],
  ["it'd be better if the app let you pick the length yourself", enRate, ["suggestion"]],
  ["you should put the class timetable on the website", enRate, ["suggestion"]],
  ["maybe send a reminder before you charge me next time", enRate, ["suggestion"]],
  ["what I'd like is an email when the freeze starts", enRate, ["suggestion"]],
  ["ten dollars a month to do nothing, that's steep", enFee, ["complaint"]],
  ["I've been charged twice this month already", enFee, ["complaint"]],
  ["the showers have been broken for weeks", enRate, ["complaint"]],
  ["it took you two weeks to get back to me", enHi, ["complaint"]],
  ["I'm not doing ratings", enRate, ["refuse"]],
  ["I'd rather not say", enLen, ["refuse"]],
  ["no, I don't want to answer that", enRate, ["refuse"]],
  ["don't you lecture me about fees", enFee, ["hostile"]],
  ["I told you already, are you even listening", enLen, ["hostile"]],
  ["you lot are useless, honestly", enFee, ["hostile"]],
  ["ring me on my mobile, oh seven seven one two, three four five", enHi, ["gives-contact"]],
  ["email's olivia dot grant at mailbox dot com", enBye, ["gives-contact"]],
  ["I'm at the hospital, call me back this evening", enHi, ["busy"]],
  ["can you ring me after four, I'm in a meeting", enHi, ["busy"]],
];
const zhCheck = "那就11月20号周四下午两点到五点，对吧？";
const zhHi = "您好，我是安燃燃气城东服务中心的赵敏，请问是刘建国刘先生吗？";
const zhAsk = "家里燃气用着有没有什么异常，比如有味道、打不着火？";
const zhRate = "最后麻烦您给上次上门的安检员打个分，1到5分，您打几分？";
const zhSlot = "可以约11月18号周二上午，或者11月20号周四下午，您看哪个方便？";
const zhBye = "好的刘先生，预约短信一会儿发给您，再见！";
const zh = [
  ["对 没错", zhCheck, ["agree"]],
  ["是的 周四下午", zhCheck, ["agree"]],
  ["没问题", zhCheck, ["agree"]],
  ["对的对的 就那天", zhCheck, ["agree"]],
  ["好嘞 谢谢 拜拜", zhBye, ["agree", "goodbye"]],
  ["好 知道了 再见", zhBye, ["agree", "goodbye"]],
  ["你们上门前最好先打个电话", zhRate, ["suggestion"]],
  ["建议你们周末也安排人", zhRate, ["suggestion"]],
  ["下回能不能早点通知", zhRate, ["suggestion"]],
  ["要是能在网上自己约就好了", zhRate, ["suggestion"]],
  ["上次来的人鞋套都不穿 地上全是泥", zhRate, ["complaint"]],
  ["你们燃气费又涨了 太贵了", zhAsk, ["complaint"]],
  ["打了三次热线都没人接", zhHi, ["complaint"]],
  ["每年都查 烦不烦啊", zhAsk, ["complaint"]],
  ["不打分", zhRate, ["refuse"]],
  ["这个我不想说", zhAsk, ["refuse"]],
  ["两个都不要 不用查了", zhSlot, ["refuse"]],
  ["你有完没完", zhAsk, ["hostile"]],
  ["少跟我来这套 滚", zhHi, ["hostile"]],
  ["都说了没问题 你聋啊", zhAsk, ["hostile"]],
  ["打我老伴手机吧 一三九 一二三四 五六七八", zhHi, ["gives-contact"]],
  ["你加我微信 就是这个号码", zhBye, ["gives-contact"]],
  ["我在医院呢 晚点再说", zhHi, ["busy"]],
  ["我在开车 你过半小时再打", zhHi, ["busy"]],
];
const write = (lang, scenario, rows, keep) => {
  const name = scenario.split("/").at(-1).replace(".md", ".json");
  const utterances = rows.filter((_, i) => (i % 2 === 1) === keep).map(([text, prev, acts]) => ({ text, prev, acts, answer: null }));
  const dir = `tests/understanding/own-fxl-un/${keep ? "kept" : "tune"}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${name}`, `${JSON.stringify({ scenario, language: lang, utterances }, null, 2)}\n`);
};
for (const keep of [false, true]) { write("en", EN, en, keep); write("zh", ZH, zh, keep); }
