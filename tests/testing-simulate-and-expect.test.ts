import { describe, expect, it } from "vitest";
import { agent, agentTurn, check, customer, expectCall, proceed, scripted, simulate, CallAssertionError } from "../src/testing/index.js";
import { CLEAN_AGENT, CLEAN_CUSTOMER, DISCLOSED_TURN, DISCLOSING_AGENT, INVENTED_TURN, INVENTING_AGENT, RELATIVE_CUSTOMER, RENEWAL_SCENARIO } from "./fixtures/agent-lines.js";

/** The script of a call: agent turns around the given customer lines. */
function around(lines: readonly string[]) {
  return lines.flatMap((line) => [agentTurn(), customer(line)]).concat(agentTurn());
}

describe("simulate + expectCall", () => {
  it("a clean scripted agent passes, and its checkpoints see the call so far", async () => {
    const seen: number[] = [];
    const result = await simulate({
      scenario: RENEWAL_SCENARIO,
      caller: scripted(CLEAN_AGENT),
      script: [agentTurn(), customer(CLEAN_CUSTOMER[0] ?? ""), agentTurn(), check((call) => { seen.push(call.turns.length); expect(call.check("invented-figure").passed).toBe(true); }), customer(CLEAN_CUSTOMER[1] ?? ""), agentTurn(), customer(CLEAN_CUSTOMER[2] ?? ""), agentTurn()],
    });
    expect(seen).toEqual([3]);
    expect(result.calls[0]?.record.end).toEqual({ by: "caller", condition: null, reason: "the member chose email" });
    expect(result.calls[0]?.record.seats.caller).toEqual({ kind: "scripted", model: null, name: "scripted" });
    expectCall(result).toPass();
    expectCall(result).check("invented-figure").toPass();
  });

  it("an agent that invents a price fails grounding at that turn, and the message shows the transcript there", async () => {
    const result = await simulate({ scenario: RENEWAL_SCENARIO, caller: scripted(INVENTING_AGENT), script: around(CLEAN_CUSTOMER) });
    expectCall(result).check("invented-figure").toFail({ turn: INVENTED_TURN });
    expect(() => expectCall(result).toPass()).toThrow(CallAssertionError);
    let message = "";
    try {
      expectCall(result).toPass();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('check "invented-figure" (critical) failed: turn 2: invented "$590", "$178 compared"');
    expect(message).toContain(">> [2] Maya Lindqvist: Your family membership ends on 2025-10-31");
    expect(message).toContain("   [1] Tomas Berg: Yes, speaking. Go ahead.");
  });

  it("an agent that tells a relative the member's details fails identity at that turn", async () => {
    const result = await simulate({ scenario: RENEWAL_SCENARIO, caller: scripted(DISCLOSING_AGENT), script: around(RELATIVE_CUSTOMER) });
    expectCall(result).check("disclosure").toFail({ turn: DISCLOSED_TURN });
    expectCall(result).toFail();
  });

  it("a failing checkpoint stops the call there and names itself", async () => {
    const result = await simulate({
      scenario: RENEWAL_SCENARIO,
      caller: scripted(INVENTING_AGENT),
      script: [agentTurn(), customer("Yes, speaking."), agentTurn(), check((call) => call.check("invented-figure").passed, "no invented price"), proceed()],
    });
    const call = result.calls[0];
    expect(call?.record.turns).toHaveLength(3);
    expect(call?.record.end.by).toBe("error");
    expect(call?.checkpoints).toEqual([{ label: "no invented price", afterTurn: 2, passed: false, message: "the checkpoint returned false" }]);
    expect(() => expectCall(result).toPass()).toThrow(/no invented price failed after turn 2/);
  });

  it("agent(fn) gets only the conversation, with its own lines as assistant; proceed() lets the rule customer go on", async () => {
    const heard: unknown[] = [];
    const fn = agent((messages, context) => {
      heard.push({ messages: [...messages], turn: context.turn, role: context.role });
      return messages.length === 0 ? CLEAN_AGENT[0] as string : { text: "Thanks, goodbye.", end: true };
    });
    const result = await simulate({ scenario: RENEWAL_SCENARIO, caller: fn, seeds: [1, 2], script: [agentTurn(), customer("Speaking."), proceed()] });
    expect(result.calls.map((c) => c.seed)).toEqual([1, 2]);
    expect(heard[1]).toEqual({ messages: [{ role: "assistant", content: CLEAN_AGENT[0] }, { role: "user", content: "Speaking." }], turn: 2, role: "caller" });
    expect(result.calls[0]?.record.seats.caller.kind).toBe("agent");
  });

  it("a scripted agent asked past its lines ends the call by error, which fails the call", async () => {
    const result = await simulate({ scenario: RENEWAL_SCENARIO, caller: scripted(["Hello?"]), callee: scripted(["Yes?", "Hm?"]) });
    expect(result.calls[0]?.record.end.reason).toBe("caller seat failed: scripted caller has no line left for turn 2 (it had 1)");
    expect(() => expectCall(result).toPass()).toThrow(/ended by error/);
  });
});
