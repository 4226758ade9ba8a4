// A chat export whose messages are headed "date time writer" spreads the script over its messages: each header is an
// entry of the log, and the script under a label that names the calling order ("打电话顺序", "Calling order") is read.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { hasLogEntries } from "../src/scenario/log-entries.js";

const ZH = [
  "工作群 聊天记录导出",
  "",
  "2026-03-04 10:01  王组长",
  "今天回访周先生，确认他周五的上门安装。",
  "",
  "2026-03-04 10:03  王组长",
  "打电话顺序（照着来）：",
  "① 问好，报公司和名字",
  "② 核对地址",
  "③ 确认周五上午上门",
  "",
  "2026-03-04 10:05  小刘",
  "好的",
].join("\n");

const EN = [
  "Team chat export",
  "",
  "2026-03-04 10:01  Dana Reyes",
  "Today we call Mr Ortiz to confirm Friday's installation.",
  "",
  "2026-03-04 10:03  Dana Reyes",
  "Calling order (stick to it):",
  "1. Greet and say who you are",
  "2. Check the address",
  "3. Confirm the Friday morning visit",
  "",
  "2026-03-04 10:05  Sam",
  "ok",
].join("\n");

describe("a chat export with dated message headers", () => {
  it("counts 'date time writer' lines as log entries", () => {
    expect(hasLogEntries(ZH.split("\n"))).toBe(true);
    expect(hasLogEntries(EN.split("\n"))).toBe(true);
    expect(hasLogEntries(["2026-03-04 10:01 是个时间", "正文", "2026-03-05 会议"])).toBe(false);
  });

  it("reads the script spread over the messages (zh)", () => {
    const s = parseScenarioText(ZH, { id: "chat-zh" });
    expect(s.caller.steps.map((st) => st.title)).toEqual(["问好，报公司和名字", "核对地址", "确认周五上午上门"]);
  });

  it("reads the script spread over the messages (en)", () => {
    const s = parseScenarioText(EN, { id: "chat-en" });
    expect(s.caller.steps.map((st) => st.title)).toEqual(["Greet and say who you are", "Check the address", "Confirm the Friday morning visit"]);
  });
});
