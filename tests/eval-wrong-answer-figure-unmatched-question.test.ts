// A sum or length the caller invents on an entry's topic contradicts that entry's figure even when the customer's
// question was never matched to the entry ("£60 extra" said where the entry states "£25 extra"); the entry's own sum
// said in words ("forty pounds") is no contradiction.
import { describe, expect, it } from "vitest";
import { loadLabels } from "../src/eval/agreement/load-labels.js";
import { evaluateCall } from "../src/eval/evaluate-call.js";
import { judgementOf } from "../src/eval/agreement/agreement.js";

const items = await loadLabels("tests/labelled/own-scf-35b/tune", { onUnreadableScenario: () => undefined });
const wrongAt = (id: string): (number | null)[] => {
  const item = items.find((i) => i.label.id === id);
  if (item === undefined) throw new Error(`no labelled call ${id}`);
  return judgementOf(evaluateCall(item.scenario, item.call)).faults.filter((f) => f.kind === "wrong-answer").map((f) => f.turn);
};

describe("an invented figure on an entry's topic", () => {
  it("en: '£60 extra' where the entry says £25 is a wrong answer", () => {
    expect(wrongAt("own-scf-35b-en-windows-002")).toEqual([6]);
  });
  it("zh: 第三台收80元 where the entry says 120 元 is a wrong answer", () => {
    expect(wrongAt("own-scf-35b-zh-kongtiao-002")).toEqual([6]);
  });
  it("en: the entry's £40 said as 'forty pounds' is no wrong answer", () => {
    expect(wrongAt("own-scf-35b-en-windows-005")).toEqual([]);
  });
});
