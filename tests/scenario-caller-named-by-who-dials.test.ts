import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

// Minutes that say who makes the call ("小苗打，开口就说：…") name the caller by its self-introduction, never by the
// words "小苗打"; an introduction that runs the organisation and a job title together ("我是某某农场客服小苗") still
// gives both.
const ZH = `周会纪要

一、外呼由谁打
  • 小林打，开口就说：“您好，我是松果书店客服小林。”

二、通话流程
  1. 开场：“您好，请问是周凡先生吗？我是松果书店客服小林，您预订的书到了。”
  2. 约时间：“您哪天方便来取？”
  3. 结束。

三、接听方
  周凡，40岁，工程师。
`;

const EN = `Meeting notes

Who makes the call
  • Lin rings; she opens with: "Hello, it's Lin from Pinecone Books."

## Steps
1. Opening: "Hello, is that Mr Vance? It's Lin from Pinecone Books - your book has arrived."
2. "Which day suits you to collect it?"
3. Close.

## Customer
Frank Vance, 40, engineer.
`;

describe("the caller named by who dials", () => {
  it("zh: '小林打，开口就说' gives no name '小林打'; the introduction gives the name and the organisation", () => {
    const s = parseScenarioText(ZH);
    expect(s.caller.name).toBe("小林");
    expect(s.caller.organization).toBe("松果书店");
  });

  it("en: 'Lin rings; she opens with' gives the name and organisation of the introduction", () => {
    const s = parseScenarioText(EN);
    expect(s.caller.name).toBe("Lin");
    expect(s.caller.organization).toBe("Pinecone Books");
  });

  it.each([
    ["en", "WHO YOU ARE ON THE CALL: Hannah from the bookings office at Willowmere Boats.\n\n## Steps\n1. \"Hello, is that Mr Vance?\"\n2. Close.\n\n## Customer\nFrank Vance, 40.\n", "Hannah", "Willowmere Boats"],
    ["zh", "你的身份：山城单车的前台安如。\n\n## 步骤\n1. “您好，请问是唐波先生吗？”\n2. 结束。\n\n## 接听方\n唐波，40岁。\n", "安如", "山城单车"],
  ])("%s: a role line that opens with who and where from gives the name", (_, text, name, organization) => {
    const s = parseScenarioText(text);
    expect(s.caller.name).toBe(name);
    expect(s.caller.organization).toBe(organization);
  });

  it.each([
    ["zh", "## 拨打方\n### 角色\n山城单车（售后部）服务协调员 安如，女。\n### 步骤\n1. “您好，请问是唐波先生吗？”\n2. 结束。\n\n## 接听方\n唐波，40岁。\n", "安如"],
    ["en", "## Caller\n### Role\nAna Ruiz, service coordinator at Hillside Bikes.\n### Steps\n1. \"Hello, is that Tom Baker?\"\n2. Close.\n\n## Customer\nTom Baker, 40.\n", "Ana Ruiz"],
  ])("%s: the name after a job title and a space, never the employer before it", (_, text, name) => {
    expect(parseScenarioText(text).caller.name).toBe(name);
  });
});
