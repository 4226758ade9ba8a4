// An unknown platform's flow graph: nodes on the main path from the start are steps, a routing-only node's
// conditional way off the path is a branch of the step before it, a terminal speaking node is the closing.
import { describe, expect, it } from "vitest";
import { loadStructured } from "../src/scenario/load-structured.js";

const read = (data: unknown, file: string) => loadStructured(JSON.stringify(data), ".json", file).scenario;

describe("flow graphs of platforms we do not know", () => {
  it("en: nodes[] + edges[] (source/target), a knowledge node off the graph, an end node", () => {
    const data = {
      title: "Window cleaning round",
      nodes: [
        { id: "a", type: "Default", data: { name: "Greet", isStart: true, text: "Hello, is this Sam? It's Kit from Brightpane." } },
        { id: "b", type: "Default", data: { name: "Offer a date", text: "We're on your street on Friday; shall we do the front and back?" } },
        { id: "c", type: "Default", data: { name: "Note access", prompt: "Ask whether the side gate will be open and note the answer." } },
        { id: "z", type: "End Call", data: { name: "Bye", text: "Thanks Sam, see you Friday. Bye!" } },
      ],
      edges: [
        { id: "1", source: "a", target: "b", data: { label: "right person" } },
        { id: "2", source: "a", target: "z", data: { label: "wrong person" } },
        { id: "3", source: "b", target: "c" },
        { id: "4", source: "c", target: "z" },
      ],
    };
    const s = read(data, "graph-en.json");
    expect(s.caller.steps.map((x) => x.title)).toEqual(["Greet", "Offer a date", "Note access"]);
    expect(s.caller.steps.map((x) => x.lines.length)).toEqual([1, 1, 0]);
    expect(s.caller.closingLines).toEqual(["Thanks Sam, see you Friday. Bye!"]);
  });

  it("zh: states[] with transitions (next), a variables node as the profile, a routing node as a branch", () => {
    const data = {
      initial_state: "start",
      states: [
        { name: "start", type: "trigger", transitions: [{ event: "call", next: "vars" }] },
        { name: "vars", type: "set-variables", properties: { variables: [{ key: "姓名", value: "李先生" }, { key: "小区", value: "梧桐苑" }] }, transitions: [{ event: "next", next: "hello" }] },
        { name: "hello", type: "say-play", properties: { say: "您好，请问是李先生吗？我是净川净水的售后。" }, transitions: [{ event: "done", next: "ask" }] },
        { name: "ask", type: "gather", properties: { say: "您家净水器的滤芯用了半年了，这周给您上门更换可以吗？" }, transitions: [{ event: "speech", next: "route" }] },
        { name: "route", type: "split", transitions: [{ event: "noMatch", next: "time" }, { event: "match", next: "why", conditions: [{ friendly_name: "若客户说太贵" }] }] },
        { name: "why", type: "say-play", properties: { say: "这次更换是保修内的，不收费。" }, transitions: [{ event: "done", next: "time" }] },
        { name: "time", type: "say-play", properties: { say: "那我们约周六上午十点？" }, transitions: [{ event: "done", next: "bye" }] },
        { name: "bye", type: "say-play", properties: { say: "好的，感谢您的时间，再见！" }, transitions: [{ event: "done" }] },
      ],
    };
    const s = read(data, "graph-zh.json");
    expect(s.caller.steps.map((x) => x.title)).toEqual(["hello", "ask", "time"]);
    expect(s.caller.steps[1]?.branches?.length).toBe(1);
    expect(s.caller.closingLines).toEqual(["好的，感谢您的时间，再见！"]);
    expect(s.caller.customerProfile).toEqual(["姓名: 李先生", "小区: 梧桐苑"]);
  });
});
