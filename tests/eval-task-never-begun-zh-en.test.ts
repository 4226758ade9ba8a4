// A document whose steps could not be read (nor, it may be, its task) still gives the caller an errand: a call that did nothing but open and say
// goodbye, with nothing ending it early, is charged (missing-step at the goodbye) rather than passed with nothing owed.
// A busy customer's callback close is an early ending and owes nothing. Documents and calls are invented for these
// tests (tests/fixtures/eval/*-task-only.md).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";

type Doc = "en" | "zh" | "enBare" | "zhBare";
const scored = scorerForFiles<Doc>({
  en: "tests/fixtures/eval/en-task-only.md",
  zh: "tests/fixtures/eval/zh-task-only.md",
  enBare: "tests/fixtures/eval/en-opening-only.md",
  zhBare: "tests/fixtures/eval/zh-opening-only.md",
});

function missing(doc: Doc, lines: readonly string[]): { passed: boolean; turns: readonly (number | null)[] } | undefined {
  const check = scored(doc, lines).checks.find((c) => c.id === "missing-step");
  return check === undefined ? undefined : { passed: check.passed, turns: check.turns };
}

describe("a call that never began its task, where no steps were read", () => {
  it("en: the opening, then a goodbye, is charged at the goodbye; a busy customer's callback is not", () => {
    expect(missing("en", ["Hi, is this Maren Holt? This is Ivo from Example Clearbrook Water.", "Yes, that's me.", "Okay, thanks for your time. Bye."])).toEqual({ passed: false, turns: [2] });
    expect(missing("en", ["Hi, is this Maren Holt? This is Ivo from Example Clearbrook Water.", "Yes, but I'm driving, can't talk.", "No problem, I'll call you back later. Bye."])?.passed).toBe(true);
  });

  it("zh: 开场后直接再见，记在再见那一轮；客户在忙、约了回电的不记", () => {
    expect(missing("zh", ["您好，请问是贺云舒女士吗？我是示例晴川净水的小闵。", "对，我就是。", "好的，感谢您的时间，再见。"])).toEqual({ passed: false, turns: [2] });
    expect(missing("zh", ["您好，请问是贺云舒女士吗？我是示例晴川净水的小闵。", "是我，我在开车，不方便。", "不打扰您了，我晚点再打给您，再见。"])?.passed).toBe(true);
  });

  it("en: with neither steps nor a task read, the opening then a goodbye is still charged at the goodbye", () => {
    expect(missing("enBare", ["Hi, is this Maren Holt? This is Ivo from Example Clearbrook Water.", "Yes, that's me.", "Okay, thanks for your time. Bye."])).toEqual({ passed: false, turns: [2] });
  });

  it("zh: 步骤和任务都没读出来，开场后直接再见，照样记在再见那一轮", () => {
    expect(missing("zhBare", ["您好，请问是贺云舒女士吗？我是示例晴川净水的小闵。", "对，我就是。", "好的，感谢您的时间，再见。"])).toEqual({ passed: false, turns: [2] });
  });
});
