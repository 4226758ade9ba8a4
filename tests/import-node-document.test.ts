// A scenario written as a node document (KDL, SDLang): nodes with arguments, key="value" properties and children
// spell a tree; a node commented out with "/-" or marked disabled is gone, two-argument nodes are pairs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isNodeDocument, nodeDocumentTree } from "../src/import/node-document.js";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-kdl-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const ZH = `// 磨刀铺 取刀提醒
agent name="邝子墨" company="利刃磨刀铺"
customer {
    field "姓名" "黎淑贞"
    field "刀具" "厨刀三把"
}
steps {
    step 1 title="问候" {
        say "黎阿姨您好，我是利刃磨刀铺的邝子墨，您的三把刀磨好了。"
    }
    step 2 title="约取刀" {
        say "您这周哪天方便来取？"
        branch if="客户说腿脚不便" then="可以送上门，加收五元"
    }
    /- step 3 title="推荐" {
        say "要不要再买一块磨刀石？"
    }
}
faq {
    qa q="磨一把多少钱？" a="十五元一把。"
    qa q="能磨剪刀吗？" a="能，一样价。"
}
closing "好的黎阿姨，到时候见。"
`;

const EN = `agent name="Soren Vale" company="Keenedge Sharpening"
steps {
    step 1 title="Hello" {
        say "Hi, it's Soren from Keenedge Sharpening, your knives are ready."
    }
    step 2 title="Collect" {
        say "When would you like to collect them?"
    }
    step 3 title="Old offer" disabled=#true {
        say "Would you like a whetstone too?"
    }
}
faq {
    qa q="How much is it?" a="Six pounds a knife."
    objection said="That's a lot" reply="It includes a honing and an edge guarantee."
}
closing "Thanks, see you soon."
`;

describe("a node document", () => {
  it("spells a tree: properties as fields, repeated nodes as a list, two-argument nodes as pairs, /- nodes gone", () => {
    expect(isNodeDocument(ZH)).toBe(true);
    expect(nodeDocumentTree(ZH)).toMatchObject({ agent: { name: "邝子墨" }, customer: { 姓名: "黎淑贞" }, steps: { step: [{ title: "问候" }, { title: "约取刀", branch: { if: "客户说腿脚不便" } }] } });
    expect(isNodeDocument("# Steps\n\n1. Greet: \"Hello\"\n2. Ask: \"When?\"\n3. Close\n\nname=\"x\"\n")).toBe(false);
  });

  it("reads as a scenario (zh)", async () => {
    const s = await readScenarioFile(file("knives.kdl", ZH));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["邝子墨", "利刃磨刀铺", "黎淑贞"]);
    expect([s.caller.steps.length, s.caller.knowledgeBase.length, s.caller.closingLines.length]).toEqual([2, 2, 1]);
  });

  it("reads as a scenario (en): a disabled node retired, an objection node an objection", async () => {
    const s = await readScenarioFile(file("knives-en.kdl", EN));
    expect([s.caller.name, s.caller.steps.length, s.caller.knowledgeBase.length, s.caller.knowledgeBase.filter((e) => e.kind === "objection").length]).toEqual(["Soren Vale", 2, 2, 1]);
  });
});

describe("the container checks on hostile text", () => {
  it("stay linear: long runs of blanks, unclosed strings and oversized literals are settled quickly", async () => {
    const { containerTree } = await import("../src/import/container-tree.js");
    const { isDottedProperties } = await import("../src/import/dotted-keys.js");
    const texts = ["a" + " ".repeat(80_000) + "!\n" + 'b x="1"\n'.repeat(10), '"""'.repeat(30_000), "[[".repeat(50_000), "{ a: 'x', b: [1, 2] },\n".repeat(100_000)];
    for (const text of texts) {
      const started = performance.now();
      containerTree(text);
      expect(performance.now() - started).toBeLessThan(1500);
    }
    const started = performance.now();
    isDottedProperties("a.".repeat(40_000) + "\n" + "x.y=1\n".repeat(6));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
