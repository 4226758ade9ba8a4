// Each example rewritten in another house style (numbered or bracketed headings, bold-line headings, 步骤N： steps,
// 「」 quotes, 问：/答： pairs, a Q&A table, CRLF + BOM, …) still reads to the counts and names of its truth file.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioBytes } from "../src/scenario/index.js";
import { FigureIndex, extractFigures } from "../src/text/figures.js";
import type { Truth } from "./fixtures/truth.js";


const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const dir = join(import.meta.dirname, "..", "examples");
const examples = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();

/** Rewrites "- Q：…\n  A：…" pairs of the knowledge-base section with `pair(question, answer)`. */
function rewritePairs(text: string, pair: (q: string, a: string) => string, header = ""): string {
  return text.replace(/((?:^- Q[:：] ?.*\n\s+A[:：] ?.*\n?)+)/gm, (block) => {
    const out: string[] = [];
    const re = /^- Q[:：] ?(.*)\n\s+A[:：] ?(.*)$/gm;
    for (let m = re.exec(block); m !== null; m = re.exec(block)) out.push(pair(m[1] ?? "", m[2] ?? ""));
    return `${header}${out.join("\n")}\n`;
  });
}

const TRANSFORMS: Record<string, (text: string) => string> = {
  "一、/（一） headings": (text) => {
    let side = 0;
    let section = 0;
    return text.replace(/^(#{2,3}) (.*)$/gm, (_, hashes: string, title: string) => {
      if (hashes === "##") { section = 0; return `${CN[side++]}、${title}`; }
      return `（${CN[section++]}）${title}`;
    });
  },
  "【side】 and bold-line section headings": (text) => text.replace(/^## (.*)$/gm, "【$1】").replace(/^### (.*)$/gm, "**$1**"),
  "步骤N： steps with 「」 quotes": (text) => text.replace(/^(\d+)\. \*\*(.*)\*\*$/gm, "步骤$1：$2").replace(/“/g, "「").replace(/”/g, "」"),
  "**N. title** steps": (text) => text.replace(/^(\d+)\. \*\*(.*)\*\*$/gm, "**$1. $2**"),
  "N） steps with unquoted dash lines": (text) => text.replace(/^(\d+)\. \*\*(.*)\*\*$/gm, "$1）$2").replace(/^(\s+- )“(.*)”\s*$/gm, "$1$2"),
  "问：/答： pairs": (text) => rewritePairs(text, (q, a) => `问：${q}\n答：${a}\n`),
  "same-line Q/A pairs": (text) => rewritePairs(text, (q, a) => `- Q：${q} A：${a}`),
  "a Q&A table": (text) => rewritePairs(text, (q, a) => `| ${q} | ${a} |`, "| 问题 | 回答 |\n| --- | --- |\n"),
  "synonym section and side names": (text) => {
    const names: [RegExp, string][] = [
      [/^## 电话拨打方$/m, "## 坐席（外呼方）"], [/^## 电话接听方$/m, "## 客户"], [/^## Caller$/m, "## Agent"], [/^## Callee$/m, "## Customer"],
      [/^### 角色$/gm, "### 人物设定"], [/^### 核心任务.*$/m, "### 任务"], [/^### 目标客户画像.*$/m, "### 客户信息"], [/^### 分步流程和话术.*$/m, "### 话术流程"],
      [/^### 问答知识库.*$/m, "### 常见问题"], [/^### 开场白$/m, "### 开场"], [/^### 背景信息.*$/m, "### 背景"], [/^### 核心关切点.*$/m, "### 关切点"],
      [/^### 对话中的典型行为模式.*$/m, "### 典型行为"], [/^### 回复风格示例.*$/m, "### 说话风格"],
      [/^### Role$/gm, "### Persona"], [/^### Core task.*$/m, "### Goal"], [/^### Target customer profile$/m, "### Customer info"],
      [/^### Step-by-step flow.*$/m, "### Call flow"], [/^### Q&A knowledge base$/m, "### FAQ"], [/^### Opening line$/m, "### Opening"],
      [/^### Core concerns$/m, "### Concerns"], [/^### Typical behaviour.*$/m, "### Behaviour"], [/^### Reply style examples$/m, "### Style examples"],
    ];
    return names.reduce((acc, [from, to]) => acc.replace(from, to), text);
  },
  "separate end-condition and closing-line sections": (text) =>
    text.replace(/^### (结束条件与结束语|End conditions and closing lines)\n\n/gm, "").replace(/^\*\*(结束条件|结束语|End conditions|Closing lines)\*\*$/gm, "### $1"),
  "Step N: steps and ### example headings": (text) =>
    text.replace(/^(\d+)\. \*\*(.*)\*\*$/gm, "Step $1: $2").replace(/^- \*\*((?:反面|正面)教材|(?:Negative|Positive) examples).*\*\*$/gm, "#### $1"),
  "* bullets and #### sub-labels": (text) => text.replace(/^- /gm, "* ").replace(/^\*\*(结束条件|结束语|End conditions|Closing lines)\*\*$/gm, "#### $1"),
};

function counts(s: ReturnType<typeof parseScenarioBytes>): unknown {
  return {
    name: s.caller.name, organization: s.caller.organization, steps: s.caller.steps.length, kb: s.caller.knowledgeBase.length,
    endConditions: s.caller.endConditions.length, closingLines: s.caller.closingLines.length, hasOpening: s.caller.opening !== null,
    calleeName: s.callee.name, calleeEnd: s.callee.endConditions.length, positive: s.callee.style.positive.length, negative: s.callee.style.negative.length,
  };
}

describe("examples rewritten in other styles", () => {
  for (const file of examples) {
    const text = readFileSync(join(dir, file), "utf8");
    const t = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, ".truth.json")), "utf8")) as Truth;
    const expected = {
      name: t.caller.name, organization: t.caller.organization, steps: t.caller.steps, kb: t.caller.kb, endConditions: t.caller.endConditions,
      closingLines: t.caller.closingLines, hasOpening: t.caller.hasOpening, calleeName: t.callee.name, calleeEnd: t.callee.endConditions,
      positive: t.callee.positiveExamples, negative: t.callee.negativeExamples,
    };
    for (const [style, transform] of Object.entries(TRANSFORMS)) {
      it(`${file} as ${style}`, () => {
        const rewritten = transform(text);
        expect(rewritten).not.toBe(text);
        const s = parseScenarioBytes(Buffer.from(rewritten, "utf8"));
        expect(counts(s)).toEqual(expected);
        const index = new FigureIndex(s.facts.map((f) => f.text));
        expect(t.facts.filter((f) => !extractFigures(f).every((figure) => index.has(figure)))).toEqual([]);
      });
    }
    it(`${file} with CRLF, a BOM and every rewrite at once`, () => {
      const all = Object.values(TRANSFORMS).slice(0, 3).reduce((acc, f) => f(acc), text);
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(all.replace(/\n/g, "\r\n"), "utf8")]);
      expect(counts(parseScenarioBytes(bytes))).toEqual(expected);
    });
  }
});
