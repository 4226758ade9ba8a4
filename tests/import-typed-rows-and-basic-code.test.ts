// A tab-separated table whose first column types each row (a kind, a number, texts, a yes/no switch) is read as the
// tree it spells, a switched-off row left out; a Basic module's `' …` comments, `NAME As Type =` declarations and a
// value on the line after its `=` are read as the program reads them. Invented documents.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { typedRowsTree } from "../src/import/typed-rows.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-typed-rows-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const TABLE = [
  "# exported from the team sheet",
  "kind\tno\ttext\tcomment\ton",
  "agent\t\tRowan Pike\t\tyes",
  "company\t\tOakmere Clockworks\t\tyes",
  "customer.name\t\tEdith Marsh\tsay Mrs Marsh\tyes",
  "customer.clock\t\tlongcase, brass dial\t\tyes",
  "opening\t\tHello Mrs Marsh, this is {agent} from {company}.\t\tyes",
  "step\t1\tYour clock has been cleaned and regulated.\t\tyes",
  "step\t2\tWould you like a chime upgrade?\told offer\tno",
  "step\t2\t\tmark the job done, nothing to say\tyes",
  "step\t3\tShall we deliver it on Thursday?\t\tyes",
  "faq\t\tIs delivery free?\tYes, within ten miles.\tyes",
  "faq\t\tCan it be wound weekly?\tYes, it runs eight days.\tyes",
  "closing\t\tThank you, goodbye.\t\tyes",
].join("\n");

const BASIC = [
  "' Call script module (maintained by the ops team)",
  "Public Module ClockCall",
  "    Public Const CallerName As String = \"Rowan Pike\"",
  "    Public Const Company As String = \"Oakmere Clockworks\"",
  "    Public ReadOnly Opening As String =",
  "        $\"Hello, this is {CallerName} from {Company}.\"",
  "    Public ReadOnly StepOne As String = \"Your clock is ready.\"",
  "    Public ReadOnly StepTwo As String = \"Shall we deliver it on Thursday?\"",
  "    Public ReadOnly Closing As String = \"Thank you, goodbye.\"",
  "End Module",
].join("\n");

describe("typed rows", () => {
  it("reads kinds as keys, listed kinds as records, dotted kinds as fields, and drops switched-off rows", () => {
    const tree = typedRowsTree(TABLE);
    expect(tree?.agent).toBe("Rowan Pike");
    expect(tree?.customer).toEqual({ name: "Edith Marsh", clock: "longcase, brass dial" });
    expect(tree?.opening).toBe("Hello Mrs Marsh, this is Rowan Pike from Oakmere Clockworks.");
    expect(tree?.step).toEqual([
      { n: "1", say: "Your clock has been cleaned and regulated." },
      { n: "2", note: "mark the job done, nothing to say" },
      { n: "3", say: "Shall we deliver it on Thursday?" },
    ]);
    expect(tree?.faq).toEqual([{ q: "Is delivery free?", a: "Yes, within ten miles." }, { q: "Can it be wound weekly?", a: "Yes, it runs eight days." }]);
  });

  it("is no table of typed rows when the first column names each row once", () => {
    expect(typedRowsTree(["key\tvalue\tnote", "a\t1\tx", "b\t2\ty", "c\t3\tz", "d\t4\tw", "e\t5\tv", "f\t6\tu"].join("\n"))).toBeNull();
  });

  it("reads the table as a scenario", async () => {
    const s = await readScenarioFile(file("clock.tsv", TABLE));
    expect(s?.caller.name).toBe("Rowan Pike");
    expect(s?.caller.steps).toHaveLength(3);
    expect(s?.caller.knowledgeBase).toHaveLength(2);
    expect(s?.callee.name).toBe("Edith Marsh");
  });
});

describe("Basic code", () => {
  it("reads As-typed constants and a value on the line after its =", async () => {
    const s = await readScenarioFile(file("clock.vb", BASIC));
    expect(s?.caller.name).toBe("Rowan Pike");
    expect(s?.caller.opening).toBe("Hello, this is Rowan Pike from Oakmere Clockworks.");
  });
});
