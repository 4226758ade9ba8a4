// Three habits of documents pasted from shared editors: the grey-text convention (a step labelled 灰字 / GREY / [grey]
// is done, never said), a hooked arrow (↳) hanging a conditional line off the step above as a branch, and the
// customer's fields written on one line joined by ；/;/| (each a field of the record).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { joinedFields } from "../src/scenario/lists.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-grey-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const zh = `外呼人：客服 程一帆
机构：晴川洗衣

客户信息
姓名：计小满；订单：羽绒服两件；取件日：周五；电话：150****3321

通话步骤
1. 问好：「您好，请问是计小满女士吗？我是晴川洗衣的客服小程。」
2. 约取件：「您的羽绒服周五可以取，上午还是下午方便？」
\u3000\u3000↳如果客户说周五不在家：「可以放到楼下的代收点，您方便时去拿。」
3. 灰字：在系统里勾选"已通知"。
4. 提醒：「取件时带上取衣单就行。」
`;

const en = `Caller: Rowan Pike, front desk, Lanternfield Bikes

CUSTOMER
Name: Tess Arundel | Bike: touring frame | Service: full tune-up

Call flow
1. "Hi, is that Tess? It's Rowan from Lanternfield Bikes."
2. "Your bike is ready. Can you collect it on Friday?"
   ↳ If she can't come on Friday: "We're open Saturday until four as well."
3. [grey] Move the ticket to "ready" on the board.
4. GREY: note "called" on the job card.
5. "It's £60, and you can pay by card when you collect."
`;

type S = { caller: { steps: { lines: string[]; branches?: string[]; instructions?: string[] }[]; customerProfile: string[] } };

describe("grey notes, hooked branches and joined fields", () => {
  it("zh: a 灰字 step has no line, the ↳如果 line is a branch, the ；-joined record is four fields", async () => {
    const s = (await readScenarioFile(file("zh.txt", zh))) as unknown as S;
    expect(s.caller.steps.map((st) => st.lines.length)).toEqual([1, 1, 0, 1]);
    expect(s.caller.steps.map((st) => st.branches?.length ?? 0)).toEqual([0, 1, 0, 0]);
    expect(s.caller.steps[1]?.branches?.[0]).toMatch(/^如果客户说周五不在家/u);
    expect(s.caller.customerProfile).toHaveLength(4);
  });

  it("en: [grey] and GREY: steps have no line, ↳ If is a branch, the |-joined record is three fields", async () => {
    const s = (await readScenarioFile(file("en.txt", en))) as unknown as S;
    expect(s.caller.steps.map((st) => st.lines.length)).toEqual([1, 1, 0, 0, 1]);
    expect(s.caller.steps.map((st) => st.branches?.length ?? 0)).toEqual([0, 1, 0, 0, 0]);
    expect(s.caller.customerProfile).toEqual(["Name: Tess Arundel", "Bike: touring frame", "Service: full tune-up"]);
  });

  it("a conditional bullet indented under a numbered step is its branch, even when the condition labels a quote", async () => {
    const doc = "Caller: Rowan Pike, Lanternfield Bikes\n\nSteps\n1. \"Hi, is that Tess?\"\n2. \"Can you collect it on Friday?\"\n  - If she says Friday is no good: \"We're open Saturday as well.\"\n3. \"Thanks, bye.\"\n";
    const s = (await readScenarioFile(file("sub.txt", doc))) as unknown as S;
    expect(s.caller.steps.map((st) => st.branches?.length ?? 0)).toEqual([0, 1, 0]);
    expect(s.caller.steps.map((st) => st.lines.length)).toEqual([1, 1, 1]);
  });

  it("under a step whose line is in its body, an indented conditional bullet stays the body's own line", async () => {
    const doc = "Caller: Rowan Pike, Lanternfield Bikes\n\nSteps\n1. Greeting.\n   \"Hi, is that Tess?\"\n2. Rating.\n   \"How would you rate the service?\"\n   - If low: \"Sorry to hear that.\"\n3. Close.\n   \"Thanks, bye.\"\n";
    const s = (await readScenarioFile(file("body.txt", doc))) as unknown as S;
    expect(s.caller.steps.map((st) => st.branches?.length ?? 0)).toEqual([0, 0, 0]);
  });

  it("a colour inside a spoken line is no grey mark", async () => {
    const s = (await readScenarioFile(file("colour.txt", en.replace('[grey] Move the ticket to "ready" on the board.', '"Your bike is the grey one (grey frame), by the door."')))) as unknown as S;
    expect(s.caller.steps[2]?.lines).toHaveLength(1);
  });

  it("joined fields split only when three or more parts are each labelled", () => {
    expect(joinedFields("姓名：甲；电话：1；地址：乙")).toEqual(["姓名：甲", "电话：1", "地址：乙"]);
    expect(joinedFields("paper: matt, soft; finish: gloss")).toEqual(["paper: matt, soft; finish: gloss"]);
    expect(joinedFields("备注：周末在；工作日不在；晚上可以")).toEqual(["备注：周末在；工作日不在；晚上可以"]);
  });
});
