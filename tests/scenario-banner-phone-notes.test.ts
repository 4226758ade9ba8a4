import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

// A phone-notes export: a title and a few bullets, then parts under banner headings ("——— X ———", "----- X -----").
// The numbered list under the first banner is the script though its banner names no known part; its last item
// ("7. 结束…") continues the list rather than opening the part its word names; a FAQ jotted as "- question → answer"
// items (no question mark) is read as questions and answers, a line indented under an item going on with its answer.
const ZH = `回访 青禾家政 城南站
12月3日 上午

◦ 打给上周做过保洁的客户
◦ 我是 邹明远，说“青禾家政的小邹”

——— 打电话的顺序 ———
1. 问好 报公司名
2. 问保洁是否满意：“上周的保洁您还满意吗？”
3. 约下次时间
4. 结束（结束语在最下面）

——— 客户常问 ———
- 能换阿姨吗 → 可以 提前一天说
- 要带工具吗 → 不用 我们自带
- 多少钱 → 两小时 120 元
  超时按半小时 30 元算

——— 结束语 ———
好的，那下次见，再见～
`;

const EN = `gutter checks - Tidyline
Tue 2 Dec

- ringing people whose gutters were cleared in the spring
- I'm Hollis Vantongeren, say "Hollis from Tidyline"

----- THE CALL -----
1. hello, say who we are
2. ask: "Are the gutters still running clear?"
3. offer the autumn clear
4. goodbye

----- THEY ASK -----
- do I need to be in -> no, we work from the outside
- do you take the moss -> yes, bagged and taken away
- what does it cost -> sixty pounds for a semi,
  more for a detached

----- CLOSING -----
"Thanks, bye for now."
`;

describe("phone notes under banner headings", () => {
  it.each([
    ["zh", ZH, "要带工具吗", "两小时 120 元超时按半小时 30 元算"],
    ["en", EN, "do you take the moss", "sixty pounds for a semi, more for a detached"],
  ])("%s: the numbered list under the first banner is the script, the arrow items the FAQ", (_, text, question, wrapped) => {
    const s = parseScenarioText(text);
    expect(s.caller.steps).toHaveLength(4);
    expect(s.caller.steps.flatMap((step) => step.lines)).toHaveLength(1);
    expect(s.caller.knowledgeBase.map((e) => e.question)).toContain(question);
    expect(s.caller.knowledgeBase).toHaveLength(3);
    expect(s.caller.knowledgeBase[2]?.answer).toBe(wrapped);
    expect(s.caller.closingLines).toHaveLength(1);
  });
});
