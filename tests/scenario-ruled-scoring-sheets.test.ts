import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

// Plain-text scoring sheets: a table lined up by spaces between dashed rules, its header in any case (titles parted by
// two spaces), rows numbered "1 Title" or in a "#" column, cells wrapped over several lines (a cell may spill past its
// column's start). A line the writer ended short is a line of its own; in a column that quotes what is said, a
// condition is a branch (an unquoted direction stays a line: the scorer reads a step by its lines). Marks and
// deductions are the marker's, not the caller's.
const EN = `KEYSAFE FITTING - CALL MARKING SHEET
Marker: team lead Odile Brannigan
========================================================

Agent: Piers Okonkwo-Hale, bookings, Keysafe Fitters

-----------------------------------------------------------------------------
#  Part           Pts  Standard wording                            Loses
-----------------------------------------------------------------------------
1  Hello          10   "Good morning, is that Ms Fairlie? It's      No name -5
                       Piers from Keysafe Fitters."
2  Check          20   Ask for the house number on the order.       Skipped -20
                       If it is wrong, apologise and end the
                       call.
3  Offer          30   "We can fit the key safe on Monday or        Pushy -10
                       Wednesday morning - which is better?"
                       If neither, offer the Saturday list.
4  Wrap-up        40   Read the day back, then the closing line.    Missed -10
-----------------------------------------------------------------------------

CLOSING
  "Thanks, Ms Fairlie - see you then. Goodbye."
`;

const ZH = `安心锁具上门安装 外呼评分表
制表：品控 邬佩
=========================================================

外呼人：安心锁具 客服 季含章

客户资料
  客户：柏文英 女士
  地址：梧桐里 6 栋

-------------------------------------------------------------------------
评分项          分值  标准话术                                  扣分点
-------------------------------------------------------------------------
1 开场          10    “您好，是柏女士吗？我是安心锁具的季含章，    没报名字 -5
                      来跟您约安装时间。”
2 核对          20    请客户说一下楼栋号。                      未核对 -20
3 约时间        40    给两个时间选：                            只给一个 -10
                      周一 上午 9:00
                      周三 下午 15:00
                      都不行 → 约她自己定的时间
                      客户忙 → 约回电
4 结束          30    “好的柏女士，那就到时候见，再见！”        没说 -30
-------------------------------------------------------------------------

结束语对照
  约好了：“好的柏女士，那就到时候见，再见！”
`;

describe("a scoring sheet whose table is lined up by spaces", () => {
  it("en: a header in any case between rules, wrapped rows, branches kept apart", () => {
    const s = parseScenarioText(EN);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Hello", "Check", "Offer", "Wrap-up"]);
    expect(s.caller.steps.map((step) => step.lines.length)).toEqual([1, 1, 1, 1]);
    expect(s.caller.steps[0]?.lines[0]).toBe("Good morning, is that Ms Fairlie? It's Piers from Keysafe Fitters.");
    expect(s.caller.steps[1]?.branches).toEqual(["If it is wrong, apologise and end the call."]);
    expect(s.caller.steps[2]?.branches).toEqual(["If neither, offer the Saturday list."]);
    expect(s.caller.steps.flatMap((step) => [...step.lines, ...(step.instructions ?? [])]).join(" ")).not.toMatch(/-\d/);
  });

  it("zh: titles two spaces apart, rows numbered '1 开场', a list of times and arrow branches, a closing reference", () => {
    const s = parseScenarioText(ZH);
    expect(s.caller.name).toBe("季含章");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["开场", "核对", "约时间", "结束"]);
    expect(s.caller.steps.map((step) => step.lines.length)).toEqual([1, 1, 3, 1]);
    expect(s.caller.steps[0]?.lines[0]).toBe("您好，是柏女士吗？我是安心锁具的季含章，来跟您约安装时间。");
    expect(s.caller.steps[2]?.lines).toEqual(["给两个时间选：", "周一 上午 9:00", "周三 下午 15:00"]);
    expect(s.caller.steps[2]?.branches).toEqual(["都不行 → 约她自己定的时间", "客户忙 → 约回电"]);
    expect(s.caller.closingLines).toHaveLength(1);
  });
});
