// Rule seats on a document whose opening asks "A himself, or B?", whose second step checks an address by the street,
// and whose later steps list options ("一是…；二是…") and ask when: the customer says which person it is; the
// caller names what it checks, says nothing of the customer's before the datum, says it matched; the customer picks
// a listed option and a time the offer names; a pick of something else is no answer to "when?"; a worry written as
// the persona's state of mind is asked, and the document's no-sales promise answers it.
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";
import { callerPlan, stepAsk } from "../src/seats/rule/caller-plan.js";
import { enumeratedOptions } from "../src/seats/rule/offer-list.js";
import { fittingAnswers } from "../src/seats/rule/step-answer-fit.js";
import { closingFor } from "../src/seats/rule/closing.js";
import { requestsData } from "../src/seats/rule/verify-by-datum.js";
import { asksWhoAnswered } from "../src/seats/rule/identity-question.js";
import { dataClauses, statedValues } from "../src/seats/rule/identity-data.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { readActs } from "../src/seats/rule/acts.js";
import { packFor } from "../src/lang/index.js";
import type { CallRecord, Scenario } from "../src/schema/index.js";
import { calleeView, callerView } from "../src/call/seat-views.js";
import { persona } from "../src/seats/rule/callee-persona.js";
import { offeredIn, Wording } from "../src/seats/rule/callee-wording.js";
import { createRandom } from "../src/util/random.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const FILE = "tests/fixtures/scenarios/zh-rule-who-datum-list.md";
const SEEDS = 20;
const zh = packFor("zh");
const en = packFor("en");
const TINY_SCENARIO_EN: Scenario = { ...TINY_SCENARIO, language: "en" };

async function calls(): Promise<{ scenario: Scenario; calls: CallRecord[] }> {
  const scenario = await readScenarioFile(FILE);
  const out: CallRecord[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) out.push(await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed }));
  return { scenario, calls: out };
}

const callerTurns = (call: CallRecord) => call.turns.filter((t) => t.speaker === "caller");
const replyTo = (call: CallRecord, step: number): string => {
  const at = call.turns.findIndex((t) => t.speaker === "caller" && t.step === step);
  return at < 0 ? "" : (call.turns[at + 1]?.text ?? "");
};

describe("rule seats: who answered, a check by datum, listed options, a time", async () => {
  const { scenario, calls: all } = await calls();

  it("the customer answers 'A himself, or B?' by saying which one it is", () => {
    for (const call of all) expect(call.turns[1]?.text).toMatch(/^我(?:就)?是周明/);
  });

  it("the caller names the item it checks, says nothing of the customer's before the datum, and says it matched", () => {
    for (const call of all) {
      const ask = callerTurns(call).find((t) => t.step === 2);
      expect(ask?.text).toMatch(/^稳妥起见，我先核对一下地址。麻烦您说一下家住哪条街/);
      const detail = call.turns.findIndex((t) => t.speaker === "caller" && t.text.includes("800 元"));
      const datum = call.turns.findIndex((t) => t.speaker === "callee" && t.text.includes("柳荫街 16 号"));
      if (detail >= 0) {
        expect(datum).toBeGreaterThan(0);
        expect(datum).toBeLessThan(detail);
        expect(call.turns[datum + 1]?.text).toMatch(/^好的，核实过了/);
      }
    }
  });

  it("the customer picks one of the listed options and a time the offer names, and the caller reads back those", () => {
    let picked = 0;
    for (const call of all) {
      const pick = replyTo(call, 4);
      if (pick === "") continue;
      picked++;
      expect(pick).toMatch(/直接购买|再续试两周|退还机器/);
      const when = replyTo(call, 5);
      if (when !== "") expect(when).toMatch(/上午|下午/);
      expect(when).not.toMatch(/都可以/);
    }
    expect(picked).toBeGreaterThan(SEEDS / 2);
  });

  it("a worry written as the persona's state of mind is asked to the caller, and the document's no-sales promise answers it", () => {
    let asked = 0;
    for (const call of all) {
      call.turns.forEach((turn, i) => {
        if (turn.speaker !== "callee" || !turn.text.includes("推销")) return;
        asked++;
        expect(turn.text).not.toMatch(/对方|怀疑/);
        expect(call.turns[i + 1]?.text.startsWith(zh.caller.salesReassure)).toBe(true);
      });
    }
    expect(asked).toBeGreaterThan(0);
  });

  it("the scorecard finds no disclosure and no false claim in any call", () => {
    for (const call of all) {
      const card = evaluateCall(scenario, call);
      const failed = card.checks.filter((c) => !c.passed).map((c) => c.id);
      expect(failed).not.toContain("disclosure");
      expect(failed).not.toContain("false-claim");
    }
  });

  it("a pick of something else is no answer to 'when?'; a time is", () => {
    const plan = callerPlan(callerView(scenario));
    const patch = (answer: string) => [{ kind: "stepAnswer" as const, step: 5, answer }];
    expect(fittingAnswers(plan, patch("我选退还机器。"), "我选退还机器。")).toEqual([]);
    expect(fittingAnswers(plan, patch("那就下午吧。"), "那就下午吧。")).toHaveLength(1);
    // The line offers its times: one it never offered is no answer either.
    expect(fittingAnswers(plan, patch("明天晚上吧。"), "明天晚上吧。")).toEqual([]);
    expect(plan.stepAsks[0]?.kind).toBeNull();
  });

  it("a line that states a datum asks for none; a sentence asking for it does", () => {
    const plan = callerPlan(callerView(scenario));
    expect(requestsData("登记的电话：尾号 1234。A 还是 B？", plan)).toBe(false);
    expect(requestsData("麻烦您说一下手机号后四位。", plan)).toBe(true);
  });

  it("an end condition that quotes its own closing is closed with that line, not a stock goodbye", () => {
    const plan = callerPlan(callerView(scenario));
    expect(closingFor(plan, 1, "done")).toBe("好的，都记下了，祝周先生身体健康，再见！");
  });
});

describe("the pieces, zh and en", () => {
  it("a listed offer's options are each item's first clause; two markers at least", () => {
    expect(enumeratedOptions("有两种：一是换新，免费；二是维修，三天。", zh)).toEqual(["换新", "维修"]);
    expect(enumeratedOptions("There are two ways: first, we replace it; second, we repair it.", en)).toEqual(["we replace it", "we repair it"]);
    expect(enumeratedOptions("可以换成 3.5 升或者 1.5 升的。", zh)).toEqual([]);
    expect(enumeratedOptions("One, two or three nights?", en)).toEqual([]);
  });

  it("the topic before a colon is no option; a time asked after the offered times is one of them", () => {
    const options = offeredIn("About the fence, two ways at one price: we paint it, or we stain it. Which would you prefer?", en).map((o) => o.text);
    expect(options.some((o) => /fence/i.test(o))).toBe(false);
    const p = persona(calleeView(TINY_SCENARIO_EN));
    for (let seed = 1; seed <= 10; seed++) {
      const reply = new Wording(p, createRandom(seed)).choice("We can come Tuesday 3, Thursday 5 or Friday 6. When is good for you?", "time");
      expect(reply).toMatch(/Tuesday 3|Thursday 5|Friday 6/);
    }
  });

  it("'from 1 to 5' asks for a rating, '从 1 到 5 分' too; a date range does not", () => {
    expect(stepAsk("And how happy are you so far, from 1 to 5?", en).kind).toBe("rating");
    expect(stepAsk("您对这次服务满不满意，从 1 到 5 分您打几分？", zh).kind).toBe("rating");
    expect(stepAsk("师傅 5 月 1 到 5 号都能来，您看哪天方便？", zh).kind).toBe("time");
  });

  it("'A himself, or B?' asks who answered; 'Thursday or Friday?' does not", () => {
    expect(asksWhoAnswered("请问您是王先生本人，还是他爱人？", "", zh)).toBe(true);
    expect(asksWhoAnswered("您是想约周四还是周五？", "", zh)).toBe(false);
    expect(asksWhoAnswered("Am I speaking to Mr Hale, or his daughter?", "Tom Hale", en)).toBe(true);
    expect(asksWhoAnswered("Is that Thursday or Friday?", "Tom Hale", en)).toBe(false);
  });

  it("a UK postcode stated without its label after an address is the record's postcode", () => {
    const record = ["service address 3 Elm Road, Dunford, KT4 7QJ"];
    expect(dataClauses(record, en)).toContain("KT4 7QJ");
    const asked = askedData("Could you confirm your postcode for me?", en);
    expect(asked).not.toBeNull();
    if (asked !== null) expect(statedValues(asked, record)).toEqual(["KT4 7QJ"]);
  });

  it("'a quieter one' is a question, not a bad line; 'your voice is too quiet' is", () => {
    const read = (text: string) => readActs(text, zh, { prev: null, customerName: "", awaiting: null });
    expect(read("能不能换个声音小点的？")).not.toContain("cant-hear");
    expect(read("你声音太小了。")).toContain("cant-hear");
  });
});
