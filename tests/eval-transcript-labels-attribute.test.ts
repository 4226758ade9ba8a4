// Transcripts in every accepted form become the same turns: messy speaker labels (full-width colons, spaces, titles,
// role words, A/B), JSONL, call records, legacy encodings; anything unattributable is a user error with file:line.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Scenario } from "../src/schema/index.js";
import { CallsimError } from "../src/errors.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { loadCall, parseCall } from "../src/eval/index.js";
import { attributeLabel } from "../src/eval/speakers.js";

let zh: Scenario;
let en: Scenario;
const dir = mkdtempSync(join(tmpdir(), "callsim-eval-"));

beforeAll(async () => {
  zh = await readScenarioFile("examples/00-seed-service-followup.md");
  en = await readScenarioFile("examples/06-saas-renewal-checkin-en.md");
});

const speakers = (text: string, scenario: Scenario): string[] => parseCall(text, "t.txt", scenario).turns.map((t) => t.speaker);

function userErrorOf(run: () => unknown): { line: string; kind: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof CallsimError) return { line: error.toUserLine(), kind: error.kind };
    throw error;
  }
  throw new Error("expected a user error");
}

describe("speaker labels", () => {
  it.each([
    ["张强先生", "callee"], ["张先生", "callee"], ["张总", "callee"], ["客户", "callee"], ["接听方", "callee"], ["B", "callee"], ["乙", "callee"],
    ["李明", "caller"], ["李经理", "caller"], ["小李", "caller"], ["客服", "caller"], ["坐席", "caller"], ["拨打方", "caller"], ["A", "caller"],
    ["长江公司李明", "caller"], ["【客服】", "caller"], ["**张强**", "callee"],
  ])("zh %s → %s", (label, side) => {
    expect(attributeLabel(label, zh)).toBe(side);
  });

  it.each([
    ["Ms. Raman", "callee"], ["Priya", "callee"], ["PRIYA RAMAN", "callee"], ["Customer", "callee"], ["callee", "callee"],
    ["Daniel", "caller"], ["Mr. Okafor", "caller"], ["Agent", "caller"], ["caller", "caller"], ["Cobaltix", "caller"], ["Speaker 1", null],
  ])("en %s → %s", (label, side) => {
    expect(attributeLabel(label, en)).toBe(side);
  });

  it("reads full-width colons, spaces around them, timestamps and merges a side's consecutive lines", () => {
    const text = "[00:00:01] 李明 ： 您好，请问是张强先生吗？\n00:03 张强先生：是我。\n（背景有人说话）\n李明:我是长江公司的李明，\n李明：回访一下上次的服务。\n\n  张 先生 ：  嗯。";
    const call = parseCall(text, "t.txt", zh);
    expect(call.turns.map((t) => [t.speaker, t.text])).toEqual([
      ["caller", "您好，请问是张强先生吗？"],
      ["callee", "是我。"],
      ["caller", "我是长江公司的李明，回访一下上次的服务。"],
      ["callee", "嗯。"],
    ]);
    expect(call.turns.map((t) => t.step)).toEqual([null, null, null, null]);
    expect(call.end).toEqual({ by: "callee", condition: null, reason: "transcript" });
    expect(call.turns[1]?.startMs).toBeGreaterThan(call.turns[0]?.endMs ?? Infinity);
  });

  it("resolves one unknown label opposite a known side, and two anonymous labels by which one sounds like the script", () => {
    expect(speakers("Daniel: Hi, is this Priya Raman?\nPR: Yes.", en)).toEqual(["caller", "callee"]);
    const anonymous = "Speaker 1: Hello?\nSpeaker 2: Hi, is this Priya Raman? This is Daniel Okafor, your Customer Success Manager at Cobaltix.\nSpeaker 1: Yes, go.\nSpeaker 2: Over the last 30 days you had 212 active seats out of 250.";
    expect(speakers(anonymous, en)).toEqual(["callee", "caller", "callee", "caller"]);
  });
});

describe("input forms", () => {
  it("JSONL of { speaker, text } with names or roles", async () => {
    const file = join(dir, "call.jsonl");
    writeFileSync(file, '{"speaker":"Priya Raman","text":"Hello?"}\n\n{"speaker":"agent","text":"Hi, is this Priya Raman?"}\n');
    const call = await loadCall(file, en);
    expect(call.turns.map((t) => [t.speaker, t.text])).toEqual([["callee", "Hello?"], ["caller", "Hi, is this Priya Raman?"]]);
    expect(call.id).toBe("transcript-call");
  });

  it("a call record round-trips and is validated", async () => {
    const record = parseCall("A: 您好，请问是张强先生吗？\nB: 是我。", "r.txt", zh);
    const file = join(dir, "record.json");
    writeFileSync(file, JSON.stringify(record));
    expect(await loadCall(file, zh)).toEqual(record);
    writeFileSync(file, JSON.stringify({ ...record, turns: [{ ...record.turns[0], speaker: "robot" }] }));
    await expect(loadCall(file, zh)).rejects.toThrow('not a valid call record: turns.0.speaker: Invalid option: expected one of "caller"|"callee"');
  });

  it("a calls.jsonl line is a record; a whole batch file is a clear error", async () => {
    const record = parseCall("A: 您好，请问是张强先生吗？\nB: 是我。", "r.txt", zh);
    const file = join(dir, "calls.jsonl");
    writeFileSync(file, `${JSON.stringify(record)}\n`);
    expect(await loadCall(file, zh)).toEqual(record);
    writeFileSync(file, `${JSON.stringify(record)}\n${JSON.stringify(record)}\n`);
    await expect(loadCall(file, zh)).rejects.toThrow("holds 2 call records; eval scores one call (pick one line, or use 'callsim report' for a batch)");
  });

  it("a GB18030 transcript is decoded", async () => {
    const file = join(dir, "gbk.txt");
    // "李明：您好" and "张强：嗯" in GB18030.
    writeFileSync(file, Buffer.from("c0eec3f7a3bac4fabac30ad5c5c7bfa3bae0c5", "hex"));
    const call = await loadCall(file, zh);
    expect(call.turns.map((t) => [t.speaker, t.text])).toEqual([["caller", "您好"], ["callee", "嗯"]]);
  });
});

describe("unattributable transcripts are user errors with file:line", () => {
  it.each([
    ["李明：您好\n这一行没有说话人\n", "t.txt:2: no speaker label on this line (expected \"Name: text\"): 这一行没有说话人"],
    ["李明：您好\n张强：嗯\n王五：我也在\n", 't.txt:3: cannot tell whether "王五" is the caller or the callee (use 李明 / 张强, caller/callee, 拨打方/接听方 or A/B)'],
    ['{"speaker":"A","text":"hi"}\n{"speaker":"B"\n', "t.txt:2: not a JSON line (expected { \"speaker\": ..., \"text\": ... })"],
    ['{"speaker":"A","text":"hi"}\n{"who":"B","text":"yo"}\n', 't.txt:2: each line needs a string "speaker" and a string "text"'],
    ["\n\n", "t.txt: the call file is empty"],
  ])("%j", (text, line) => {
    expect(userErrorOf(() => parseCall(text, "t.txt", zh))).toEqual({ line, kind: "user" });
  });

  it("a missing file", async () => {
    await expect(loadCall(join(dir, "nope.txt"), zh)).rejects.toThrow("cannot read the call: no such file");
  });
});
