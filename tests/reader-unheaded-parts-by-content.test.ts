// Parts found by what they hold when their label names nothing the reader knows: 'If they ask …:' items and
// 'question? answer' items as a knowledge base, lettered items with a quoted line under each as the script, and a
// quoted question answered under an objections label as an objection.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

describe("unheaded parts by content", () => {
  it("reads 'If they ask …: answer' items under a label naming the customers as a knowledge base", () => {
    const s = parseScenarioText(`You are Noor Haddad, a coordinator at Saltmarsh Kennels.

What owners bring up:
- If they ask whether walks are included: yes, two a day on the marsh path.
- If they ask about vaccinations: kennel cough must be less than a year old.

## Steps
1. Greet: "Hi, it's Noor from Saltmarsh Kennels about Bramble's stay."
`);
    expect(s.caller.knowledgeBase.map((e) => e.answer.slice(0, 3))).toEqual(["yes", "ken"]);
  });

  it("reads items that each ask a question and answer it on the same line as a knowledge base", () => {
    const s = parseScenarioText(`Hilltop Scaffolding call sheet

Caller: Tess Arden, Hilltop Scaffolding

Call flow
(1) Confirm
	"Are we still fine to put the scaffold up on Monday?"

Things they wonder about
- Will it block the drive? Only for the first morning.
- Is it insured? Yes, fully, for the whole hire.
`);
    expect(s.caller.steps.length).toBe(1);
    expect(s.caller.knowledgeBase.length).toBe(2);
  });

  it("reads lettered items with a quoted line indented under each, under a label it does not know, as the script", () => {
    const s = parseScenarioText(`You are Jem Pike from Rowan Chimney Sweeps.

**On the phone**

A. Check the fire
   "Has the stove been drawing well since we swept it?"
B. Book the next sweep
   "Shall I pencil you in for next October?"
`);
    expect(s.caller.steps.map((step) => [step.title, step.lines.length])).toEqual([["Check the fire", 1], ["Book the next sweep", 1]]);
  });

  it("reads a quoted question answered with an arrow under an objections label as an objection", () => {
    const s = parseScenarioText(`## Role
You are Ros Vale from Ember Stoves.

## Steps
1. Offer: "Would you like a service visit this month?"

## Objections
- "Why would I pay for a check?" → "A blocked flue is how most stove fires start."
- "Can't it wait?" → "It can, but the autumn slots go fast."
`);
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection").length).toBe(2);
  });

  it("reads a '| They say | You say |' table as objection handling", () => {
    const s = parseScenarioText(`## Role
You are Lou Marsh from Quayside Glazing.

## Steps
1. Offer: "Shall we book the survey for Thursday?"

## Pushback
| They say | You say |
|---|---|
| "It's too much." | "We can spread it over six months." |
| "Not this year." | "The price holds until March." |
`);
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection").length).toBe(2);
  });

  it("reads objection pairs under a label it does not know, as arrows or as 'When he says … you say …' sentences", () => {
    const s = parseScenarioText(`## Role
You are Wynn Abel from Gorse Solar.

## Steps
1. Offer: "Shall we book the panel clean for May?"

## When they hesitate
When he says "The rain cleans them." you say: "Rain leaves a film that costs about a tenth of the output."
- "Is it safe on my roof?" → "We work from poles on the ground."
`);
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection").length).toBe(1);
    const zh = parseScenarioText(`## 角色
你是青檀家政的顾问小祁。

## 步骤
1. 开场：“您好，我是青檀家政的小祁。”

## 遇到推脱
如果客户说“最近太忙”，就说：“我们可以约周末，半天就好。”
如果客户说“太贵了”，就说：“第一次上门有九折。”
`);
    expect(zh.caller.knowledgeBase.filter((e) => e.kind === "objection").length).toBe(2);
  });

  it("reads 'Objection: … Response: …' on one line, and a label after an answer does not join it", () => {
    const s = parseScenarioText(`## Role
You are Kit Orme from Fallow Yoga.

## Steps
1. Offer: "Would you like the spring pass?"

## FAQ
Objection: "It's far for me." Response: "There is an online class every evening."

Other things people ask:
Q: Can I pause the pass? A: Yes, for up to a month.
`);
    expect(s.caller.knowledgeBase.map((e) => [e.question, e.answer, e.kind ?? "qa"])).toEqual([
      ["It's far for me.", "There is an online class every evening.", "objection"],
      ["Can I pause the pass?", "Yes, for up to a month.", "qa"],
    ]);
  });

  it("reads asked-and-answered items under a label heading though a rule paragraph follows them", () => {
    const s = parseScenarioText(`You are Mae Cole, a host at Brindle Cookery School.

What guests bring up:
- If they ask whether aprons are provided: yes, and they can keep them.
- If they ask about allergies: tell us two days before and we adapt the menu.

Never promise a refund on the phone.

## Steps
1. Greet: "Hi, it's Mae from Brindle Cookery School."
`);
    expect(s.caller.knowledgeBase.length).toBe(2);
  });
});
