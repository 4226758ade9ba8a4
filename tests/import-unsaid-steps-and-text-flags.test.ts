// Steps a program marks off or marks unsaid: a flag written as text (`active = "false"` as a loose TOML reading gives
// it) drops the record as a boolean does; a text made by a constructor named for a thing done (`.silent("…")`) is a
// note, not a line; a branch under a key led by the word (`branchIfBusy = (…)`) hangs from its step.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-unsaid-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
type S = { caller: { steps: { lines: unknown[]; branches?: unknown[] }[] } };
const lineCounts = (s: S): number[] => s.caller.steps.map((st) => st.lines.length);
const branchesAt = (s: S): number[] => s.caller.steps.map((st) => st.branches?.length ?? 0);

const toml = (caller: string, org: string, lines: string[], off: string): string => `[caller]
name = "${caller}"
organization = "${org}"

[opening]
text = "${lines[0]}"

[[steps]]
n = 1
say = "${lines[1]}"

[[steps]]
n = 2
say = "${off}"
active = false    # dropped last month

[[steps]]
n = 2
say = "${lines[2]}"

[[steps]]
n = 3
say = "${lines[3]}"

[closing]
lines = ["${lines[4]}"]
`;

const swift = (caller: string, lines: string[], silent: string, when: string): string => `import Foundation

enum Line {
    case say(String)
    case silent(String)
}

struct Step {
    let no: Int
    let line: Line
}

let caller = "${caller}"
let opening = "${lines[0]}"

let steps: [Step] = [
    Step(no: 1, line: .say("${lines[1]}")),
    Step(no: 2, line: .silent("${silent}")),
    Step(no: 3, line: .say("${lines[2]}")),
]

let branchIfBusy = (ifCustomer: "${when}", then: "${lines[3]}")

let closing = ["${lines[4]}"]
`;

describe("steps marked off or unsaid in a program's data", () => {
  it("en: a TOML step with active = false is dropped, its live twin of the same number kept", async () => {
    const s = await readScenarioFile(file("kiln.toml", toml("Maren Holt", "Eastmoor Kiln Repairs", ["Hi, it's Maren from Eastmoor Kiln Repairs about your kiln service.", "The engineer can come on Monday morning.", "Please let the kiln cool for a full day first.", "The visit takes about two hours.", "Thanks, see you Monday."], "We can also add a new thermocouple for twenty pounds.")));
    expect(s.caller.steps.length).toBe(3);
    expect(lineCounts(s)).toEqual([1, 1, 1]);
  });
  it("zh: TOML 里 active = false 的步骤去掉，同号的在用步骤保留", async () => {
    const s = await readScenarioFile(file("kiln-zh.toml", toml("祁晓岚", "东岭窑炉维修", ["您好，我是东岭窑炉维修的祁晓岚，来约窑炉保养。", "师傅周一上午可以上门。", "麻烦提前一天让窑炉完全冷却。", "保养大概两个小时。", "好的，那周一见。"], "热电偶可以顺便换新，加收二十元。")));
    expect(s.caller.steps.length).toBe(3);
    expect(lineCounts(s)).toEqual([1, 1, 1]);
  });
  it("en: a .silent(…) step says nothing and a branchIfBusy tuple hangs from the last step", async () => {
    const s = await readScenarioFile(file("Kiln.swift", swift("Maren Holt", ["Hi, it's Maren about your kiln service.", "The engineer can come on Monday morning.", "The visit takes about two hours.", "No problem, we can come on Wednesday instead.", "Thanks, see you Monday."], "Tick the booking in the diary", "they are busy on Monday")));
    expect(lineCounts(s)).toEqual([1, 0, 1]);
    expect(branchesAt(s)).toEqual([0, 0, 1]);
  });
  it("zh: .silent(…) 的步骤不开口，branchIfBusy 元组挂在最后一步", async () => {
    const s = await readScenarioFile(file("KilnZh.swift", swift("祁晓岚", ["您好，我是祁晓岚，来约窑炉保养。", "师傅周一上午可以上门。", "保养大概两个小时。", "没关系，那改到周三上门。", "好的，那周一见。"], "在排班表里登记", "客户说周一没空")));
    expect(lineCounts(s)).toEqual([1, 0, 1]);
    expect(branchesAt(s)).toEqual([0, 0, 1]);
  });
});
