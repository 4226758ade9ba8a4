// A short quoted word inside an instruction that goes on after it names a term (a closing, an option): the step
// says nothing of it. A quote that ends its sentence is still the line to say.
import { describe, expect, it } from "vitest";
import { classifyContent } from "../src/scenario/step-content.js";

describe("a short quote with the sentence going on after it", () => {
  it("is an instruction naming a term (zh)", () => {
    expect(classifyContent("- 把日期和地址再说一遍，然后用“约好”结束语。")).toEqual({ kind: "instruction", texts: ["把日期和地址再说一遍，然后用“约好”结束语。"] });
  });
  it("is an instruction naming a term (en)", () => {
    expect(classifyContent("- Read back the date, then use the \"Booked\" closing.")).toEqual({ kind: "instruction", texts: ["Read back the date, then use the \"Booked\" closing."] });
  });
  it("stays a line when the quote ends the sentence (zh, en)", () => {
    expect(classifyContent("- 客户同意后说“好的”。")).toEqual({ kind: "line", texts: ["好的"] });
    expect(classifyContent("- Then say \"Thanks a lot\".")).toEqual({ kind: "line", texts: ["Thanks a lot"] });
  });
});
