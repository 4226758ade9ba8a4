// A script whose introduction is only "<organisation> <name>" (no "this is", "我是"), with no organisation the
// reader could take from the document: a caller who says it so has introduced itself; one who only asks for the
// customer has not (opening fault at its first turn).
// Documents and calls are invented for these tests (tests/fixtures/eval/*-bare-intro.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("bare-intro", { en: ["Wendeline", "Ray"], zh: ["文丽", "袁立平"] });

describe("an introduction written as a bare '<organisation> <name>'", () => {
  it("en: said as written, it introduces; a bare ask for the customer does not", () => {
    const rest = ["Yes.", "Your boiler service visit is on 3 March at 9am.", "Okay.", "Thanks, Mr Ellison. Bye.", "Bye."];
    expect(failedTurns(card("en", ["Hello, Brightwater Boilers Wendeline, is that Ray Ellison?", ...rest]), "opening")).toBeNull();
    expect(failedTurns(card("en", ["Hello, is that Ray Ellison?", ...rest]), "opening")).toEqual([0]);
  });

  it("zh: 照写的报“清泉锅炉服务 文丽”算自我介绍；只问是不是袁先生不算", () => {
    const rest = ["是。", "您家锅炉3月3日上午9点上门保养。", "好。", "好的袁先生，再见。", "再见。"];
    expect(failedTurns(card("zh", ["喂您好 清泉锅炉服务文丽 请问是袁立平袁先生吗", ...rest]), "opening")).toBeNull();
    expect(failedTurns(card("zh", ["喂您好 请问是袁立平袁先生吗", ...rest]), "opening")).toEqual([0]);
  });
});
