// A step written as "recap, then use the <label> ending" ("Recap + close", "…，然后说【…】结束语") ends the call with the
// document's closing line: the caller neither reads the direction aloud nor says "Next, briefly: Recap + close".
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { stepAct } from "../src/seats/rule/step-act.js";

const EN = packFor("en");
const ZH = packFor("zh");

describe("a step that points at an ending closes", () => {
  it("en", () => {
    expect(stepAct("Recap + close", EN, [])).toEqual({ kind: "close" });
    expect(stepAct("Read back the date and the balance, then /Done/ ending.", EN, [])).toEqual({ kind: "close" });
    expect(stepAct("Then use the Confirmed closing line.", EN, [])).toEqual({ kind: "close" });
  });

  it("zh", () => {
    expect(stepAct("复述日期和金额，然后说【已约】结束语", ZH, [])).toEqual({ kind: "close" });
  });

  it("a question about an ending is no direction to close", () => {
    expect(stepAct("Is the ending of the lease a worry for you?", EN, [])).toBeNull();
    expect(stepAct("Recap the date for her.", EN, [])?.kind).not.toBe("close");
  });
});
