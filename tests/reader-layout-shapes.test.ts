// Documents in layouts no other fixture used (tests/fixtures/shapes/dev: MediaWiki markup, SRT subtitles, SOP clause
// numbering, unfenced YAML), each read to the counts and names its truth file recorded before the reader was run on it;
// and the structural rules behind them, each on a small document of its own.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText, readScenarioFile } from "../src/scenario/index.js";
import type { Scenario } from "../src/schema/index.js";
import type { Truth } from "./fixtures/truth.js";

const dir = join(import.meta.dirname, "fixtures", "shapes", "dev");
const files = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();

const counts = (s: Scenario): unknown => ({
  language: s.language, name: s.caller.name, organization: s.caller.organization, steps: s.caller.steps.length, kb: s.caller.knowledgeBase.length,
  endConditions: s.caller.endConditions.length, closingLines: s.caller.closingLines.length, hasOpening: s.caller.opening !== null,
  callee: s.callee.name, calleeEnd: s.callee.endConditions.length, positive: s.callee.style.positive.length, negative: s.callee.style.negative.length,
});
const truthCounts = (t: Truth): unknown => ({
  language: t.language, name: t.caller.name, organization: t.caller.organization, steps: t.caller.steps, kb: t.caller.kb,
  endConditions: t.caller.endConditions, closingLines: t.caller.closingLines, hasOpening: t.caller.hasOpening,
  callee: t.callee.name, calleeEnd: t.callee.endConditions, positive: t.callee.positiveExamples, negative: t.callee.negativeExamples,
});

/** Documents not yet read exactly, with what is still missed: a test that flips to passing reports itself. */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  "en-loftladder-srt.md": "read (opening, steps, closing) but its prose 'If she asks …:' answers, run-on end conditions and 'Now the customer.' side are not",
  "zh-pianorecycle-sop.md": "the customer's end condition, a labelled line after the style examples' items, is read as one more example",
};

describe.each(files)("layout shape %s", (file) => {
  (file in KNOWN_MISSES ? it.fails : it)(`reads to its truth's counts and names${file in KNOWN_MISSES ? ` (known miss: ${KNOWN_MISSES[file]})` : ""}`, async () => {
    const truth = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, ".truth.json")), "utf8")) as Truth;
    expect(counts(await readScenarioFile(join(dir, file)))).toEqual(truthCounts(truth));
  });
});

describe("structural rules", () => {
  it("a heading under '## Caller' naming the customer by a word is a part of the caller's side, not the customer's", () => {
    const doc = [
      "# Call", "## Caller", "You are Ann Lee from Acme Ltd.", "### Script", '1. "Hello, is that Tom?"', '2. "Your parcel is late."',
      "### Questions customers ask", "- Q: Why late? A: Snow.", "- Q: When? A: Friday.",
      "## Customer", "Tom Reed, 40.", "### Ends the call when", "- he is told",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect([s.caller.knowledgeBase.length, s.callee.name, s.callee.endConditions]).toEqual([2, "Tom Reed", ["he is told"]]);
  });

  it("clause numbers 1 / 1.1 / 1.1.1 are the outline: grouping clauses are headings, leaves their items", () => {
    const doc = [
      "1 外呼人员", "1.1 身份：专员林月，就职于安和家政有限公司。", "1.2 客户资料", "1.2.1 客户：赵强先生", "1.2.2 订单：月嫂服务",
      "2 作业步骤", "2.1 开场：“您好，我是安和家政的林月。”", "2.2 通话流程", "2.2.1 核实身份：“请问是赵强先生吗？”", "2.2.2 说明来意：“想了解一下服务情况。”",
      "2.3 结束条件", "2.3.1 客户评价完毕；", "2.3.2 客户不方便。",
      "3 客户画像（接听方）", "3.1 姓名：赵强，35岁。", "3.2 顾虑：价格。",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect([s.caller.name, s.caller.organization, s.caller.steps.length, s.caller.opening, s.caller.endConditions.length, s.callee.name])
      .toEqual(["林月", "安和家政有限公司", 2, "您好，我是安和家政的林月。", 2, "赵强"]);
  });

  it("a bare name after 我是…的 is taken only when the role text writes it too", () => {
    const doc = (role: string): string => ["## 坐席", role, "## 开场白", "“您好，我是安和家政的林月，打扰了。”", "## 步骤", "1. 核实：“请问是赵先生吗？”"].join("\n");
    expect(parseScenarioText(doc("身份：专员林月。")).caller.name).toBe("林月");
    expect(parseScenarioText(doc("身份：家政专员。")).caller.name).toBe("");
  });

  it("YAML pasted without a fence is read as the configuration it is", () => {
    const doc = [
      "# 回访配置", "坐席:", "  姓名: 林月", "  机构: 安和家政有限公司", "  开场白: \"您好，我是安和家政的林月。\"", "  步骤:",
      "    - 标题: 核实身份", "      话术: \"请问是赵强先生吗？\"", "    - 标题: 服务评价", "      话术: \"您对阿姨满意吗？\"",
      "  结束条件:", "    - 客户评价完毕", "客户:", "  姓名: 赵强", "  结束条件:", "    - 听完就挂",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect([s.caller.name, s.caller.steps.map((step) => step.title), s.caller.opening, s.caller.endConditions, s.callee.name, s.callee.endConditions])
      .toEqual(["林月", ["核实身份", "服务评价"], "您好，我是安和家政的林月。", ["客户评价完毕"], "赵强", ["听完就挂"]]);
  });

  it("a screenplay: the speech under the cue of the character the script follows is its lines, banners its parts", () => {
    const cue = (name: string, ...speech: string[]): string[] => [`                    ${name}`, ...speech.map((line) => `          ${line}`), ""];
    const doc = [
      "OPENING", "", ...cue("JO", "Hello, it's Jo from Kestrel Vans,", "is that Sam Hart?"),
      "BEAT 1 — IS IT YOU?", "", ...cue("JO", "Could you confirm your postcode?"), "               (if it does not match: say goodbye)", "",
      "BEAT 2 — THE VAN", "", ...cue("NARRATOR (V.O.)", "Jo explains the van is ready."), ...cue("JO", "Your van is ready", "to collect on Friday."),
      "THE ENDINGS (Jo says one of these, then hangs up)", "    COLLECTING ........ \"Great, see you Friday, bye.\"", "    WRONG PERSON ...... \"Sorry to bother you, bye.\"", "",
      "THINGS PEOPLE ASK", "    Q. Is there a fee?", "    A. No, it is paid.", "    Q. Can I come Saturday?", "    A. Yes, until noon.",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect([s.caller.opening, s.caller.steps.map((step) => [step.title, step.lines]), s.caller.closingLines.length, s.caller.knowledgeBase.length]).toEqual([
      "Hello, it's Jo from Kestrel Vans, is that Sam Hart?",
      [["IS IT YOU?", ["Could you confirm your postcode?"]], ["THE VAN", ["Your van is ready to collect on Friday."]]],
      2, 2,
    ]);
  });

  it("subtitles are read by their words: cue numbers, timings and speaker tags set aside", () => {
    const cues = ["[NARRATOR] Opening line:", '[AGENT] "Hello, this is Jo from Kestrel Vans."', "[NARRATOR] Step 1: the van.", '[AGENT] "Your van is ready on Friday."', "[NARRATOR] Step 2: the time.", '[AGENT] "Does ten o\'clock suit?"'];
    const doc = cues.flatMap((text, i) => [String(i + 1), `00:00:0${i},000 --> 00:00:0${i},900`, text, ""]).join("\n");
    const s = parseScenarioText(doc);
    expect([s.caller.opening, s.caller.steps.map((step) => step.lines)]).toEqual(["Hello, this is Jo from Kestrel Vans.", [["Your van is ready on Friday."], ["Does ten o'clock suit?"]]]);
    expect(s.diagnostics.some((d) => d.message.startsWith("read as subtitles"))).toBe(true);
  });

  it("a document whose markup gave an opening but no step is read by the shape of its lines too", () => {
    const doc = [
      "== Caller ==", "Opening: \"Hi, it's Ann from Acme.\"", "=== Flow ===", "# '''Check''' — \"Is that Tom?\"", "# '''Tell''' — \"Your parcel is late.\"",
      "== Customer ==", "Tom Reed, 40.",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect([s.caller.opening !== null, s.caller.steps.map((step) => step.title)]).toEqual([true, ["Check", "Tell"]]);
  });
});
