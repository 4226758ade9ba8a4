import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportCalls, systemMessage, toMessages } from "../src/export/index.js";
import { makeLine, makeScenario } from "./fixtures/batch-lines.js";

const scenario = makeScenario("demo");

function batchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "callsim-export-"));
  writeFileSync(join(dir, "scenarios.json"), JSON.stringify([scenario]));
  const lines = [
    makeLine({ seed: 1, score: 92, texts: [["您好，我是小王。", "是我。"], ["请问方便吗？", "发我邮箱 zhang@example.com 吧，电话13812345678"]] }),
    makeLine({ seed: 2, score: 40 }),
  ];
  writeFileSync(join(dir, "calls.jsonl"), lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
  return dir;
}

describe("system message", () => {
  it("shows each side only its own half of the scenario", () => {
    const caller = systemMessage(scenario, "caller");
    expect(caller.split("\n")[0]).toBe("你是示例公司的小王，客服专员。");
    expect(systemMessage({ ...scenario, caller: { ...scenario.caller, role: "资深回访员。" } }, "caller").split("\n")[0]).toBe("你是示例公司的小王，资深回访员。");
    expect(caller).toContain("问: 多久能到账？ 答: 3个工作日内到账。");
    expect(caller).toContain("1. 开场确认身份: 您好，请问是张先生吗？");
    expect(caller).not.toContain("正在开会");
    expect(caller).not.toContain("作为AI助手");
    const callee = systemMessage(scenario, "callee");
    expect(callee.split("\n")[0]).toBe("你是张先生，老客户。");
    expect(callee).toContain("当前情况: 正在开会");
    expect(callee).toContain("绝不要这样说:\n- 作为AI助手");
    expect(callee).not.toContain("3个工作日内到账");
    expect(callee).not.toContain("开场确认身份");
    expect(systemMessage(makeScenario("en", "en"), "caller").split("\n")[0]).toBe("You are Sam, account manager at Example Inc.");
  });
});

describe("toMessages", () => {
  it("makes the chosen side the assistant, merges consecutive turns and drops a trailing user message", () => {
    const line = makeLine({ texts: [["A1", "B1"], ["A2", "B2"]] });
    const turns = [...line.call.turns];
    turns.splice(1, 0, { ...turns[0]!, index: 1, text: "A1b" }); // the caller speaks twice in a row
    const asCaller = toMessages(scenario, turns, { perspective: "caller", maskPii: false });
    expect(asCaller?.slice(1)).toEqual([
      { role: "assistant", content: "A1\nA1b" },
      { role: "user", content: "B1" },
      { role: "assistant", content: "A2" },
    ]);
    const asCallee = toMessages(scenario, turns, { perspective: "callee", maskPii: false });
    expect(asCallee?.map((message) => message.role)).toEqual(["system", "user", "assistant", "user", "assistant"]);
    expect(asCallee?.[4]).toEqual({ role: "assistant", content: "B2" });
  });
});

describe("exportCalls", () => {
  it("writes OpenAI chat JSONL filtered by --min-score with PII masked", async () => {
    const dir = batchDir();
    const out = join(dir, "train.jsonl");
    const result = await exportCalls({ dir, format: "openai", perspective: "callee", minScore: 80, maskPii: true, out });
    expect(result).toEqual({ written: 1, belowMinScore: 1, empty: 0 });
    const lines = readFileSync(out, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    const example = JSON.parse(lines[0]!) as { messages: { role: string; content: string }[] };
    expect(Object.keys(example)).toEqual(["messages"]);
    expect(example.messages.map((message) => message.role)).toEqual(["system", "user", "assistant", "user", "assistant"]);
    expect(example.messages[4]?.content).toBe("发我邮箱 [EMAIL_1] 吧，电话[PHONE_1]");
    expect(example.messages[0]?.content).not.toContain("13812345678");
    expect(existsSync(`${out}.${process.pid}.tmp`)).toBe(false);
  });

  it("writes ShareGPT conversations from the caller's side", async () => {
    const dir = batchDir();
    const out = join(dir, "sharegpt.jsonl");
    const result = await exportCalls({ dir, format: "sharegpt", perspective: "caller", out });
    expect(result.written).toBe(2);
    const first = JSON.parse(readFileSync(out, "utf8").split("\n")[0]!) as { id: string; conversations: { from: string; value: string }[] };
    expect(first.id).toBe("demo#1#rule~rule");
    expect(first.conversations.map((turn) => turn.from)).toEqual(["system", "gpt", "human", "gpt"]);
    expect(first.conversations[1]?.value).toBe("您好，我是小王。");
    expect(first.conversations[3]?.value).toBe("请问方便吗？");
  });

  it("fails with the line when a call's scenario is unknown", async () => {
    const dir = batchDir();
    writeFileSync(join(dir, "scenarios.json"), "[]");
    await expect(exportCalls({ dir, format: "openai", perspective: "caller", out: join(dir, "x.jsonl") })).rejects.toMatchObject({ kind: "user", line: 1 });
    expect(existsSync(join(dir, "x.jsonl"))).toBe(false);
  });
});

describe("exportCalls to a pipe", () => {
  it("stops quietly when the reader goes away (EPIPE)", async () => {
    const { Writable } = await import("node:stream");
    const dir = batchDir();
    let writes = 0;
    const pipe = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        writes++;
        const error: NodeJS.ErrnoException = new Error("write EPIPE");
        error.code = "EPIPE";
        callback(error);
      },
    });
    const result = await exportCalls({ dir, format: "openai", perspective: "caller" }, pipe);
    expect(writes).toBe(1);
    expect(result.written).toBeLessThanOrEqual(1);
  });
});
