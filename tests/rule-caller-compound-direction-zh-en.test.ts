// A step direction of several sentences whose first only names the task ("Check identity. Ask for the first line of
// the address.") still says the request that follows; the naming sentence does not silence the step (zh and en).
import { describe, expect, it } from "vitest";
import { stepAct } from "../src/seats/rule/step-act.js";
import { packFor } from "../src/lang/index.js";

describe("a compound step direction", () => {
  it("en: 'Check identity. Ask for the first line of the address or the job reference.' asks for them", () => {
    const act = stepAct("Check identity. Ask for the first line of the address or the job reference.", packFor("en"), []);
    expect(act?.kind).toBe("say");
    expect(act?.kind === "say" ? act.text : "").toMatch(/first line of the address/);
  });

  it("zh: '核对身份。问客户的出生年份。' asks for the year", () => {
    const act = stepAct("核对身份。问客户的出生年份。", packFor("zh"), []);
    expect(act?.kind).toBe("say");
    expect(act?.kind === "say" ? act.text : "").toMatch(/出生年份/);
  });

  it("en and zh: a direction that says nothing stays silent, a spoken sentence keeps the line as written", () => {
    expect(stepAct("Check identity.", packFor("en"), [])?.kind).toBe("silent");
    expect(stepAct("Check identity. \"Is that Mrs Hale?\"", packFor("en"), [])?.kind).not.toBe("say");
    expect(stepAct("核对身份。", packFor("zh"), [])?.kind).toBe("silent");
  });
});
