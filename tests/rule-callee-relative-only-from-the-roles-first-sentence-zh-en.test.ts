// The persona is a relative only when its role opens by saying so ("Moira Ashworth's wife, who answers for her",
// "王芳的丈夫，常替她接电话"); a relative named later in the role ("Mrs Pryce's husband Keith often picks up the
// landline") is someone in the household who may answer now and then, and the persona stays the customer (zh, en).
import { describe, expect, it } from "vitest";
import { persona } from "../src/seats/rule/callee-persona.js";
import { calleeView } from "../src/call/seat-views.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const withRole = (language: "zh" | "en", role: string): Scenario => ({ ...TINY_SCENARIO, language, callee: { ...TINY_SCENARIO.callee, name: "", role } });

describe("who the persona is (en)", () => {
  it("a relative named after the role's first sentence is household, not the persona", () => {
    const p = persona(calleeView(withRole("en", "Ask for the postcode before anything else.\nMrs Pryce's husband Keith often picks up the landline.\nAnnika Pryce, 58, school librarian.")));
    expect(p.traits.relative).toBeNull();
  });
  it("a role that opens as the relative is the relative", () => {
    expect(persona(calleeView(withRole("en", "Moira Ashworth's husband, who answers the phone for her. Retired, slow to trust callers."))).traits.relative).not.toBeNull();
  });
});

describe("who the persona is (zh)", () => {
  it("a relative named after the role's first sentence is household, not the persona", () => {
    const p = persona(calleeView(withRole("zh", "先核对邮编再说别的。\n王芳的丈夫老李常接座机。\n王芳，58 岁，图书管理员。")));
    expect(p.traits.relative).toBeNull();
  });
  it("a role that opens as the relative is the relative", () => {
    expect(persona(calleeView(withRole("zh", "王芳的丈夫，常替她接电话。退休工人，说话慢。"))).traits.relative).not.toBeNull();
  });
});
