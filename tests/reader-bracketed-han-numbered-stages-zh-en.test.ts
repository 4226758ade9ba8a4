// A Feishu/Word page pasted as text (invented documents): the script written as （一）…（四） items, each a short title, a
// colon and the line said, under a 【】 label the reader does not know; one item is done without a word ("此步不对客户说",
// or a title that is nothing but the mark, en "Internal"). The items are the steps, not headings of their own.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const ZH = `松风钢琴调律 · 调律回访
【外呼人员】乔安，松风钢琴调律
【客户】柏女士

【开场】
柏女士您好，我是松风钢琴调律的乔安，跟您回访一下上周的调律，方便吗？

【回访内容】
（一）问音准：调完这一周，您听着音准还稳吗？
（二）问手感：琴键回弹还顺吗？有没有哪个键发黏？
    如果客户说有键发黏：那是天气潮，开两天除湿机就好，不行我们再上门。
（三）内部记录：把回访结果录进系统，此步不对客户说。
（四）约下次：半年后再调一次最好，到时候我提前给您打电话。

【结束语】
“好的柏女士，不打扰您了，再见！”
`;

const EN = `# Piano tuning follow-up

## Opening
"Hi, it's Jo from Pinewind Tuning about last week's tuning."

## Script
1. "Is the piano holding its pitch since the visit?"
2. Internal
   Log the answer in the booking system.
3. "We'd suggest another tuning in six months. Shall I pencil that in?"

## Closing
"Thanks for your time, bye!"
`;

describe("（一）…（四） items with the line after the colon are the steps", () => {
  const zh = parseScenarioText(ZH);
  it("zh: four steps, titles before the colon, lines after it, the branch under （二）", () => {
    expect(zh.caller.steps.map((s) => s.title)).toEqual(["问音准", "问手感", "内部记录", "约下次"]);
    expect(zh.caller.steps[0]?.lines).toEqual(["调完这一周，您听着音准还稳吗？"]);
    expect(zh.caller.steps[1]?.branches).toHaveLength(1);
  });
  it("zh: the step marked '此步不对客户说' says nothing", () => {
    expect(zh.caller.steps[2]?.lines).toEqual([]);
  });
  it("en: a step titled only 'Internal' says nothing", () => {
    const en = parseScenarioText(EN);
    expect(en.caller.steps).toHaveLength(3);
    expect(en.caller.steps[1]?.lines).toEqual([]);
  });
});
