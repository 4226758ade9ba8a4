// A scenario written in a Jupyter notebook: its markdown cells are the document; outputs are left out.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-notebook-"));
function notebook(name: string, cells: { cell_type: string; source: string[]; outputs?: unknown[] }[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells }, null, 1));
  return path;
}

describe("a document written in a Jupyter notebook", () => {
  it("reads its markdown cells as the document (zh)", async () => {
    const s = await readScenarioFile(notebook("zh.ipynb", [
      { cell_type: "markdown", source: ["# 钢琴调律回访\n", "\n", "你是松韵琴行的客服，叫闵若溪。"] },
      { cell_type: "code", source: ["print('资料')"], outputs: [{ output_type: "stream", text: ["1. 输出：“不是话术。”"] }] },
      { cell_type: "markdown", source: ["## 步骤\n", "1. 问好：“您好，我是松韵琴行的闵若溪。”\n", "2. 约下次：“半年后再来调一次，您看行吗？”"] },
    ]));
    expect(s.caller.name).toBe("闵若溪");
    expect(s.caller.steps.length).toBe(2);
  });

  it("reads its markdown cells as the document (en)", async () => {
    const s = await readScenarioFile(notebook("en.ipynb", [
      { cell_type: "markdown", source: ["## Role\n", "You are Tamsin Oakhurst from Old Mill Kilns."] },
      { cell_type: "markdown", source: ["## Steps\n", "1. Greet: \"Hello, it's Tamsin, your kiln is repaired.\"\n", "2. Book: \"Could we bring it round on Friday?\""] },
    ]));
    expect(s.caller.name).toBe("Tamsin Oakhurst");
    expect(s.caller.steps.length).toBe(2);
  });
});
