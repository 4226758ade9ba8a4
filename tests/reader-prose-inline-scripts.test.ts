// Scripts told inside one paragraph, refused before ("the caller side has neither steps nor an opening line"):
// inline enumerators and sentences in sequence become steps, the text after the script is set aside with a warning;
// and a quoted line that opens on its condition ("If someone else answers, only say “…”") is a branch, not a line.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const counts = (text: string): number[][] =>
  parseScenarioText(text).caller.steps.map((step) => [step.lines.length, step.branches?.length ?? 0]);

describe("a script told inline in prose", () => {
  it("reads inline （1）（2）（3） enumerators as steps, a 如果 sentence as a branch (zh)", () => {
    const text = `你是"青松修表铺"的客服陈一帆，给取表的客户打电话。流程：（1）问候，说"您好，我是青松修表铺的陈一帆。"；（2）告知表已修好，说"您的表已经换好电池了。"，如果客户说这周没空，就说"可以放在店里保管一个月。"；（3）道别，说"谢谢，再见。"。语气平和。`;
    expect(counts(text)).toEqual([[1, 0], [1, 1], [1, 0]]);
    const s = parseScenarioText(text);
    expect(s.diagnostics.some((d) => d.message.includes("steps found in prose by enumerators") && d.message.includes("语气平和"))).toBe(true);
  });

  it("reads (1) (2) (3) in one English paragraph, an 'If someone else answers, only say' sentence as a branch", () => {
    const text = `You are Ada Moss at Lantern Lettering. Do this: (1) Greet: "Hi, it's Ada from Lantern Lettering." If someone else answers, only say "Please ask them to call Ada back." (2) Confirm: "Your sign is ready on Monday." (3) Close: "Thanks, bye." Stay brief.`;
    expect(counts(text)).toEqual([[1, 1], [1, 0], [1, 0]]);
  });

  it("reads First / Then / Finally sentences in one paragraph as steps, what follows set aside (en)", () => {
    const text = `Note for Ben before he rings the client. First, say "Hello, this is Ben from Kiln Studio." Then ask "Did the glaze samples arrive?" If they did not, say "I will post another set today." Finally, close with "Thanks, goodbye." Ring before noon.`;
    expect(counts(text)).toEqual([[1, 0], [1, 1], [1, 0]]);
    expect(parseScenarioText(text).diagnostics.some((d) => d.message.includes("sequence words") && d.message.includes("Ring before noon"))).toBe(true);
  });

  it("reads 先 / 然后 / 最后 sentences of a dictated memo as steps (zh)", () => {
    const text = `小吴，明天打给客户。你先打个招呼，说"您好，我是晴川画框的小吴"。然后问尺寸，说"画框的尺寸需要改吗"。最后道别，说"谢谢您，再见"。辛苦了。`;
    expect(counts(text)).toEqual([[1, 0], [1, 0], [1, 0]]);
  });
});

describe("a quoted line that opens on its condition", () => {
  it("is a branch of its step (zh and en)", () => {
    const zh = `## 分步流程\n1. 开场\n   "您好，我是晴川画框的小吴。"\n   如果是家人接听：只说"麻烦转告回电，谢谢。"\n2. 道别\n   "谢谢，再见。"\n`;
    const en = `## Steps\n1. Greet\n   "Hi, it's Ada from Lantern Lettering."\n   If someone else answers, only say "Please ask them to call Ada back."\n2. Close\n   "Thanks, bye."\n`;
    expect(counts(zh)).toEqual([[1, 1], [1, 0]]);
    expect(counts(en)).toEqual([[1, 1], [1, 0]]);
  });
});
