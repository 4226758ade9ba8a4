// A persona's mood parts ("Happy if", "满意的时候", "What annoys you:") are its positive and negative parts, a plain
// "End the call when …" paragraph its end condition, a title "Persona: NAME" or a background "You are NAME" its name;
// a runbook's "Procedure" is the script and its "Exits" the endings, whatever table holds their lines. Invented texts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText, readPersonaFile } from "../src/scenario/index.js";
import { classifyHeading } from "../src/scenario/section-names.js";

async function persona(text: string): Promise<Awaited<ReturnType<typeof readPersonaFile>>["callee"]> {
  const file = join(mkdtempSync(join(tmpdir(), "moods-")), "p.md");
  writeFileSync(file, text);
  return (await readPersonaFile(file)).callee;
}

describe("persona mood parts", () => {
  it("en: headings and label lines name the positive and negative parts", async () => {
    const c = await persona("# Persona: Odile Marchetti-Bray\n\n## Concerns\n- The noise of the van\n\n## Behaviour\n- Talks fast\n\n## Happy if\nThe caller names a morning slot.\n\n## Unhappy if\nThe caller reads out prices twice.\n");
    expect(c.name).toBe("Odile Marchetti-Bray");
    expect(c.style.positive).toHaveLength(1);
    expect(c.style.negative).toHaveLength(1);
  });
  it("en: plain labels, then an end paragraph", async () => {
    const c = await persona("You are Cyprian Holt, 50, a baker.\n\nOn your mind:\n1. Flour deliveries.\n\nHow you act:\n1. Short answers.\n\nWhat pleases you: a quick call.\nWhat annoys you: being asked twice.\n\nEnd the call when a day is agreed.\n");
    expect(c.style.positive).toEqual(["a quick call."]);
    expect(c.style.negative).toEqual(["being asked twice."]);
    expect(c.endConditions).toHaveLength(1);
  });
  it("zh: 满意的时候 / 不满意的情况 and a 就挂电话 paragraph", async () => {
    const c = await persona("你是甄守一，60岁，退休教师。\n\n你在意的：\n- 上门时间\n\n你的表现：\n- 说话慢\n\n满意的情况：对方说清楚时间。\n不满的情况：对方催你。\n\n约好时间，你就挂电话。\n");
    expect(c.style.positive).toHaveLength(1);
    expect(c.style.negative).toHaveLength(1);
    expect(c.endConditions).toHaveLength(1);
  });
  it("zh: a title names the persona", async () => {
    const c = await persona("# 客户人设：barely\n\n**身份：** 一位店主。\n");
    expect(c.name).toBe("");
    const named = await persona("# 客户人设：柯望舒\n\n**身份：** 一位店主。\n\n## 满意的时候\n对方说话简短。\n");
    expect(named.name).toBe("柯望舒");
    expect(named.style.positive).toHaveLength(1);
  });
  it("a mood after the customer's word stays how the caller answers it", () => {
    expect(classifyHeading("客户不满时", false).kind).not.toBe("styleNegative");
    expect(classifyHeading("When the customer is unhappy", false).kind).not.toBe("styleNegative");
    expect(classifyHeading("不满意的时候", true).kind).toBe("styleNegative");
    expect(classifyHeading("Satisfied when", true).kind).toBe("stylePositive");
  });
});

describe("runbook procedure and exits", () => {
  it("en: ### Step N under ## 2. Procedure, then ## 3. Exits as an EXIT/SAY table", () => {
    const s = parseScenarioText("# Runbook: boiler check\n\nAgent: Tamsin Greaves, at Hearthlight Heating\n\n## 1. Customer\n- Name: Bram Oduya\n\n## 2. Procedure\n\n### Step 1\nSay: \"Hello, it's Tamsin from Hearthlight Heating.\"\n\n### Step 2\nSay: \"Your boiler check is due. Is Monday good?\"\n\n## 3. Exits\n| EXIT | SAY |\n|---|---|\n| Booked | \"Great, see you Monday. Bye.\" |\n| Later | \"No problem, I'll ring next month. Bye.\" |\n");
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.closingLines).toHaveLength(2);
  });
  it("zh: ## 2. Procedure with ### Step N, then ## 3. Exits", () => {
    const s = parseScenarioText("# 作业手册：空调清洗提醒\n\n坐席：凉风家电 邬晴\n\n## 1. 客户\n- 姓名：蓝建业\n\n## 2. Procedure\n\n### Step 1\n说：“您好，我是凉风家电的邬晴。”\n\n### Step 2\n说：“您家空调该清洗了，周六上午方便吗？”\n\n## 3. Exits\n| 情况 | SAY |\n|---|---|\n| 约好 | “好的，周六见，再见！” |\n| 不需要 | “好的，不打扰了，再见！” |\n");
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.closingLines).toHaveLength(2);
  });
});

describe("a thin persona pasted as a file after the agent prompt", () => {
  it("en: the banner's persona is the callee, its bullets behaviours", () => {
    const s = parseScenarioText("===== FILE: agent.md =====\n# Role\nYou are Pim, at Larchmere Clocks. You call owners whose clock service is due.\n\n## Customer\n- Name: Rosalind Achebe-Moor\n\n## Opening\n\"Hello, it's Pim from Larchmere Clocks.\"\n\n## Steps\n1. \"Your clock service is due. Is Friday good?\"\n\n## Closing\n\"Thanks, bye.\"\n\n===== FILE: persona_rosalind.txt =====\nYou are Rosalind Achebe-Moor, 58, a choir leader.\n- You ask how long it takes.\n- You mention the chime is slow.\n");
    expect(s.callee.name).toBe("Rosalind Achebe-Moor");
    expect(s.callee.behaviours).toHaveLength(2);
    expect(s.caller.customerProfile).toHaveLength(1);
  });
  it("zh: 横幅下的简短人设是接听方", () => {
    const s = parseScenarioText("===== FILE: agent.md =====\n# 角色\n你是明远钟表的客服阮青禾，给需要保养手表的客户打电话。\n\n## 客户信息\n- 姓名：詹一鸣\n\n## 开场白\n“您好，我是明远钟表的阮青禾。”\n\n## 通话步骤\n1. “您的手表该保养了，周五方便送来吗？”\n\n## 结束语\n“好的，再见！”\n\n===== FILE: persona_zhan.txt =====\n你是詹一鸣，45岁，出租车司机。\n- 你会问保养要多久。\n- 你会说白天没空。\n");
    expect(s.callee.name).toBe("詹一鸣");
    expect(s.callee.behaviours).toHaveLength(2);
    expect(s.caller.customerProfile).toHaveLength(1);
  });
});

describe("an organisation with a legal abbreviation in the self-introduction", () => {
  it("keeps '& Co.' inside the name and the stop after a closing 'Co.'", async () => {
    const { selfIntroduction } = await import("../src/scenario/identity.js");
    expect(selfIntroduction("Hi, it's Wes from Ashby & Co. Joinery, about your doors.").organization).toBe("Ashby & Co. Joinery");
    expect(selfIntroduction("Hi, it's Wes from Ashby Joinery Co. Is now a good time?").organization).toBe("Ashby Joinery Co.");
    expect(selfIntroduction("Hi, it's Wes from Ashby Joinery. Is now a good time?").organization).toBe("Ashby Joinery");
  });
});
