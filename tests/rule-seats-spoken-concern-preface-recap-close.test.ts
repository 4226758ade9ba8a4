// The customer may ask a concern in its own spoken form (A-not-A after a topic becomes "…吗"), a quoted question
// keeps its question mark, a repeated line drops an earlier repeat preface, and a recap-then-close
// instruction is a closing step, never read aloud (zh and en).
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { withoutPreface } from "../src/seats/rule/caller-lines.js";

describe("spoken concern questions, repeat prefaces, recap-and-close steps", () => {
  it("words a topic's A-not-A question as a 吗 question, an adverb before the verb, and leaves a topicless one", () => {
    const g = packFor("zh").grammar;
    expect(g.concernQuestions("次要：柜子搬过的会不会要多收钱")).toEqual([["柜子搬过的会不会要多收钱？", "柜子搬过的会要多收钱吗？"]]);
    expect(g.concernQuestions("工人会不会又晚到")[0]).toEqual(["工人会不会又晚到？", "工人又会晚到吗？"]);
    expect(g.concernQuestions("怕师傅上门弄脏地板")).toEqual([["会不会师傅上门弄脏地板？"]]);
    // Two questions in a list: asked as written, or one by one, each as a 吗 question.
    expect(g.concernQuestions("还担心清洗能不能便宜、安装会不会慢")).toEqual([["清洗能不能便宜、安装会不会慢？", "清洗能便宜吗？安装会慢吗？"]]);
  });

  it("drops every earlier repeat preface from a line said again", () => {
    for (const lang of ["zh", "en"] as const) {
      const pack = packFor(lang);
      const preface = `${pack.caller.acknowledge.repeat}${pack.speech.joiner}`;
      const line = lang === "zh" ? "下周二上午可以吗？" : "Does Tuesday morning suit you?";
      expect(withoutPreface(`${preface}${preface}${line}`, pack)).toBe(line);
      expect(withoutPreface(line, pack)).toBe(line);
    }
  });

  it("reads 'recap …, then close' as a closing instruction, and a spoken recap line as speech", () => {
    const zh = packFor("zh").document.closeInstruction;
    const en = packFor("en").document.closeInstruction;
    expect(zh.test("复述选的方案、上门日期和金额，用结束语结束。")).toBe(true);
    expect(zh.test("那我复述一下：周二上午，两百元。")).toBe(false);
    expect(en.test("Recap the option, the date and the fee, then close.")).toBe(true);
    expect(en.test("So that's Tuesday morning, and then we close the account.")).toBe(false);
  });

  it("gives each pack a question mark", () => {
    expect(packFor("zh").speech.questionMark).toBe("？");
    expect(packFor("en").speech.questionMark).toBe("?");
  });
});
