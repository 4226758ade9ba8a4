// An export whose prompt sits deep in the tree (a workflow node's template, an example request body): the prompt is
// read as the document, and the keys around it (an opening nested in "features", a closing, name/value variables)
// fill what it leaves empty.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-buried-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const branches = (s: { caller: { steps: { branches?: unknown[] }[] } }): number => s.caller.steps.reduce((n, st) => n + (st.branches?.length ?? 0), 0);

const WORKFLOW_ZH = `app:
  name: 钢琴调律回访-v2
workflow:
  conversation_variables:
  - name: 学员姓名
    value: 葛晓棠
  - name: 琴型
    value: 立式钢琴
  features:
    opening_statement: 喂，您好，请问是葛晓棠家吗？
  graph:
    nodes:
    - data:
        type: start
        title: 开始
    - data:
        type: llm
        prompt_template:
        - role: system
          text: |
            你叫卢思远，是清音琴行的调律师助理，给买琴满一年的客户打回访电话。
            按下面顺序聊：
            一、问好，说：“您好，我是清音琴行的卢思远，您家的琴满一年了，给您约一次免费调律。”
            二、问琴况，说：“最近弹的时候有没有哪个键发闷或者跑音？”
               如果客户说有键卡住，就记下来让师傅带配件。
            三、约时间，说：“师傅这周六和下周三都有空，您看哪天方便？”
            四、核对地址，说：“地址还是原来登记的那个吗？”
    - data:
        type: answer
        answer: 好的，那到时候师傅上门前会先给您打电话。
`;

const REQUEST_EN = {
  openapi: "3.0.0",
  paths: { "/calls": { post: { requestBody: { content: { "application/json": { examples: { live: { value: {
    system_prompt: "You are Imara Solberg from Fjordline Kayak Hire.\nYou call customers whose kayak booking was cancelled by the weather.\n\nSteps:\n1. Greet: \"Hi, it's Imara from Fjordline Kayak Hire, about your cancelled paddle.\"\n2. Offer: \"Could we move you to Saturday or Sunday morning?\"\n   If they want a refund, then explain it reaches their card within five days.\n3. Confirm: \"Great, I'll send the new time by text.\"",
    end_message: "Thanks, and sorry again about the wind!",
  } } } } } } } } },
};

describe("a prompt buried in an export", () => {
  it("is read as the script, the opening nested in features and the variables around it filling in (zh)", async () => {
    const s = await readScenarioFile(file("piano.yml", WORKFLOW_ZH));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["卢思远", "清音琴行", "葛晓棠"]);
    expect([s.caller.steps.length, branches(s), s.caller.opening, s.caller.customerProfile.length]).toEqual([4, 1, "喂，您好，请问是葛晓棠家吗？", 2]);
  });

  it("is read as the script, with the closing a key beside it (en)", async () => {
    const s = await readScenarioFile(file("kayak.json", JSON.stringify(REQUEST_EN)));
    expect([s.caller.name, s.caller.organization]).toEqual(["Imara Solberg", "Fjordline Kayak Hire"]);
    expect([s.caller.steps.length, branches(s), s.caller.closingLines]).toEqual([3, 1, ["Thanks, and sorry again about the wind!"]]);
  });
});

describe("template slots in an export", () => {
  it("are filled from the fields of the same names the file gives (en, LangChain-style {name})", async () => {
    const s = await readScenarioFile(file("tpl.json", JSON.stringify({
      _type: "prompt",
      template: "You are {agent_name} from {shop}.\n\n## Steps\n1. Greet: \"Hi, it's {agent_name} from {shop}, your order is ready.\"\n2. Ask: \"When can you collect it?\"\n3. Close: \"Thanks, see you then.\"",
      partial_variables: { agent_name: "Wren Attwood", shop: "Larch Lane Frames" },
    })));
    expect([s.caller.name, s.caller.organization]).toEqual(["Wren Attwood", "Larch Lane Frames"]);
  });

  it("are filled from the fields of the same names the file gives (zh, ${name})", async () => {
    const s = await readScenarioFile(file("tpl-zh.json", JSON.stringify({
      request: { body: { prompt: "你是${shop}的${agent}。\n\n## 步骤\n1. 问好：“您好，我是${shop}的${agent}，您的画框做好了。”\n2. 约时间：“您哪天方便来取？”\n3. 结束：“好的，到时候见。”" } },
      example: { variables: { agent: "岑若溪", shop: "木纹画框店" } },
    })));
    expect([s.caller.name, s.caller.organization]).toEqual(["岑若溪", "木纹画框店"]);
  });
});
