// `Some("…")` / `Just "…"` in a data literal (RON, Rust, Scala): the wrapped value itself, not a list of one, so a
// step's line stays its text whichever reading of a code file wins.
import { describe, expect, it } from "vitest";
import { literalTree } from "../src/import/literal-tree.js";

const ron = (lines: string[]): string => `Scenario(
    caller: "${lines[0]}",
    opening: "${lines[1]}",
    steps: [
        Step(n: 1, say: Some("${lines[2]}")),
        Step(n: 2, say: Some("${lines[3]}")),
        Step(n: 3, say: None, note: "${lines[4]}"),
    ],
    kinds: ["a", "b"],
)`;

describe("an option's wrapper in a data literal", () => {
  it("en: Some(\"…\") is the text it wraps", () => {
    const tree = literalTree(ron(["Maren Holt", "Hi, it's Maren about your kiln.", "The engineer can come on Monday.", "It takes two hours.", "Log the visit"]));
    const steps = (tree?.steps ?? []) as { say: unknown }[];
    expect(steps.map((s) => s.say)).toEqual(["The engineer can come on Monday.", "It takes two hours.", null]);
  });
  it("zh: Some(\"…\") 是它包着的那句话", () => {
    const tree = literalTree(ron(["祁晓岚", "您好，我是祁晓岚。", "师傅周一可以上门。", "大概两个小时。", "登记上门时间"]));
    const steps = (tree?.steps ?? []) as { say: unknown }[];
    expect(steps.map((s) => s.say)).toEqual(["师傅周一可以上门。", "大概两个小时。", null]);
  });
});
