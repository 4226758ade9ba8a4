// Closings written without the conditions they belong to: a table whose case column the reader dropped, end
// conditions that are themselves the lines to say, and a recap step that names its closing by a key.
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { closingFor, conditionFor, doneClosing } from "../src/seats/rule/closing.js";
import { packFor } from "../src/lang/index.js";

type Scenario = Awaited<ReturnType<typeof readScenarioFile>>;

async function planWith(example: string, closingLines: string[], endConditions: string[]): Promise<ReturnType<typeof callerPlan>> {
  const scenario: Scenario = await readScenarioFile(`examples/${example}.md`);
  return callerPlan({ ...scenario, caller: { ...scenario.caller, closingLines, endConditions } });
}

const CASES = {
  zh: {
    example: "08-car-maintenance-booking",
    done: "好的，那就约在周五上午，记得带上发票。祝您生活愉快，再见！",
    message: "好的，麻烦您转告一下，请他回电，谢谢，再见！",
    identity: "不好意思，信息对不上，我这边没法说具体的，再见！",
    ends: "约好时间并复述 / 留了言 / 核身失败",
    recap: "复述时间和地址，然后用 ending.booked",
    spoken: "那我复述一下：周五上午，在城西店。",
    labels: ["预约成功", "留言", "在忙"],
    busy: "好的，我{时间}再给您打回来，再见！",
    endWhen: "约好时间并复述；客户要自己打回来核实",
    notLabel: "已预约的客户要改期",
  },
  en: {
    example: "06-saas-renewal-checkin-en",
    done: "Great, that's Friday morning, bring the invoice. Cheers, bye.",
    message: "No problem, could you pass on the message? Thanks, bye.",
    identity: "Sorry, I can't go into the account without that. Bye.",
    ends: "slot booked and read back / message left / identity fails",
    recap: "Recap the day and the window, then use close.booked",
    spoken: "So that's Friday morning, and then we use the side door.",
    labels: ["Booked", "Message", "Busy"],
    busy: "Of course, I'll ring back {time}. Goodbye.",
    endWhen: "the visit is booked and recapped; he wants to check by ringing back",
    notLabel: "Booked or paused, with his own plan",
  },
} as const;

describe("closings written without their conditions", () => {
  for (const lang of ["zh", "en"] as const) {
    const c = CASES[lang];
    it(`${lang}: with no end conditions, the call that went through ends on the first plain goodbye closing`, async () => {
      const plan = await planWith(c.example, ["<table><tbody>", c.done, c.message, c.identity, "</tbody></table>"], []);
      expect(doneClosing(plan)).toBe(c.done);
    });

    it(`${lang}: end conditions that are goodbye lines serve as the closings`, async () => {
      const plan = await planWith(c.example, [], [c.done, c.message, c.identity, c.ends]);
      expect(closingFor(plan, conditionFor(plan, ["done"], ""), "done")).toBe(c.done);
    });

    it(`${lang}: a case labelled only as booked is the call that went through, and gets its own closing`, async () => {
      const plan = await planWith(c.example, [c.done, c.message, c.busy], [...c.labels, c.endWhen]);
      const condition = conditionFor(plan, ["done"], "");
      expect(condition).toBe(1);
      expect(closingFor(plan, condition, "done")).toBe(c.done);
    });

    it(`${lang}: "booked" opening a longer condition is no label`, async () => {
      const plan = await planWith(c.example, [c.done, c.busy], [c.notLabel]);
      expect(plan.conditionClasses[0]?.has("done")).toBe(false);
    });

    it(`${lang}: a recap step naming its closing by a key is an instruction to close, not a line`, () => {
      const cue = packFor(lang).document.closeInstruction;
      expect(cue.test(c.recap)).toBe(true);
      expect(cue.test(c.spoken)).toBe(false);
    });
  }
});
