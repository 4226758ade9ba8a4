// Subtitles of a staged training video: bracketed cue tags that number the stages ("[Step 2 Check identity]",
// "[第2步 核实身份]") are the script's step titles beside a recurring narrator tag, a stage's "Agent:" words are its
// line, and the untitled cues after a stage (branches, notes) stay with it until the next banner.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { subtitleText } from "../src/scenario/subtitle-cues.js";

const cue = (n: number, text: string): string => `${n}\n00:00:${String(n).padStart(2, "0")},000 --> 00:00:${String(n).padStart(2, "0")},900\n${text}\n`;

const EN = [
  "Training video: gutter clearing rebooking, Tallow Gutters",
  "[NARRATOR] Agent: Rowan, bookings desk at Tallow Gutters.",
  "[NARRATOR] Task: rebook the gutter clear the storm cancelled.",
  "[Step 1 Opening] Agent: Hello, is that Mrs Abernethy? It's Rowan from Tallow Gutters.",
  "[Step 2 Identity] Agent: Could you confirm your postcode for me?",
  "(Branch: wrong postcode -> apologise and use the 'Mismatch' closing)",
  "[Step 3 New date] Agent: We can come Monday or Wednesday morning. Which suits?",
  "==== Closings ====\nBooked: Lovely, see you then. Goodbye!",
].map((text, i) => cue(i + 1, text)).join("\n");

const ZH = [
  "【培训字幕】空调清洗改约 · 清风家电",
  "[旁白] 坐席：小戚，清风家电预约专员。",
  "[旁白] 任务：上次清洗因停电取消，跟客户改约时间。",
  "[第1步 开场] 坐席：您好，请问是季先生吗？我是清风家电的小戚。",
  "[第2步 核实身份] 坐席：麻烦报一下预约单号后三位？",
  "（对不上就用“核对失败”结束语）",
  "[第3步 约时间] 坐席：周一上午或者周三下午，您看哪个方便？",
  "==== 结束语 ====\n约好：好的季先生，到时见，再见！",
].map((text, i) => cue(i + 1, text)).join("\n");

describe("subtitle cue tags that number the stages", () => {
  it("reads the numbered tags as steps with the agent's words as their lines (en)", () => {
    const steps = parseScenarioText(EN, { id: "en" }).caller.steps;
    expect(steps.map((s) => s.title)).toEqual(["Opening", "Identity", "New date"]);
    expect(steps[0]?.lines).toEqual(["Hello, is that Mrs Abernethy? It's Rowan from Tallow Gutters."]);
    expect(steps[1]?.lines).toEqual(["Could you confirm your postcode for me?"]);
    expect(steps[2]?.lines).toEqual(["We can come Monday or Wednesday morning. Which suits?"]);
  });

  it("reads the numbered tags as steps with the agent's words as their lines (zh)", () => {
    const scenario = parseScenarioText(ZH, { id: "zh" });
    const steps = scenario.caller.steps;
    expect(steps.map((s) => s.title)).toEqual(["开场", "核实身份", "约时间"]);
    expect(steps[1]?.lines).toEqual(["麻烦报一下预约单号后三位？"]);
    expect(scenario.caller.name).toBe("小戚");
  });

  it("keeps a recurring narrator tag a voice and rewrites line for line", () => {
    const text = subtitleText(EN) ?? "";
    expect(text.split("\n")).toHaveLength(EN.split("\n").length);
    expect(text).toContain("Agent: Rowan, bookings desk at Tallow Gutters.");
    expect(text).toContain("## Step 2 Identity");
  });

  it("leaves speaker tags alone when no tag numbers a stage", () => {
    const call = [cue(1, "[AGENT] Hello, it's Rowan."), cue(2, "[CUSTOMER] Hi."), cue(3, "[AGENT] Is Monday fine?")].join("\n");
    expect(subtitleText(call)?.split("\n").filter((l) => l !== "")).toEqual(["Hello, it's Rowan.", "Hi.", "Is Monday fine?"]);
  });
});
