// A container's compound keys ("end_message", "QandA", "conversation_variables") name the parts of a scenario, and
// a Q&A record typed or labelled as an objection is one: read the same in JSON from any program.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keyHeading, keyWords } from "../src/import/key-words.js";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-keys-"));
function file(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}
const objections = (s: { caller: { knowledgeBase: { kind?: string }[] } }): number => s.caller.knowledgeBase.filter((e) => e.kind === "objection").length;

describe("a program's compound key", () => {
  it("is split into its words and read as the part they name", () => {
    expect(keyWords("QandA")).toEqual(["q", "and", "a"]);
    expect(keyWords("openingStatement")).toEqual(["opening", "statement"]);
    expect(["end_message", "Goodbye", "QandA", "conversation_variables", "variableStates", "pushbackReplies", "prologue"].map(keyHeading))
      .toEqual(["Closing lines", "Closing lines", "FAQ", "Customer profile", "Customer profile", "Objections", "Opening line"]);
  });

  it("leaves keys that name no part, and template variables, alone", () => {
    expect(["end_call", "dynamic_variables", "input_variables", "model", "first_name"].map(keyHeading)).toEqual([null, null, null, null, null]);
  });

  it("reads a first message as the opening, in any key spelling", () => {
    expect(["first_message", "firstMessage", "begin_message", "greeting"].map(keyHeading)).toEqual(["Opening line", "Opening line", "Opening line", "Opening line"]);
  });
});

describe("a team's JSON with compound keys (en)", () => {
  it("reads the closing, the FAQ and an objection labelled in its question", async () => {
    const s = await readScenarioFile(file("bikes.json", {
      agent: { name: "Fenwick Haye", company: "Spoke & Sprocket" },
      steps: [
        { title: "Hello", say: "Hi, it's Fenwick from Spoke & Sprocket, your bike service is done." },
        { title: "Collect", say: "When could you pick it up?" },
      ],
      QandA: [
        { Q: "Did you replace the chain?", A: "Yes, it was worn past the limit." },
        { Q: "Objection: \"That's more than I expected\"", A: "The chain was the only extra, and it saves the cassette." },
      ],
      end_message: "Thanks, see you soon.",
    }));
    expect([s.caller.knowledgeBase.length, objections(s), s.caller.closingLines]).toEqual([2, 1, ["Thanks, see you soon."]]);
  });
});

describe("a team's JSON with compound keys (zh)", () => {
  it("reads the closing and a record whose type says objection", async () => {
    const s = await readScenarioFile(file("bikes-zh.json", {
      agent: { name: "柯明远", company: "轮动单车工坊" },
      steps: [
        { title: "问候", say: "您好，我是轮动单车工坊的柯明远，您的车保养好了。" },
        { title: "约取车", say: "您哪天方便来取车？" },
      ],
      faq: [
        { q: "换链条了吗？", a: "换了，旧的磨损超限了。" },
        { type: "objection", q: "比我想的贵", a: "只多了链条一项，能保护飞轮。" },
      ],
      goodbyeLine: "好的，到时候见。",
    }));
    expect([s.caller.knowledgeBase.length, objections(s), s.caller.closingLines]).toEqual([2, 1, ["好的，到时候见。"]]);
  });
});

describe("a record named for objections (zh)", () => {
  it("holds objection pairs, however its pairs are keyed", async () => {
    const s = await readScenarioFile(file("kb-zh.json", {
      agent: { name: "柯明远", company: "轮动单车工坊" },
      steps: [
        { title: "问候", say: "您好，我是轮动单车工坊的柯明远，您的车保养好了。" },
        { title: "约取车", say: "您哪天方便来取车？" },
      ],
      knowledge: [
        { name: "常见问题", qa: [{ q: "换链条了吗？", a: "换了，旧的磨损超限了。" }] },
        { name: "异议处理", qa: [{ q: "比我想的贵", a: "只多了链条一项，能保护飞轮。" }] },
      ],
    }));
    expect([s.caller.knowledgeBase.length, objections(s)]).toEqual([2, 1]);
  });
});

describe("a step record's condition, action and note keys", () => {
  it("read as its branch, and an action with no condition as a note, not a line (en)", async () => {
    const s = await readScenarioFile(file("steps-en.json", {
      agent: { name: "Fenwick Haye", company: "Spoke & Sprocket" },
      steps: [
        { title: "Hello", say: "Hi, it's Fenwick from Spoke & Sprocket, your bike service is done." },
        { title: "Collect", say: "When could you pick it up?", if_cond: "they cannot come this week", then_do: "offer to hold it for a fortnight" },
        { title: "Log", say: "", then_do: "record the pickup day" },
      ],
    }));
    expect(s.caller.steps.map((st) => [st.lines.length, st.branches?.length ?? 0])).toEqual([[1, 0], [1, 1], [0, 0]]);
  });

  it("read the same in Chinese keys' records (zh)", async () => {
    const s = await readScenarioFile(file("steps-zh.json", {
      agent: { name: "柯明远", company: "轮动单车工坊" },
      steps: [
        { title: "问候", say: "您好，我是轮动单车工坊的柯明远，您的车保养好了。" },
        { title: "约取车", say: "您哪天方便来取车？", whenCustomer: "客户说这周没空", action: "可以帮他保管两周" },
        { title: "记录", say: "", do: "把取车日期记进系统" },
      ],
    }));
    expect(s.caller.steps.map((st) => [st.lines.length, st.branches?.length ?? 0])).toEqual([[1, 0], [1, 1], [0, 0]]);
  });
});

describe("a program's field key for the person called", () => {
  const steps = (hello: string) => [{ title: "1", say: hello }, { title: "2", say: "OK?" }, { title: "3", say: "Bye?" }];
  it("names the callee when its words say a name (zh)", async () => {
    const s = await readScenarioFile(file("who-zh.json", { agent: { name: "柯明远" }, record: { student_name: "葛晓棠", course: "钢琴" }, steps: steps("您好，我是柯明远。") }));
    expect(s.callee.name).toBe("葛晓棠");
  });
  it("names the callee when its words say a name (en)", async () => {
    const s = await readScenarioFile(file("who-en.json", { agent: { name: "Fenwick Haye" }, record: { memberName: "Orla Pennick", plan: "annual" }, steps: steps("Hi, it's Fenwick.") }));
    expect(s.callee.name).toBe("Orla Pennick");
  });
});

describe("a flow's last record naming the call's end", () => {
  it("is the closing, not a step (en: type exit)", async () => {
    const s = await readScenarioFile(file("flow-en.json", {
      agent: { name: "Fenwick Haye", company: "Spoke & Sprocket" },
      steps: [
        { type: "speak", title: "Hello", say: "Hi, it's Fenwick from Spoke & Sprocket, your bike service is done." },
        { type: "speak", title: "Collect", say: "When could you pick it up?" },
        { type: "exit", title: "Bye", say: "Thanks, see you soon." },
      ],
    }));
    expect([s.caller.steps.length, s.caller.closingLines]).toEqual([2, ["Thanks, see you soon."]]);
  });

  it("is the closing, not a step (zh: titled 挂机语)", async () => {
    const s = await readScenarioFile(file("flow-zh.json", {
      agent: { name: "柯明远", company: "轮动单车工坊" },
      steps: [
        { title: "问候", say: "您好，我是轮动单车工坊的柯明远，您的车保养好了。" },
        { title: "约取车", say: "您哪天方便来取车？" },
        { title: "挂机语", say: "好的，到时候见。" },
      ],
    }));
    expect([s.caller.steps.length, s.caller.closingLines]).toEqual([2, ["好的，到时候见。"]]);
  });
});
