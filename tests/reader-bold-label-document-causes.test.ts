// Causes found on a blind document written with bold labels only (each shown here on a document written for the test):
// a "Customer: …" value inside the customer record is a field, not the customer's side; a customer described after the
// script stays the customer though a label before it ("Questions customers ask") named the customer; a knowledge base
// written as list items with an emphasised lead ("- *Can I …?* Yes …", "- *Parking.* …"); a "Step 1 — …" line too long to
// be read as a label starts the script all the same.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const en = (dot: string): string => `**Caller role${dot}** Mira Kent, bookings assistant at Ridgeway Bike Repairs.

**Goal of the call${dot}** Move Mr Ode's service to another day and answer his questions.

**Customer record${dot}**
Customer: Mr Sam Ode. Bike: a blue touring bike. Service booked: Friday.

**Script${dot}**
Step 1 (opening). "Hi, it's Mira from Ridgeway Bike Repairs. Is that Sam Ode?"
Step 2 (new day). "Could we move your service to Monday or Tuesday?"

**Questions customers ask${dot}**
- *Can I still ride it until then?* Yes, if the brakes feel normal.
- *Will the price change?* No, it stays the same.
- *Parking.* There are two spaces behind the shop.

**Opening${dot}** "Hi, it's Mira from Ridgeway Bike Repairs. Is that Sam Ode?"

**Ending the call${dot}**
(a) Day chosen: "Great, see you then. Bye."
(b) No day works: "I'll ask the workshop to call you back. Bye."

---

**Callee persona${dot}** Sam Ode, 45, a postman who rides to work every day.

**What he worries about${dot}** Being without his bike; paying more.

**How he behaves${dot}** Short answers; asks whether he can still ride.
`;

describe("a document of bold labels only", () => {
  it.each([":", "."])("reads both sides with labels ending in '%s'", (dot) => {
    const s = parseScenarioText(en(dot));
    expect(s.caller.name).toBe("Mira Kent");
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.opening).not.toBeNull();
    expect(s.caller.closingLines.length).toBe(2);
    expect(s.caller.knowledgeBase.map((e) => e.question)).toEqual(["Can I still ride it until then?", "Will the price change?", "Parking."]);
    expect(s.callee.name).toBe("Sam Ode");
    expect(s.callee.concerns.length).toBeGreaterThan(0);
    expect(s.callee.behaviours.length).toBeGreaterThan(0);
  });

  it("reads the zh knowledge base written as list items with bold leads", () => {
    const s = parseScenarioText(`**角色**：林悦，城西自行车维修店的预约专员。

**任务**：把客户的保养改到下周。

**通话步骤**：
第1步 开场：“您好，我是城西自行车维修店的林悦，请问是欧先生吗？”
第2步 改期：“您的保养能改到周一或周二吗？”

**客户常问**：
- **这几天还能骑吗？** 刹车正常就可以骑。
- **价格会变吗？** 不变。

**接听方人设**：欧先生，45 岁，邮递员。
`);
    expect(s.caller.knowledgeBase.map((e) => e.question)).toEqual(["这几天还能骑吗？", "价格会变吗？"]);
  });

  it("reads 'Step N —' lines as the script, a long first one too (it was lost into the text above it)", () => {
    const s = parseScenarioText(`# SIDE 1: the caller

You are **Ivo Brandt**, a service planner at **Nordhaven Boilers**, calling about a boiler service.

> What you know
> - Customer: Ms Lund, boiler fitted six years ago

**Rules for this call**
- Confirm who answered before any detail.

**How the visit gets booked**

Step 1 — Greeting. "Hello, is that Ms Lund? It's Ivo from Nordhaven Boilers, about your boiler."
Step 2 — Reason. "Your boiler is due its yearly service."
Step 3 — Date. "Would Tuesday or Thursday suit you?"

**Questions and answers**
- Q: How long does it take? A: About an hour.
- Q: Is there a charge? A: It is part of your plan.

# SIDE 2: the person called

**Persona:** Ms Lund, 50, works from home.
`);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Greeting", "Reason", "Date"]);
    expect(s.caller.knowledgeBase.length).toBe(2);
  });
});
