// JSON Lines whose every line says what it is (`{"type":"step",…}`, `{"type":"kb",…}`): grouped by type into the
// document they were cut from (one line a record, several a list), so the caller, the steps and the Q&A are read.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-typed-jsonl-"));
function file(name: string, lines: object[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return path;
}

describe("typed JSON Lines", () => {
  it("en: caller, steps and kb lines are read as those parts", async () => {
    const s = await readScenarioFile(file("kiln.jsonl", [
      { type: "meta", exported_at: "2026-01-01" },
      { type: "caller", name: "Maren Holt", organization: "Eastmoor Kiln Repairs", task: "Book the yearly kiln service visit." },
      { type: "step", no: 1, title: "Greeting", say: "Hi, it's Maren from Eastmoor Kiln Repairs about your kiln service." },
      { type: "step", no: 2, title: "Date", say: "Would Monday morning suit you for the visit?" },
      { type: "step", no: 3, title: "Prepare", say: "Please let the kiln cool for a full day first." },
      { type: "kb", q: "How long does it take?", a: "About two hours." },
      { type: "kb", q: "Can I pay by card?", a: "Yes, on the day." },
    ]));
    expect(s.caller.name).toBe("Maren Holt");
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.knowledgeBase.length).toBe(2);
  });
  it("zh: 按 type 分组的拨打方、步骤、问答行", async () => {
    const s = await readScenarioFile(file("kiln-zh.jsonl", [
      { type: "meta", exported_at: "2026-01-01" },
      { type: "caller", name: "祁晓岚", org: "东岭窑炉维修", task: "约窑炉年度保养上门时间。" },
      { type: "step", no: 1, title: "开场", say: "您好，我是东岭窑炉维修的祁晓岚，来约窑炉保养。" },
      { type: "step", no: 2, title: "约时间", say: "师傅周一上午可以上门，您方便吗？" },
      { type: "step", no: 3, title: "提醒", say: "麻烦提前一天让窑炉完全冷却。" },
      { type: "kb", q: "保养要多久？", a: "大概两个小时。" },
      { type: "kb", q: "可以刷卡吗？", a: "可以，当天付。" },
    ]));
    expect(s.caller.name).toBe("祁晓岚");
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.knowledgeBase.length).toBe(2);
  });
});
