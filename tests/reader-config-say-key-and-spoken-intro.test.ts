// A script held in a config file (TOML "say = …", a Python dict) gives each step's words after a say-key written out
// ("say: …", "话术：…", unquoted): the words are the line said, without the key. "我这边X的小Y" is a self-introduction
// as "我是X的小Y" is: X the organisation.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const ZH = [
  "[caller]",
  "agent = \"小罗\"",
  "",
  "[[caller.steps]]",
  "no = 1",
  "title = \"开场\"",
  "say = \"您好，是吴先生吗？我这边青柚家电清洗的小罗，跟您约一下清洗时间。\"",
  "",
  "[[caller.steps]]",
  "no = 2",
  "title = \"约时间\"",
  "say = \"周四上午或者周六下午，您看哪个方便？\"",
  "",
  "[[caller.steps]]",
  "no = 3",
  "title = \"结束\"",
  "say = \"好的，到时候师傅提前打您电话，再见。\"",
].join("\n");

describe("a say-key written out in a config script", () => {
  it("reads the words after the key as the line said and the organisation from '我这边X的小Y'", () => {
    const s = parseScenarioText(ZH, { file: "scene.toml" });
    expect(s.caller.steps[0]?.lines).toContain("您好，是吴先生吗？我这边青柚家电清洗的小罗，跟您约一下清洗时间。");
    expect(s.caller.steps[1]?.lines).toContain("周四上午或者周六下午，您看哪个方便？");
    expect(s.caller.steps.flatMap((x) => x.lines).filter((l) => /^say/i.test(l))).toEqual([]);
    expect(s.caller.organization).toBe("青柚家电清洗");
  });
});
