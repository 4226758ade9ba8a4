// A whole file of Mermaid flowchart source (no fence): subgraph titles are headings, numbered step boxes the script
// (edge labels out of a step its branches), question/answer boxes the FAQ, boxes with no way on the endings, `%%`
// comments the writer's notes (a persona among them).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const EN = [
  "%% Orchard Bikes - service reminder call",
  "flowchart TD",
  "    classDef step fill:#eef",
  "    ME[\"<b>Caller</b>: Rhys at Orchard Bikes<br/>Task: book the yearly bike service\"]",
  "    S1[\"Step 1 Greet<br/>Say: Hi, it's Rhys from Orchard Bikes, is that Ms Cole?\"]:::step",
  "    S2[\"Step 2 Offer a day<br/>Say: We can do Monday or Thursday, which suits?\"]:::step",
  "    S3[\"Step 3 Drop-off<br/>Say: Bring it in before 10 and it's ready by 5.\"]:::step",
  "    S1 -->|busy| E2",
  "    S1 --> S2 --> S3",
  "    S2 -->|neither day| N2[\"note a day she likes, the shop rings back\"]",
  "    subgraph FAQ[\"Questions\"]",
  "      Q1[\"Q: How much is it?<br/>A: The yearly service is 45 pounds.\"]",
  "    end",
  "    subgraph END[\"Closings\"]",
  "      E1[\"Booked: Great, see you then, bye!\"]",
  "      E2[\"Busy: No problem, I'll ring back later, bye.\"]",
  "    end",
  "",
  "    %% ===== Callee =====",
  "    %% Ms Cole, rides to work every day, short on time.",
].join("\n");

const ZH = [
  "flowchart LR",
  "    A[\"<b>拨打方</b>：青禾宠物医院 回访员小柯\"]",
  "    S1[\"第1步 问好<br/>话术：您好，我是青禾宠物医院的小柯，请问是豆豆的主人吗？\"]",
  "    S2[\"第2步 问恢复<br/>话术：豆豆这几天伤口怎么样？\"]",
  "    S3[\"第3步 约复查<br/>话术：周六上午可以来复查拆线吗？\"]",
  "    S1 --> S2 --> S3",
  "    S2 -->|伤口红肿| N2[\"请主人拍照发过来，医生看了回电\"]",
  "    E1[\"约好：好的，周六见，再见。\"]",
].join("\n");

describe("a Mermaid flowchart source file", () => {
  it("reads its numbered boxes as steps, edge labels as branches, question boxes and ending boxes (en)", () => {
    const s = parseScenarioText(EN, { file: "call.mmd" });
    expect(s.caller.steps.map((x) => x.title)).toEqual(["Greet", "Offer a day", "Drop-off"]);
    expect(s.caller.steps[0]?.lines).toEqual(["Hi, it's Rhys from Orchard Bikes, is that Ms Cole?"]);
    expect(s.caller.steps[1]?.branches).toEqual(["neither day → note a day she likes, the shop rings back"]);
    expect(s.caller.knowledgeBase).toHaveLength(1);
    expect(s.caller.closingLines).toHaveLength(2);
  });
  it("reads the steps of a flowchart in Chinese the same way (zh)", () => {
    const s = parseScenarioText(ZH, { file: "call.mmd" });
    expect(s.caller.steps.map((x) => x.title)).toEqual(["问好", "问恢复", "约复查"]);
    expect(s.caller.steps[1]?.lines).toEqual(["豆豆这几天伤口怎么样？"]);
    expect(s.caller.steps[1]?.branches).toEqual(["伤口红肿 → 请主人拍照发过来，医生看了回电"]);
  });
});
