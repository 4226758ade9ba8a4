// A record line that gives the last digits under a label holding its own count ("last 3 digits 213", "后3位 213")
// states 213: the caller checks the customer's digits against it, so a wrong "735" fails and "213" passes (zh, en).
import { describe, expect, it } from "vitest";
import { checkData } from "../src/seats/rule/identity-data.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { packFor } from "../src/lang/index.js";

describe("last digits stated under a label that holds the count", () => {
  it("en: 'case number KT-55807 (or last 3 digits 807)'", () => {
    const pack = packFor("en");
    const asked = askedData("Could you give me your case number, or just the last three digits?", pack);
    expect(asked).not.toBeNull();
    if (asked === null) return;
    const record = ["Check identity by: case number KT-55807 (or last 3 digits 807)"];
    expect(checkData(asked, "It's 735.", record, pack)).toBe("failed");
    expect(checkData(asked, "807.", record, pack)).toBe("confirmed");
  });

  it("zh: '工单号 GD-55807（或后3位 807）'", () => {
    const pack = packFor("zh");
    const asked = askedData("麻烦您报一下工单号的后三位？", pack);
    expect(asked).not.toBeNull();
    if (asked === null) return;
    const record = ["核对身份：工单号 GD-55807（或后3位 807）"];
    expect(checkData(asked, "735", record, pack)).toBe("failed");
    expect(checkData(asked, "807", record, pack)).toBe("confirmed");
  });
});
