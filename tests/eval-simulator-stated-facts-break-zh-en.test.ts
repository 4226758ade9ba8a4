// Simulator section, persona-break on a stated fact: the customer says it is retired where its persona works, or
// that it is at work / on a shift where its persona is retired; it says it has no children where its persona has
// one, or speaks of its own child where the persona has none. A line about someone else, and a persona that says
// nothing of it, pass. Invented documents.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

const EN = (persona: string) => `# Outbound call: boat mooring renewal (Harbourside Moorings)

## Caller

**Who you are:** Tom, berth office at Harbourside Moorings.

**Purpose:** renew the customer's mooring for next season.

**Customer record**
- Customer: Mrs Elsie Brandt
- Mooring: pontoon C, berth 12

### Steps
1. Greet and ask for Mrs Brandt.
2. Say the mooring is up for renewal.
3. Ask whether she renews for next season.
4. Close.

### Endings
- Renewed: "Thanks, that's renewed. Bye."

## Callee (role-play)

### Persona
${persona}

### End conditions
1. She renews.
`;

const ZH = (persona: string) => `# 外呼：车位续租（云杉停车）

## 拨打方

**身份：** 小钱，云杉停车管理处。

**目的：** 客户的月租车位到期，确认是否续租。

**客户资料**
- 客户：邵雨桐女士
- 车位：B2-117

### 步骤
1. 问好，确认是邵女士本人。
2. 说明车位到期。
3. 问是否续租。
4. 结束。

### 结束语
- 续租："好的，给您续上了，再见。"

## 被叫方（角色扮演）

### 人设
${persona}

### 结束条件
1. 续租。
`;

function breaks(doc: string, lang: "zh" | "en", lines: readonly string[]): number[] {
  const scenario = parseScenarioText(doc);
  const card = evaluateCall(scenario, parseCall(lines.join("\n"), `${lang}.txt`, scenario));
  const check = card.simulator.checks.find((c) => c.id === "persona-break");
  return check === undefined || check.passed ? [] : check.turns;
}

const enCall = (answer: string) => [
  "Tom: Hello, it's Tom from Harbourside Moorings. Is that Mrs Elsie Brandt?",
  "Elsie Brandt: Yes, speaking.",
  "Tom: Your mooring on pontoon C is up for renewal. Would you like to renew for next season?",
  `Elsie Brandt: ${answer}`,
  "Tom: Thanks, that's renewed. Bye.",
];
const zhCall = (answer: string) => [
  "小钱：您好，我是云杉停车管理处的小钱，请问是邵雨桐女士吗？",
  "邵雨桐：是我。",
  "小钱：您的B2-117车位到期了，您看要不要续租？",
  `邵雨桐：${answer}`,
  "小钱：好的，给您续上了，再见。",
];

const enRetired = EN("Elsie Brandt, 69, a retired pharmacist, sails at weekends. Her son works on the ferries.");
const enWorking = EN("Elsie Brandt, 44, works full-time as a nurse at the county hospital.");
const zhWorking = ZH("邵雨桐，36岁，在一家设计公司上班，工作日很忙。");
const zhRetired = ZH("邵雨桐，66岁，退休教师，丈夫还在上班。");

describe("persona-break: retired or working, against the persona", () => {
  it("en: 'I'm at work' from a retired persona -> turn 3", () => {
    expect(breaks(enRetired, "en", enCall("Yes please. I'm at work till five, so be quick."))).toEqual([3]);
  });
  it("en: 'I'm retired now' from a working persona -> turn 3", () => {
    expect(breaks(enWorking, "en", enCall("Yes. I'm retired now, so I'm on the boat most days."))).toEqual([3]);
  });
  it("en: a son at work, or the persona's own status, passes", () => {
    expect(breaks(enRetired, "en", enCall("Yes please. My son's at work, I'll tell him."))).toEqual([]);
    expect(breaks(enRetired, "en", enCall("Yes please. I'm retired, I've all the time in the world."))).toEqual([]);
  });
  it("zh: 在职人设说“我都退休好几年了” -> turn 3", () => {
    expect(breaks(zhWorking, "zh", zhCall("续吧，我都退休好几年了，天天在家。"))).toEqual([3]);
  });
  it("zh: 退休人设说“我在上班” -> turn 3；说丈夫上班则无妨", () => {
    expect(breaks(zhRetired, "zh", zhCall("续，我在上班，快点说。"))).toEqual([3]);
    expect(breaks(zhRetired, "zh", zhCall("续，我退休了，不着急。"))).toEqual([]);
  });
});

const enMother = EN("Elsie Brandt, 52, a ferry ticket clerk, lives with her daughter Mina.");
const enChildless = EN("Elsie Brandt, 58, a harbour pilot, married, no children.");
const zhMother = ZH("邵雨桐，36岁，在一家设计公司上班，有一个上幼儿园的儿子。");

describe("persona-break: children, against the persona", () => {
  it("en: 'I don't have kids' from a mother -> turn 3; from a persona that says nothing of children, passes", () => {
    expect(breaks(enMother, "en", enCall("Yes please. I don't have kids, so weekends are free."))).toEqual([3]);
    expect(breaks(enWorking, "en", enCall("Yes please. I don't have kids, so weekends are free."))).toEqual([]);
  });
  it("en: 'my son' from a persona with no children -> turn 3", () => {
    expect(breaks(enChildless, "en", enCall("Yes, my son uses the boat too."))).toEqual([3]);
  });
  it("zh: 有儿子的人设说“我家又没孩子” -> turn 3；说自己儿子则无妨", () => {
    expect(breaks(zhMother, "zh", zhCall("续吧，我家又没孩子，车位就我一个人用。"))).toEqual([3]);
    expect(breaks(zhMother, "zh", zhCall("续吧，我儿子上幼儿园，每天接送要用车。"))).toEqual([]);
  });
});
