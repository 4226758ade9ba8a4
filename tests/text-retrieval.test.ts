import { describe, expect, it } from "vitest";
import { tokenize, detectLanguage } from "../src/text/tokenize.js";
import { Bm25Index } from "../src/text/bm25.js";
import { similarity, coverage } from "../src/text/similarity.js";

describe("tokenize", () => {
  it("segments Chinese with jieba and drops stopwords and punctuation", () => {
    expect(tokenize("我的反馈具体如何促成实际改善？")).toEqual(["反馈", "具体", "如何", "促成", "实际", "改善"]);
  });
  it("lowercases English words and drops stopwords", () => {
    expect(tokenize("What happens to our DATA if we don't renew?")).toEqual(["happen", "data", "don't", "renew"]);
  });
  it("detects the language", () => {
    expect(detectLanguage("您好，请问是张先生吗")).toBe("zh");
    expect(detectLanguage("Hi, is this Priya?")).toBe("en");
  });
});

describe("retrieval", () => {
  const questions = ["10分钟响应时长是怎样精确记录的？", "本次流程优化有哪些可量化成果？", "是否可索取详细优化进展与数据报表？"];
  const index = new Bm25Index(questions.map((q) => tokenize(q)));

  it("ranks the paraphrased question first", () => {
    expect(index.search(tokenize("那个响应时长你们到底怎么记录的"))[0]?.index).toBe(0);
    expect(index.search(tokenize("能不能把数据报表发给我"))[0]?.index).toBe(2);
  });
  it("returns nothing for an unrelated query", () => {
    expect(index.search(tokenize("今天天气不错"))).toEqual([]);
  });
  it("scores similarity and coverage between 0 and 1", () => {
    expect(similarity("响应时长是怎样精确记录的", "响应时长是怎样精确记录的")).toBe(1);
    expect(similarity("响应时长怎么记录的", "今天天气不错")).toBe(0);
    expect(coverage("the price goes up in October", "why is the price going up")).toBeCloseTo(2 / 3);
  });
});
