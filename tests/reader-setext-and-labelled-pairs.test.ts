// Layouts read on documents written for this test: "---" setext headings in a document that underlines with "=" too,
// a closing named for the moment before hanging up, a name after a job title and a space, and objection pairs written as
// the customer's line over the reply's.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

describe("setext headings and labelled pairs", () => {
  it("reads a one-file scenario whose titles are all underlined, '=' for the sides and '-' for their parts", () => {
    const s = parseScenarioText(`拨打方
======

你是「木棉游泳馆」的课程顾问 龚以宁，给次卡快用完的学员家长打电话。

开场白
------
“您好，我是木棉游泳馆的龚老师，孩子的次卡还剩两次啦。”

流程
----
1. 说明余量：“这张卡还剩两次课。”
2. 介绍续卡：“续二十次送两次。”

异议处理
--------
> 客户：“最近太忙了。”
> 回应：“我们周末也有课，时间很灵活。”

挂电话前
--------
说“好的，那我们下周见，拜拜！”再挂。


接听方
======

你扮演一位家长，姓名：冉秋实。

关心的问题
----------
- 怕孩子周末太累
- 想知道能不能退
`);
    expect(s.caller.name).toBe("龚以宁");
    expect(s.caller.opening).not.toBeNull();
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.knowledgeBase.map((e) => e.kind)).toEqual(["objection"]);
    expect(s.caller.closingLines.length).toBe(1);
    expect(s.callee.concerns.length).toBe(2);
  });
});
