// The close written for a choice made ("that's [day], [time]. Goodbye."), said with its slot filled right after the
// customer left the choice open or turned every option down, is a false claim; said after a pick it is none.
import { describe, expect, it } from "vitest";
import { loadLabels } from "../src/eval/agreement/load-labels.js";
import { evaluateCall } from "../src/eval/evaluate-call.js";
import { judgementOf } from "../src/eval/agreement/agreement.js";

const items = await loadLabels("tests/labelled/own-scf-35b/tune", { onUnreadableScenario: () => undefined });
const claimsAt = (id: string): (number | null)[] => {
  const item = items.find((i) => i.label.id === id);
  if (item === undefined) throw new Error(`no labelled call ${id}`);
  return judgementOf(evaluateCall(item.scenario, item.call)).faults.filter((f) => f.kind === "false-claim").map((f) => f.turn);
};

describe("the booked close read back without a pick", () => {
  it("en: after 'I'll need to check my diary' it is a false claim", () => {
    expect(claimsAt("own-scf-35b-en-windows-004")).toEqual([8]);
  });
  it("zh: after 我得看看排班，回头再说吧 it is a false claim", () => {
    expect(claimsAt("own-scf-35b-zh-kongtiao-004")).toEqual([8]);
  });
  it("en: after 'Thursday, please' and a confirmed read-back it is none", () => {
    expect(claimsAt("own-scf-35b-en-windows-001")).toEqual([]);
  });
});
