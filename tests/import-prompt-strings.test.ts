// LLM request bodies (Anthropic `system` blocks, Gemini `systemInstruction.parts`) and unknown exports whose prompt
// sits in a few long strings somewhere in the JSON: the prompt is read, and the opening from a first-message key.
import { describe, expect, it } from "vitest";
import { loadStructured } from "../src/scenario/load-structured.js";

const read = (data: unknown, file: string) => loadStructured(JSON.stringify(data), ".json", file).scenario;

const EN_PROMPT = [
  "You are Ada Quill, the scheduling assistant at Lantern Lock Repairs.",
  "",
  "## Steps",
  "1. Confirm who answered",
  "   Say: \"Hello, is this the owner of the shop on Mill Lane?\"",
  "2. Offer a service visit",
  "   Say: \"Your lock service is due; shall I book a morning visit?\"",
  "3. Thank them and end the call",
].join("\n");

const ZH_PROMPT = [
  "你是青禾家政的客服小周。",
  "",
  "## 流程",
  "1. 确认身份",
  "   说：“您好，请问是王女士吗？”",
  "2. 预约保洁",
  "   说：“您家的季度保洁到期了，这周六上午方便吗？”",
  "3. 致谢并结束通话",
].join("\n");

describe("prompt-like strings in JSON we do not know", () => {
  it("en: a prompt nested deep in an unknown platform's config, with its first message as the opening", () => {
    const data = { agent_ref: "a1", config: { speech: { speed: 1 }, agent: { first_message: "Hi, it's Ada from Lantern Lock Repairs.", prompt: { text: EN_PROMPT, llm: "x" } } } };
    const s = read(data, "nested-en.json");
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.opening).toBe("Hi, it's Ada from Lantern Lock Repairs.");
    expect(s.caller.name).toBe("Ada Quill");
  });

  it("zh: the same shape in Chinese", () => {
    const data = { 版本: 2, settings: { bot: { greeting_message: "您好，我是青禾家政的小周。", instructions: ZH_PROMPT } } };
    const s = read(data, "nested-zh.json");
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.opening).toBe("您好，我是青禾家政的小周。");
  });

  it("an Anthropic request: `system` as text blocks (en) is the prompt", () => {
    const [head, ...tail] = EN_PROMPT.split("## Steps");
    const data = { model: "m", max_tokens: 100, system: [{ type: "text", text: head }, { type: "text", text: `## Steps${tail.join("")}`, cache_control: { type: "ephemeral" } }], messages: [{ role: "user", content: "hello?" }] };
    expect(read(data, "anthropic-en.json").caller.steps.length).toBe(3);
  });

  it("a Gemini request: `systemInstruction.parts` (zh) is the prompt", () => {
    const [head, ...tail] = ZH_PROMPT.split("## 流程");
    const data = { systemInstruction: { parts: [{ text: head }, { text: `## 流程${tail.join("")}` }] }, contents: [{ role: "user", parts: [{ text: "喂？" }] }], generationConfig: { temperature: 0.3 } };
    expect(read(data, "gemini-zh.json").caller.steps.length).toBe(3);
  });

  it("a JSON with neither a scenario's keys nor any prompt-like string is still refused", () => {
    expect(() => read({ settings: { speed: 1, voice: "v" } }, "empty.json")).toThrow();
  });
});
