// General layout rules behind the heldout-b misses, each on a document written here in new words: a "you are…" preface
// is the caller's even after a label was read; a script's quoting convention is weighed over all its steps; prose is
// sorted sentence by sentence; an unknown heading over a numbered quoted list or Q:/A: items is the script or FAQ; a
// sole H1 over other labels is a title; "注意：" ends the script; identity only from a name the text is sure of.
import { describe, expect, it } from "vitest";
import { importPlatform } from "../src/import/index.js";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { sortProse } from "../src/scenario/prose.js";

const branchCount = (steps: { branches?: string[] }[]): number => steps.reduce((n, s) => n + (s.branches?.length ?? 0), 0);

describe("the caller's preface and the script's own conventions", () => {
  it("a 'you are…' paragraph before bold stages is the caller's, though a 'Closing:' label was read first", () => {
    const s = parseScenarioText(
      [
        "You are Odile, a renewals assistant at Pinecrest Library. Members with overdue loans get a friendly call.",
        "",
        "**I. Stage: Hello**",
        "- Say your name and the library.",
        "- \"Hello, this is Odile at Pinecrest Library, have you got a second?\"",
        "",
        "**II. Stage: The loans**",
        "- \"Two of your books were due last Monday, would you like me to renew them?\"",
        "- If they have lost a book, then explain the replacement form.",
        "",
        "Closing: \"Thanks, enjoy your reading!\"",
      ].join("\n"),
    );
    expect(s.caller.name).toBe("Odile");
    expect(s.caller.organization).toBe("Pinecrest Library");
    expect(s.caller.steps.map((x) => x.lines.length)).toEqual([1, 1]);
    expect(s.caller.steps[0]?.instructions).toEqual(["Say your name and the library."]);
    expect(branchCount(s.caller.steps)).toBe(1);
    expect(s.caller.closingLines).toEqual(["Thanks, enjoy your reading!"]);
  });

  it("in a script that quotes its lines, an unquoted line under a stage or a numbered step is an instruction", () => {
    const s = parseScenarioText(
      [
        "## Caller",
        "Role: Bram, a tuning coordinator at Keyline Pianos.",
        "## Steps",
        "1. Confirm the visit",
        "   - Check the address and the piano's room.",
        "   - \"Is the piano still in the front room on the ground floor?\"",
        "2. Offer a slot",
        "   - \"Thursday at ten or Friday at two, which suits you?\"",
        "3. Wrap up",
        "   - Read the slot back to them.",
        "## Opening line",
        "\"Hi, Bram from Keyline Pianos here.\"",
      ].join("\n"),
    );
    expect(s.caller.steps.map((x) => x.lines)).toEqual([
      ["Is the piano still in the front room on the ground floor?"],
      ["Thursday at ten or Friday at two, which suits you?"],
      [],
    ]);
    expect(s.caller.steps[2]?.instructions).toEqual(["Read the slot back to them."]);
  });

  it("a plain script that quotes nothing still says its lines", () => {
    const s = parseScenarioText(["## Caller", "Role: Bram from Keyline Pianos.", "## Steps", "1. Greet", "   - Hello, it's Bram.", "2. Book", "   - When would suit you?"].join("\n"));
    expect(s.caller.steps.map((x) => x.lines)).toEqual([["Hello, it's Bram."], ["When would suit you?"]]);
  });

  it("a step title's second sentence that is a condition is a branch; a quote after a finished sentence is said", () => {
    const s = parseScenarioText(
      [
        "## Caller",
        "Role: 周岚——青禾书店的店员。",
        "## 步骤",
        "1. 确认订书：“您订的三本书到了，您看什么时候来取？”",
        "2. 说明保留期。若客户这周来不了，则可以延长到下周五。",
        "3. 道别，别拖太久。“那就不打扰您了，再见。”",
      ].join("\n"),
    );
    expect(s.caller.steps.map((x) => x.title)).toEqual(["确认订书", "说明保留期。", "道别，别拖太久。"]);
    expect(s.caller.steps[1]?.branches).toEqual(["若客户这周来不了，则可以延长到下周五。"]);
    expect(s.caller.steps[2]?.lines).toEqual(["那就不打扰您了，再见。"]);
  });
});

describe("prose sorted sentence by sentence", () => {
  it("quotes are said, conditions are branches, the rest instructions; a 'Say:' label is dropped", () => {
    expect(sortProse("Ask which colour they chose. Say: \"Was it the green or the grey frame?\" If they have not decided, then offer to send photos. Then move on.")).toEqual({
      lines: ["Was it the green or the grey frame?"],
      instructions: ["Ask which colour they chose.", "Then move on."],
      branches: ["If they have not decided, then offer to send photos."],
    });
    expect(sortProse("先核对车牌，说：“请问车牌尾号是不是三七？”若对方说换车了，则记下新车牌。核对完调用 next_step。")).toEqual({
      lines: ["请问车牌尾号是不是三七？"],
      instructions: ["先核对车牌", "核对完调用 next_step。"],
      branches: ["若对方说换车了，则记下新车牌。"],
    });
  });

  it("a platform state written as prose keeps its condition as a branch of the step", () => {
    const reading = importPlatform(
      {
        general_prompt: "You are Tove from Saltmarsh Bikes. You call people whose bike service is finished.",
        begin_message: "Hi, Tove from Saltmarsh Bikes, your bike is ready.",
        states: [{ name: "pickup", state_prompt: "Agree a pickup time. Say: \"We're open till six, would today work?\" If they cannot come this week, then offer to hold it for ten days." }],
      },
      "bikes.json",
    );
    const step = reading?.scenario.caller.steps[0];
    expect(step?.lines).toEqual(["We're open till six, would today work?"]);
    expect(step?.branches).toEqual(["If they cannot come this week, then offer to hold it for ten days."]);
  });
});

describe("sections found by what they hold", () => {
  it("an unknown heading over a numbered list of quoted lines is the script; over Q:/A: items it is the FAQ", () => {
    const s = parseScenarioText(
      [
        "# Prompt",
        "You are Wren from Tidewater Kayaks. You call customers who booked a spring tour.",
        "## Points to make",
        "1. Confirm the date: \"You're booked for the 14th at nine, is that still good?\"",
        "   - If the weather looks bad, then offer the 21st instead.",
        "2. \"Bring a change of clothes and something warm.\"",
        "## Good to know",
        "- Q: Is there parking? A: Yes, free, by the boathouse.",
        "- Q: Can kids join? A: From age eight, with an adult.",
      ].join("\n"),
    );
    expect(s.caller.steps.map((x) => x.lines.length)).toEqual([1, 1]);
    expect(branchCount(s.caller.steps)).toBe(1);
    expect(s.caller.knowledgeBase.map((e) => e.question)).toEqual(["Is there parking?", "Can kids join?"]);
  });

  it("'Start the call with:' and 'End with:' lead-ins are the opening and the closing", () => {
    const s = parseScenarioText(
      [
        "You are Ines from Clearpath Opticians, calling about glasses that are ready.",
        "",
        "Start the call with: \"Hi, it's Ines from Clearpath Opticians, your new glasses are in.\"",
        "",
        "Work through these, in order:",
        "1. \"Would you like to collect them this week?\"",
        "2. \"We'll do a quick fitting when you come, about ten minutes.\"",
        "",
        "End with: \"See you soon, bye!\"",
      ].join("\n"),
    );
    expect(s.caller.opening).toBe("Hi, it's Ines from Clearpath Opticians, your new glasses are in.");
    expect(s.caller.closingLines).toEqual(["See you soon, bye!"]);
    expect(s.caller.steps).toHaveLength(2);
  });

  it("a sole H1 that names a section, over a role label, is the title; plain 第N阶段 lines are stages; '注意：' ends the script", () => {
    const s = parseScenarioText(
      [
        "# 绿植养护回访话术",
        "",
        "角色：你是青叶园艺的养护顾问，名字叫林默。客户上个月买了绿植，你打电话回访。",
        "",
        "第一阶段：问候",
        "- 语气轻松。",
        "- 说：“您好，我是青叶园艺的林默，想问问绿植长得怎么样？”",
        "",
        "第二阶段：养护建议",
        "- 说：“这个季节一周浇一次水就够了。”",
        "- 若客户说叶子发黄，则建议挪到散光的地方。",
        "",
        "注意：",
        "- 不要推销新的绿植。",
      ].join("\n"),
    );
    expect(s.title).toBe("绿植养护回访话术");
    expect(s.caller.name).toBe("林默");
    expect(s.caller.organization).toBe("青叶园艺");
    expect(s.caller.steps.map((x) => x.title)).toEqual(["问候", "养护建议"]);
    expect(s.caller.steps.map((x) => x.lines.length)).toEqual([1, 1]);
    expect(branchCount(s.caller.steps)).toBe(1);
  });

  it("'注意：' after ■ items taught by example exchanges ends the script", () => {
    const s = parseScenarioText(
      [
        "你是晨光洗衣的客服小蓝，给衣物洗好的客户打电话。",
        "",
        "话术要点：",
        "■ 通知取衣：衣服已经洗好。",
        "　示范：客户说\"今天没空\" → \"没关系，衣服可以放七天。\"",
        "■ 说明配送：可以送货上门。",
        "　示范：客户说\"能送吗\" → \"可以的，满五十元免费配送。\"",
        "",
        "注意：",
        "■ 不要催客户。",
        "■ 不要报错价格。",
      ].join("\n"),
    );
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.name).toBe("小蓝");
  });
});

describe("a prompt's script, objections and examples without headings", () => {
  const prompt = [
    "You are Joss, a follow-up assistant for Amberline Windows. You call people who asked for a window survey.",
    "",
    "Follow these steps.",
    "",
    "1. Check the address: \"Is the survey for the flat on Quarry Road?\"",
    "2. \"Would Tuesday or Wednesday morning suit you?\"",
    "",
    "If they ask about cost: \"The survey itself is free.\"",
    "If they ask how long it takes: \"About forty minutes.\"",
    "",
    "| Objection | Response |",
    "| --- | --- |",
    "| I'm just browsing | No pressure at all, the survey only gives you a price. |",
    "",
    "Example conversation:",
    "**Customer:** \"sorry who's this\"",
    "**Agent:** \"It's Joss from Amberline Windows, about the survey you asked for.\"",
  ].join("\n");

  it("a numbered list of quoted lines is the script with no lead-in label", () => {
    expect(parseScenarioText(prompt).caller.steps.map((x) => x.lines.length)).toEqual([1, 1]);
  });

  it("'If they ask about cost: …' opens the FAQ and is its first entry; an Objection | Response table is objection handling", () => {
    const kb = parseScenarioText(prompt).caller.knowledgeBase;
    expect(kb.map((e) => e.question)).toEqual(["about cost", "how long it takes", "I'm just browsing"]);
    expect(kb.filter((e) => e.kind === "objection")).toHaveLength(1);
  });

  it("'Example conversation:' after the FAQ is set apart: the agent's lines are examples, the customer's the persona's voice", () => {
    const s = parseScenarioText(prompt);
    expect(s.caller.exampleLines).toEqual(["It's Joss from Amberline Windows, about the survey you asked for."]);
    expect(s.callee.style.positive).toEqual(["sorry who's this"]);
  });
});

describe("the end of the call named bare", () => {
  it("'## 结束' after the stages holds end conditions and closing lines, not more of the last stage", () => {
    const s = parseScenarioText(
      ["你是云朵家政的客服小芸，回访上周做过保洁的客户。", "", "## 阶段一：问候", "- “您好，我是云朵家政的小芸。”", "", "## 阶段二：满意度", "- “上次保洁您还满意吗？”", "", "## 结束", "- 客户回答完满意度就结束。", "- “感谢您的反馈，再见。”"].join("\n"),
    );
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.endConditions).toHaveLength(1);
    expect(s.caller.closingLines).toEqual(["感谢您的反馈，再见。"]);
  });
});

describe("objections, stages and endings written as labels", () => {
  const doc = [
    "You are Suki from Harbour Lights Theatre. You call subscribers whose season ticket is up for renewal.",
    "## Stages",
    "### Stage 1 – Hello",
    "**Say:**",
    "> \"Hi, it's Suki from Harbour Lights Theatre.\"",
    "### Stage 2 – Renewal",
    "Mention the early price.",
    "> \"Renew by Friday and the season is 140 instead of 165.\"",
    "## Handling objections",
    "Objection: I hardly went last season.",
    "Response: The flexi pass lets you pick any four shows.",
    "",
    "异议：太贵了",
    "回应：可以分两次付款。",
    "## Ending",
    "- When they decide, one way or the other. Close with: \"Thanks, enjoy the shows!\"",
  ].join("\n");

  it("'## Stages' over '### Stage N' headings is the script", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.steps.map((x) => x.title)).toEqual(["Hello", "Renewal"]);
    expect(s.diagnostics.some((d) => d.message.includes("'Stages'"))).toBe(false);
  });

  it("'Objection: … / Response: …' and '异议：… / 回应：…' pairs are objection handling", () => {
    const kb = parseScenarioText(doc).caller.knowledgeBase;
    expect(kb.map((e) => [e.question, e.kind])).toEqual([["I hardly went last season.", "objection"], ["太贵了", "objection"]]);
  });

  it("the 'Close with' label before a paired closing line is not part of the end condition", () => {
    const c = parseScenarioText(doc).caller;
    expect(c.endConditions).toEqual(["When they decide, one way or the other"]);
    expect(c.closingLines).toEqual(["Thanks, enjoy the shows!"]);
  });

  it("a platform step written over several bullet lines is sorted line by line; Vapi's endCallMessage is a closing line", () => {
    const reading = importPlatform(
      {
        model: { messages: [{ role: "system", content: "You are Bo from Northwind Ferries, calling about a changed sailing." }] },
        firstMessage: "Hi, it's Bo from Northwind Ferries.",
        endCallMessage: "Thanks, safe travels!",
        endCallPhrases: ["goodbye"],
      },
      "ferry.json",
    );
    expect(reading?.scenario.caller.closingLines).toEqual(["Thanks, safe travels!", "goodbye"]);
    expect(sortProse("## Task\nTell them the news.\nSay: \"It's moved to 5.\"").instructions).toEqual(["Tell them the news."]);
    expect(sortProse("Offer the new time.\n- Say: \"The 4pm sailing is now at 5.\"\n- If they cannot make it, then offer a refund\n- Log the answer")).toEqual({
      lines: ["The 4pm sailing is now at 5."],
      instructions: ["Offer the new time.", "Log the answer"],
      branches: ["If they cannot make it, then offer a refund"],
    });
  });
});

describe("example conversations and personas", () => {
  it("unquoted speaker lines of an example conversation stay examples; they never open the callee side", () => {
    const s = parseScenarioText(
      ["你是青松驾校的教务小顾，提醒学员约考。", "", "## 流程", "1. “您好，我是青松驾校的小顾。”", "2. “您的科目三可以约考了。”", "", "## 对话示例", "用户：喂，谁啊？", "助手：您好，我是青松驾校的小顾。", "用户：哦，约考要交钱吗？", "助手：补考才收费，第一次不收。"].join("\n"),
    );
    expect(s.caller.exampleLines).toEqual(["您好，我是青松驾校的小顾。", "补考才收费，第一次不收。"]);
    expect(s.callee.style.positive).toEqual(["喂，谁啊？", "哦，约考要交钱吗？"]);
    expect(s.diagnostics.some((d) => d.message.startsWith("no callee side found"))).toBe(true);
  });

  it("a persona's style section that quotes some lines: the quotes are how the person sounds, the rest the manner", () => {
    const s = parseScenarioText(
      ["## 拨打方", "角色：小顾——青松驾校教务", "## 步骤", "1. “您好。”", "## 接听方", "你扮演学员方洁，27岁。", "## 情况", "- 科目二已经过了。", "## 说话方式", "- 说话很慢，喜欢反问。", "- “真的吗？”", "## 结束", "- 约好时间就挂。"].join("\n"),
    );
    expect(s.callee.style.positive).toEqual(["真的吗？"]);
    expect(s.callee.behaviours).toEqual(["说话很慢，喜欢反问。"]);
    expect(s.callee.background).toBe("科目二已经过了。");
    expect(s.callee.endConditions).toEqual(["约好时间就挂"]);
  });
});

describe("headings about the customer in an agent's prompt", () => {
  it("'## About the customer' is the customer profile; '用户可能会问' / 'User questions' is the FAQ", () => {
    const en = parseScenarioText(
      ["You are Lio from Northgate Gutters.", "## About the customer", "- Name: Ms. Ada Park", "- Last clean: two years ago", "## Script", "1. \"Hi, it's Lio from Northgate Gutters.\"", "2. \"Shall we book a clean?\"", "## User questions", "- Q: How long does it take? A: About an hour."].join("\n"),
    ).caller;
    expect(en.name).toBe("Lio");
    expect(en.customerProfile).toEqual(["Name: Ms. Ada Park", "Last clean: two years ago"]);
    expect(en.knowledgeBase).toHaveLength(1);
    const zh = parseScenarioText(["你是净水宝的客服小钟。", "## 通话流程", "1. “您好，我是净水宝的小钟。”", "2. “滤芯该换了。”", "## 用户可能会问", "问：换滤芯要多久？", "答：十分钟左右。"].join("\n")).caller;
    expect(zh.knowledgeBase).toEqual([{ question: "换滤芯要多久？", answer: "十分钟左右。" }]);
  });

  it("a heading that only mentions customers among other words stays unknown, never the profile", () => {
    const c = parseScenarioText(["你是净水宝的客服小钟。", "## 客户引导状态图", "状态一：客户愿意聊 → 介绍滤芯。", "## 通话流程", "1. “您好。”"].join("\n")).caller;
    expect(c.customerProfile).toEqual([]);
  });
});

describe("a persona written as prose", () => {
  it("'She hangs up when …' as a paragraph of its own is an end condition, not manner", () => {
    const s = parseScenarioText(
      ["## Caller", "Role: Finn from Corkline Wines.", "## Steps", "1. \"Hi, it's Finn.\"", "## Callee", "You will play Iris Quay, a club member.", "", "How she talks: brisk. For example: \"Yes?\"", "", "She hangs up when the order is skipped or confirmed."].join("\n"),
    );
    expect(s.callee.endConditions).toEqual(["She hangs up when the order is skipped or confirmed."]);
    expect(s.callee.behaviours).toEqual([]);
  });
});

describe("a profile named after someone else", () => {
  const doc = (heading: string): string =>
    ["## Caller", "### Who is calling", "Name: Petra Lund", "Organisation: Oakhill Animal Shelter", "### Task", "Thank the adopter and check on the dog.", `### ${heading}`, "- Name: Mr. Ravi Sen", "- Adopted: a beagle, three weeks ago", "### Steps", "1. \"Hi, Petra from Oakhill Animal Shelter here.\""].join("\n");

  it("'Adopter profile' beside the caller's own identity is the customer profile, not a second role", () => {
    const c = parseScenarioText(doc("Adopter profile")).caller;
    expect(c.name).toBe("Petra Lund");
    expect(c.customerProfile).toEqual(["Name: Mr. Ravi Sen", "Adopted: a beagle, three weeks ago"]);
    expect(c.role).not.toContain("Ravi Sen");
  });

  it("'Your profile' stays the caller's role", () => {
    const c = parseScenarioText(doc("Your profile")).caller;
    expect(c.customerProfile).toEqual([]);
    expect(c.role).toContain("Ravi Sen");
  });
});

describe("names and organisations only when sure", () => {
  const roleOf = (role: string): { name: string; organization: string | null } => {
    const c = parseScenarioText(`## Caller\nRole: ${role}\n## Steps\n1. "Hello."\n`).caller;
    return { name: c.name, organization: c.organization };
  };

  it("a template variable in the profile's name field is no name: left empty, with a warning", () => {
    const s = parseScenarioText(["## Caller", "Role: Ann from Birchwood Dental.", "Customer profile:", "- Name: {{patient_name}}", "- Visit: a check-up", "## Steps", "1. \"Hi, it's Ann.\""].join("\n"));
    expect(s.callee.name).toBe("");
    expect(s.diagnostics.some((d) => d.message.includes("template variable"))).toBe(true);
  });

  it("a job title ending in 员 or 师 comes before the name", () => {
    expect(roleOf("你是白鹭民宿的接待员阿苒，给预订的客人打电话。")).toEqual({ name: "阿苒", organization: "白鹭民宿" });
    expect(roleOf("你是松果托育的保育师乔乔，回访家长。")).toEqual({ name: "乔乔", organization: "松果托育" });
  });

  it("你叫X, 【Org】的…Y, 代表Org: the name and the organisation as the sentence gives them", () => {
    const prompt = (role: string): { name: string; organization: string | null } => {
      const c = parseScenarioText(`${role}\n\n## 步骤\n1. “您好。”\n`).caller;
      return { name: c.name, organization: c.organization };
    };
    expect(prompt("你叫阿禾，是禾丰农资的客服。")).toEqual({ name: "阿禾", organization: "禾丰农资" });
    expect(prompt("你是【远航旅行社】的签证顾问孟言。")).toEqual({ name: "孟言", organization: "远航旅行社" });
    expect(prompt("你是外呼机器人，代表青橙宽带给用户打电话。").organization).toBe("青橙宽带");
  });

  it("an employer named only by the kind of business is no organisation", () => {
    expect(roleOf("你是物流网点的外呼客服，提醒取件。").organization).toBeNull();
  });

  it("a legal form ends an English company name; the next sentence is not part of it", () => {
    expect(roleOf("You are Nils, a planner for Harrowgate Roofing Ltd. You call homeowners about gutter checks.").organization).toBe("Harrowgate Roofing Ltd");
  });

  it("a fenced configuration's step branch field is a branch of that step", () => {
    const s = parseScenarioText(
      ["```yaml", "opening: \"您好，这里是蓝湾洗车。\"", "steps:", "  - id: book", "    say: \"您看周六还是周日来？\"", "    branch: \"若客户说都不行，则约下周。\"", "```"].join("\n"),
    );
    expect(s.caller.steps[0]?.title).toBe("book");
    expect(s.caller.steps[0]?.branches).toEqual(["若客户说都不行，则约下周。"]);
  });
});
