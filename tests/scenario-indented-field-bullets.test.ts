import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

// A memo's side written as an indented bullet list of labelled parts ("  • 关心的事：…", "   ▪ Worries: …") under a
// heading naming the side: each labelled bullet is that part, as an unindented "- Worries:" list already was.
const ZH = `门店 · 回访交接单

一、通话步骤
  1. 开场：“您好，请问是周凡先生吗？我是松果书店的小林。”
  2. 告知：“您预订的书到了。”
  3. 结束。

二、接听方（陪练同事看）
    ◦ 人设：周凡，40岁，工程师。
    ◦ 关心的事：书有没有破损；能不能晚上取。
    ◦ 行为：说话简短。
    ◦ 要这样说：“到了？那我明晚去拿。”
    ◦ 不要这样说：“感谢您的通知。”
    ◦ 结束：说清楚了就说“好，拜拜”。
`;

const EN = `Bookshop handover

## Steps
1. "Hello, is that Mr Vance? It's Lin from Pinecone Books."
2. "The book you ordered has arrived."
3. Close.

## The customer (for the trainer)
   • Background: 40, engineer.
   • Worries: whether the book is damaged; whether he can collect in the evening.
   • Behaviour: short answers.
   • Talks like: "Arrived? I'll come tomorrow night."
   • Never talks like: "Thank you for the notification."
   • Ends: "Right, bye" once it is clear.
`;

describe("an indented bullet list of a side's labelled parts", () => {
  it.each([
    ["zh", ZH],
    ["en", EN],
  ])("%s: the customer's concerns, behaviour, style and endings are read from the bullets", (_, text) => {
    const s = parseScenarioText(text);
    expect(s.callee.concerns).toHaveLength(2);
    expect(s.callee.behaviours).toHaveLength(1);
    expect(s.callee.style.positive).toHaveLength(1);
    expect(s.callee.style.negative).toHaveLength(1);
    expect(s.callee.endConditions).toHaveLength(1);
  });

  it("an indented list of facts under a heading that names no side stays a list", () => {
    const text = EN.replace("The customer (for the trainer)", "Notes from the shop floor");
    const s = parseScenarioText(text);
    expect(s.callee.concerns).toHaveLength(0);
  });
});
