// A call script kept in a Windows batch file's variables (`set "NAME=value"`, `set NAME=value`, REM/:: lines
// dropped, `%NAME%` filled, `IF_STEP2`/`THEN_STEP2` as step 2's condition, `OBJ1_Q` as an objection) and in code
// that writes into indexed names (`say[2] = …`, `customer["name"] = …`, `s.steps{1} = …`, `s.customer.name = …`,
// MATLAB's doubled quote `'It''s'`, `closing = {'…'}`).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-batch-indexed-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
type Read = Awaited<ReturnType<typeof readScenarioFile>>;
const lines = (s: Read): number => s.caller.steps.reduce((n, st) => n + st.lines.length, 0);
const branches = (s: Read): number => s.caller.steps.reduce((n, st) => n + (st.branches?.length ?? 0), 0);
const objections = (s: Read): number => s.caller.knowledgeBase.filter((k) => k.kind === "objection").length;
/** steps, spoken lines, branches, kb, objections, closing lines, profile lines */
const counts = (s: Read): number[] => [s.caller.steps.length, lines(s), branches(s), s.caller.knowledgeBase.length, objections(s), s.caller.closingLines.length, s.caller.customerProfile.length];

const EN_BATCH = `@echo off
REM Gutter clearing reminder. Kept by the office volunteer.
set "CALLER=Jonas Weller"
set "FIRM=Brightline Gutters"
set "CUSTOMER_NAME=Priya Anand"
set "CUSTOMER_HOUSE=two-storey semi"
set "CUSTOMER_LAST=cleared last spring"
set "OPENING=Hi Priya, it's Jonas from %FIRM%, your gutters are due a clear, have you a minute?"
set "STEP1=We'd clear the gutters and flush the downpipes, it takes about an hour."
set "STEP2=I have Monday or Thursday morning, which is better?"
REM set "STEP3=We also fit leaf guards, shall I add them?"
set "STEP3="
set "IF_STEP2=she says neither morning works"
set "THEN_STEP2=No trouble, I'll ring you next week with new times."
set "FAQ1_Q=Do I need to be home"
set "FAQ1_A=No, we only need access to the side gate."
set "OBJ1_Q=They look fine to me"
set "OBJ1_A=They often look fine from below, the silt sits in the bottom where you can't see it."
set "CLOSING=Great, we'll text you the day before. Thanks Priya."
echo %OPENING%
`;

const ZH_BATCH = `@echo off
:: 空调清洗回访 话术
set CALLER=钱若溪
set SHOP=清风家电清洗
set CUSTOMER_NAME=董建平
set CUSTOMER_UNIT=客厅柜机
set CUSTOMER_DATE=上周二清洗
set CUSTOMER_ADDR=幸福小区
set OPENING=董先生您好，我是%SHOP%的%CALLER%，上周给您家清洗了空调，回访一下效果。
set STEP1=现在开机还有异味吗？出风正常吗？
:: set STEP2=我们现在有油烟机清洗活动，要不要了解一下？
set STEP2=清洗后的保修期是三个月，有问题随时找我们。
set IF_STEP1=客户说还有异味
set THEN_STEP1=那我安排师傅再免费上门看一下。
set FAQ1_Q=多久清洗一次
set FAQ1_A=一般一年一次，家里有宠物的半年一次。
set CLOSING=好的，祝您生活愉快，再见。
echo %OPENING%
`;

const EN_AWK = `#!/usr/bin/awk -f
# Piano tuning recall. Everything the caller says is set in BEGIN.
BEGIN {
    caller  = "Edith Marlowe"
    company = "Harmony Piano Tuning"
    customer["name"]  = "Colin Yates"
    customer["piano"] = "upright, 1970s"
    customer["last"]  = "tuned last March"
    opening = "Hello Colin, it's Edith from Harmony Piano Tuning, your piano is due its yearly tune."
    say[1] = "Has it been holding its pitch, any sticky keys?"
    say[2] = "I have Wednesday or Friday afternoon free, which suits you?"
    closing = "Lovely, see you then. Thanks Colin."
}
END { print opening }
`;

const EN_MATLAB = `% Boat winterising follow-up
function s = script()
s.caller = 'Morag Finlay';
s.company = 'Loch Side Marine';
s.customer.name = 'Duncan Reid';
s.customer.boat = '6m day boat';
s.customer.mooring = 'pontoon B';
s.opening = 'Hello Duncan, it''s Morag from Loch Side Marine about winterising the boat.';
s.steps{1} = 'We''d flush the engine and fog the cylinders before the frosts.';
s.steps{2} = 'Would next Tuesday or Thursday suit for the lift out?';
s.closing = {'Thanks Duncan, we''ll confirm by text.'};
end
`;

describe("a batch script's variables are its call script", () => {
  it("reads the quoted form: names, profile, steps with a condition, FAQ and objection, closing (en)", async () => {
    const s = await readScenarioFile(file("gutters.cmd", EN_BATCH));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["Jonas Weller", "Brightline Gutters", "Priya Anand"]);
    expect(s.caller.opening).toBe("Hi Priya, it's Jonas from Brightline Gutters, your gutters are due a clear, have you a minute?");
    expect(counts(s)).toEqual([3, 2, 1, 2, 1, 1, 3]);
  });
  it("reads the bare form with :: comments (zh)", async () => {
    const s = await readScenarioFile(file("aircon.bat", ZH_BATCH));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["钱若溪", "清风家电清洗", "董建平"]);
    expect(counts(s)).toEqual([2, 2, 1, 1, 0, 1, 4]);
  });
});

describe("code that writes into indexed names", () => {
  it("reads AWK arrays: the customer record, the numbered lines", async () => {
    const s = await readScenarioFile(file("piano.awk", EN_AWK));
    expect([s.caller.name, s.callee.name]).toEqual(["Edith Marlowe", "Colin Yates"]);
    expect(s.caller.customerProfile).toEqual(["name: Colin Yates", "piano: upright, 1970s", "last: tuned last March"]);
  });
  it("reads a MATLAB struct: nested fields, cell steps, doubled quotes, a one-line cell closing", async () => {
    const s = await readScenarioFile(file("boat.m", EN_MATLAB));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["Morag Finlay", "Loch Side Marine", "Duncan Reid"]);
    expect(s.caller.opening).toBe("Hello Duncan, it's Morag from Loch Side Marine about winterising the boat.");
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps.map((st) => [st.title, ...st.lines].join(" ")).join(" ")).toContain("We'd flush the engine");
    expect([s.caller.closingLines, s.caller.customerProfile.length]).toEqual([["Thanks Duncan, we'll confirm by text."], 3]);
  });
});
