// The verification item a caller line asks for is read from the sentence that requests it, not from a later sentence
// that only names another item while telling the caller what to do ("对不上的话不要提地址", "If it doesn't match, don't
// mention the postcode").
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { askedData } from "../src/seats/rule/identity-question.js";

describe("the item asked, read from the requesting sentence", () => {
  it("zh: the last four digits asked, a later direction naming the address is no request", () => {
    const asked = askedData("麻烦您说一下手机尾号后四位，我核对一下。对不上的话不要提地址，客气地结束。", packFor("zh"));
    expect(asked?.kind.name).toBe("lastDigits");
    expect(asked?.count).toBe(4);
  });

  it("en: the date of birth asked, a later direction naming the postcode is no request", () => {
    const asked = askedData("Could you give me your date of birth? If it doesn't match, don't mention the postcode.", packFor("en"));
    expect(asked?.kind.name).toBe("birthDate");
  });

  it("a line with one naming sentence reads it as before", () => {
    expect(askedData("为了核实身份，您的出生日期是？", packFor("zh"))?.kind.name).toBe("birthDate");
  });
});
